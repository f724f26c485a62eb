// Entry point of the pcrecords desktop app.
#include "app/pcrecords_app.h"

wxIMPLEMENT_APP(pcr::app::PcrecordsApp);
