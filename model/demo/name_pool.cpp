// The name and flavour lists of the demo caseload, with their accents as people write them.
#include "model/demo/name_pool.h"

#include <algorithm>

namespace pcr::model {

namespace {

Culture english() {
    Culture c;
    c.id = "english";
    c.people_weight = 50;
    c.staff_weight = 40;
    c.female_older = {"Margaret", "Dorothy",   "Joan",   "Patricia",  "Barbara", "Jean",
                      "Sheila",   "Doreen",    "Irene",  "Elizabeth", "Mary",    "Kathleen",
                      "Audrey",   "Eileen",    "Brenda", "Maureen",   "Joyce",   "Phyllis",
                      "Edna",     "Vera",      "Gladys", "Winifred",  "Ivy",     "Hilda",
                      "Valerie",  "Pauline",   "Sylvia", "Marjorie",  "Rita",    "Josephine",
                      "Evelyn",   "Christine", "Noëlle", "Beryl",     "Mavis",   "Betty"};
    c.male_older = {"John",      "William", "Robert", "George",   "Kenneth", "Ronald",  "Dennis",
                    "Arthur",    "Albert",  "Frank",  "Harold",   "Stanley", "Raymond", "Peter",
                    "Brian",     "Derek",   "Alan",   "Roy",      "Leonard", "Norman",  "Edward",
                    "Frederick", "Ernest",  "Walter", "Geoffrey", "Trevor",  "Colin",   "Malcolm",
                    "Anthony",   "Michael", "James",  "Richard",  "Noël",    "Cyril",   "Bernard"};
    c.female_younger = {"Sarah",    "Emma",    "Rebecca",   "Laura",  "Hannah", "Zoë",   "Chloë",
                        "Jessica",  "Amy",     "Charlotte", "Lucy",   "Katie",  "Gemma", "Kirsty",
                        "Danielle", "Natalie", "Rachel",    "Joanne", "Claire", "Lisa",  "Michelle",
                        "Stacey",   "Jade",    "Megan",     "Ellie",  "Sophie", "Susan", "Deborah"};
    c.male_younger = {"James",  "Daniel",  "Thomas", "Matthew", "Christopher", "Liam",   "Jack",    "Ryan",
                      "Luke",   "Adam",    "Jamie",  "Craig",   "Lee",         "Darren", "Mark",    "Paul",
                      "Andrew", "Stephen", "Ben",    "Joshua",  "Callum",      "Noël",   "Anthony", "David"};
    c.family_names = {{"Smith", "Smith"},
                      {"Taylor", "Taylor"},
                      {"Brown", "Brown"},
                      {"Wilson", "Wilson"},
                      {"Johnson", "Johnson"},
                      {"Walker", "Walker"},
                      {"Wright", "Wright"},
                      {"Robinson", "Robinson"},
                      {"Thompson", "Thompson"},
                      {"Green", "Green"},
                      {"Hall", "Hall"},
                      {"Wood", "Wood"},
                      {"Harris", "Harris"},
                      {"Jackson", "Jackson"},
                      {"Turner", "Turner"},
                      {"Hill", "Hill"},
                      {"Moore", "Moore"},
                      {"Cooper", "Cooper"},
                      {"Ward", "Ward"},
                      {"Baker", "Baker"},
                      {"Marshall", "Marshall"},
                      {"Holmes", "Holmes"},
                      {"Barker", "Barker"},
                      {"Shaw", "Shaw"},
                      {"Parker", "Parker"},
                      {"Atkinson", "Atkinson"},
                      {"Fletcher", "Fletcher"},
                      {"Whitehead", "Whitehead"},
                      {"Pickering", "Pickering"},
                      {"Ashworth", "Ashworth"},
                      {"Hargreaves", "Hargreaves"},
                      {"Bennett", "Bennett"},
                      {"Chapman", "Chapman"},
                      {"Cartwright", "Cartwright"},
                      {"Brontë", "Brontë"}};
    c.birthplaces = {"Leeds",      "Bolton",    "Bristol",    "Norwich",   "Stoke-on-Trent",
                     "Sheffield",  "Hull",      "Nottingham", "Coventry",  "Plymouth",
                     "Sunderland", "Leicester", "Birmingham", "Liverpool", "a village outside Shrewsbury",
                     "Hereford"};
    c.foods = {"fish and chips",   "roast beef with Yorkshire puddings",
               "shepherd's pie",   "bacon sandwiches",
               "Victoria sponge",  "rice pudding",
               "egg and soldiers", "ploughman's lunches"};
    c.music = {"Vera Lynn",
               "Frank Sinatra",
               "the Beatles",
               "brass band music",
               "Elvis",
               "Cliff Richard",
               "the hymns on Songs of Praise",
               "Glenn Miller"};
    c.worship = {"St Mary's church", "the Methodist chapel", "St John's church", "the Salvation Army hall"};
    c.drinks = {"a proper cup of tea, milk first, in {p} blue mug", "strong tea with two sugars",
                "a milky coffee", "a mug of Horlicks", "tea in a china cup with a saucer"};
    return c;
}

Culture welsh() {
    Culture c;
    c.id = "welsh";
    c.people_weight = 12;
    c.staff_weight = 10;
    c.female_older = {"Gwenllian", "Myfanwy", "Blodwen", "Eirlys",   "Megan", "Gwyneth",
                      "Olwen",     "Glenys",  "Nerys",   "Bronwen",  "Mair",  "Ceinwen",
                      "Eluned",    "Enid",    "Siân",    "Rhiannon", "Gwen",  "Menna"};
    c.male_older = {"Dafydd",   "Gwilym",  "Ieuan", "Emrys",  "Idris", "Gareth", "Huw",    "Aled", "Islwyn",
                    "Iorwerth", "Meirion", "Bryn",  "Gethin", "Llŷr",  "Elwyn",  "Rhodri", "Glyn", "Emlyn"};
    c.female_younger = {"Siân", "Ffion", "Cerys", "Catrin", "Seren", "Lowri", "Nia",  "Carys",
                        "Elin", "Manon", "Non",   "Mali",   "Alaw",  "Rhian", "Gwen", "Nerys"};
    c.male_younger = {"Rhys",   "Ieuan", "Osian", "Iwan", "Gethin", "Steffan", "Rhodri", "Geraint",
                      "Dafydd", "Llŷr",  "Cai",   "Ioan", "Tomos",  "Owain",   "Aled",   "Dylan"};
    c.family_names = {{"Jones", "Jones"},         {"Williams", "Williams"}, {"Davies", "Davies"},
                      {"Evans", "Evans"},         {"Thomas", "Thomas"},     {"Roberts", "Roberts"},
                      {"Hughes", "Hughes"},       {"Lewis", "Lewis"},       {"Morgan", "Morgan"},
                      {"Griffiths", "Griffiths"}, {"Price", "Price"},       {"Pritchard", "Pritchard"},
                      {"Gruffydd", "Gruffydd"},   {"Llywelyn", "Llywelyn"}, {"Rees", "Rees"},
                      {"Parry", "Parry"},         {"Owen", "Owen"},         {"Vaughan", "Vaughan"},
                      {"Bowen", "Bowen"},         {"Prosser", "Prosser"},   {"Powell", "Powell"},
                      {"Jenkins", "Jenkins"},     {"Lloyd", "Lloyd"},       {"Meredith", "Meredith"}};
    c.patronymics = {"ap Rhys",     "ap Gruffudd", "ap Dafydd", "ab Owain", "ab Ifan",
                     "ap Llywelyn", "ab Iorwerth", "ap Gwilym", "ab Emrys"};
    c.birthplaces = {"Swansea",    "Caernarfon",         "Merthyr Tydfil", "Aberystwyth",
                     "Bangor",     "Llanelli",           "Wrexham",        "Pontypridd",
                     "Carmarthen", "Blaenau Ffestiniog", "Tregaron",       "Ammanford"};
    c.foods = {"cawl",
               "Welsh cakes",
               "bara brith",
               "laverbread and cockles",
               "pie and mushy peas",
               "Glamorgan sausages"};
    c.music = {"Tom Jones",   "male voice choirs", "Dafydd Iwan", "Calon Lân sung properly",
               "Welsh hymns", "Shirley Bassey",    "Max Boyce"};
    c.worship = {"Capel Bethel", "Capel Seion", "St David's church", "Tabernacle chapel"};
    c.languages = {"Welsh"};
    c.drinks = {"a proper cup of tea, milk first, in {p} blue mug", "tea, strong enough to stand a spoon in",
                "a cup of tea and a Welsh cake", "a hot chocolate"};
    return c;
}

Culture irish() {
    Culture c;
    c.id = "irish";
    c.people_weight = 5;
    c.staff_weight = 3;
    c.female_older = {"Siobhán", "Bridget", "Mary", "Kathleen", "Máire",     "Eileen", "Nuala",
                      "Bríd",    "Deirdre", "Nora", "Peggy",    "Philomena", "Teresa"};
    c.male_older = {"Pádraig", "Seán",    "Liam",    "Declan", "Séamus",  "Ciarán", "Colm",
                    "Éamonn",  "Michael", "Patrick", "Dónal",  "Brendan", "Cathal", "Fergal"};
    c.female_younger = {"Niamh", "Aoife", "Sinéad", "Róisín", "Orla", "Caoimhe", "Saoirse", "Clodagh"};
    c.male_younger = {"Niall", "Oisín", "Cian", "Ciarán", "Darragh", "Eoin", "Ruairí", "Conor"};
    c.family_names = {{"Murphy", "Murphy"},
                      {"Kelly", "Kelly"},
                      {"O'Brien", "O'Brien"},
                      {"O'Sullivan", "O'Sullivan"},
                      {"Byrne", "Byrne"},
                      {"Ryan", "Ryan"},
                      {"Walsh", "Walsh"},
                      {"Doyle", "Doyle"},
                      {"McCarthy", "McCarthy"},
                      {"Gallagher", "Gallagher"},
                      {"Quinn", "Quinn"},
                      {"Brennan", "Brennan"},
                      {"Fitzgerald", "Fitzgerald"},
                      {"Kavanagh", "Kavanagh"},
                      {"O'Connor", "O'Connor"},
                      {"Ó Briain", "Ní Bhriain"},
                      {"Ó Súilleabháin", "Ní Shúilleabháin"},
                      {"Ó Ceallaigh", "Ní Cheallaigh"},
                      {"Mac Carthaigh", "Nic Carthaigh"},
                      {"Ó Dónaill", "Ní Dhónaill"}};
    c.birthplaces = {"Cork",         "Galway",  "County Mayo", "Dublin",
                     "County Kerry", "Donegal", "Limerick",    "Sligo"};
    c.foods = {"bacon and cabbage", "soda bread", "Irish stew", "colcannon", "Sunday fry-ups", "barmbrack"};
    c.music = {"the Dubliners", "Daniel O'Donnell", "céilí music", "Mary Black", "the Clancy Brothers"};
    c.worship = {"St Patrick's church", "Mass at Our Lady's", "the Irish centre"};
    c.languages = {"Irish"};
    c.drinks = {"a strong cup of Barry's tea", "tea with a drop of milk", "weak tea with plenty of milk"};
    c.arrival_from = 1948;
    c.arrival_to = 1975;
    return c;
}

Culture gujarati() {
    Culture c;
    c.id = "gujarati";
    c.people_weight = 3;
    c.staff_weight = 4;
    c.female_older = {"Hansa",  "Jayshree", "Kokila", "Manjula", "Sarla",
                      "Bhavna", "Pushpa",   "Savita", "Kusum"};
    c.male_older = {"Ramesh", "Suresh", "Jayesh", "Pravin", "Dilip", "Mahesh", "Vinod", "Harilal", "Navin"};
    c.female_younger = {"Priya", "Nisha", "Pooja", "Anjali", "Meera", "Hetal", "Krupa", "Dipika"};
    c.male_younger = {"Rajesh", "Vijay", "Amit", "Nikhil", "Kiran", "Hitesh", "Sanjay", "Mehul"};
    c.family_names = {{"Patel", "Patel"},     {"Shah", "Shah"},       {"Mistry", "Mistry"},
                      {"Parmar", "Parmar"},   {"Desai", "Desai"},     {"Joshi", "Joshi"},
                      {"Solanki", "Solanki"}, {"Chauhan", "Chauhan"}, {"Lad", "Lad"},
                      {"Thakrar", "Thakrar"}};
    c.birthplaces = {"Surat", "Baroda", "Kampala", "Nairobi", "Ahmedabad", "Dar es Salaam"};
    c.foods = {"dal bhat", "thepla", "dhokla", "khichdi", "shrikhand"};
    c.music = {"bhajans", "Lata Mangeshkar", "old Bollywood songs", "garba music at Navratri"};
    c.worship = {"the mandir", "the Swaminarayan temple"};
    c.languages = {"Gujarati"};
    c.drinks = {"masala chai with fresh ginger", "chai made with plenty of milk", "warm haldi doodh"};
    c.arrival_from = 1962;
    c.arrival_to = 1978;
    return c;
}

Culture pakistani() {
    Culture c;
    c.id = "pakistani-bangladeshi";
    c.people_weight = 5;
    c.staff_weight = 6;
    c.female_older = {"Nasreen", "Shabana", "Rukhsana", "Parveen",  "Zahida",
                      "Shamim",  "Rubina",  "Razia",    "Jahanara", "Rehana"};
    c.male_older = {"Mohammed", "Abdul", "Mahmood", "Bashir",      "Rashid",
                    "Ghulam",   "Zafar", "Siddiq",  "Abdul Karim", "Mohammed Ali"};
    c.female_younger = {"Fatima", "Ayesha", "Samina", "Nazia", "Sadia", "Amina", "Saima", "Rabia", "Sumaiya"};
    c.male_younger = {"Imran", "Tariq", "Khalid", "Arif", "Shahid", "Javed", "Nadeem", "Yusuf", "Mohammed"};
    c.family_names = {{"Hussain", "Akhtar"}, {"Khan", "Bibi"},       {"Ahmed", "Begum"},
                      {"Iqbal", "Iqbal"},    {"Mahmood", "Kausar"},  {"Rahman", "Begum"},
                      {"Ali", "Bibi"},       {"Malik", "Malik"},     {"Chaudhry", "Chaudhry"},
                      {"Uddin", "Khatun"},   {"Hussain", "Hussain"}, {"Miah", "Begum"}};
    c.birthplaces = {"Mirpur", "Lahore", "Sylhet", "Rawalpindi", "Jhelum", "Faisalabad", "Dhaka"};
    c.foods = {"chicken biryani", "daal and chapati", "haleem", "samosas", "aloo gosht", "kheer"};
    c.music = {"Nusrat Fateh Ali Khan", "qawwali", "naats", "Noor Jehan", "Runa Laila"};
    c.worship = {"the mosque", "the Jamia Masjid", "the women's group at the mosque"};
    c.languages = {"Urdu", "Punjabi", "Bengali", "Sylheti", "Pahari"};
    c.own_script = {{"Abdul", "عبدل"},    {"Abdul Karim", "عبدالکریم"}, {"Bashir", "بشیر"},
                    {"Ghulam", "غلام"},   {"Jahanara", "جہاں آرا"},     {"Mahmood", "محمود"},
                    {"Mohammed", "محمد"}, {"Mohammed Ali", "محمد علی"}, {"Nasreen", "نسرین"},
                    {"Parveen", "پروین"}, {"Rashid", "رشید"},           {"Razia", "رضیہ"},
                    {"Rehana", "ریحانہ"}, {"Rubina", "روبینہ"},         {"Rukhsana", "رخسانہ"},
                    {"Shabana", "شبانہ"}, {"Shamim", "شمیم"},           {"Siddiq", "صدیق"},
                    {"Zafar", "ظفر"},     {"Zahida", "زاہدہ"}};
    c.drinks = {"doodh patti chai", "sweet milky chai", "a glass of sweet lassi"};
    c.arrival_from = 1958;
    c.arrival_to = 1985;
    return c;
}

Culture sikh() {
    Culture c;
    c.id = "punjabi-sikh";
    c.people_weight = 3;
    c.staff_weight = 4;
    c.female_older = {"Gurpreet", "Harjit",   "Jaswinder", "Manjit", "Paramjit",
                      "Kuldip",   "Surinder", "Baljit",    "Balbir", "Gurmit"};
    c.male_older = {"Gurpreet",  "Harjit", "Jaswinder", "Manjit",  "Kuldip", "Surinder",
                    "Harbhajan", "Amrik",  "Jaspal",    "Sukhdev", "Balwant"};
    c.female_younger = {"Simran", "Amandeep", "Harpreet", "Navdeep", "Jasleen", "Kiranjit"};
    c.male_younger = {"Amandeep", "Harpreet", "Navdeep", "Gurdeep", "Jaspreet", "Ravinder"};
    c.family_names = {{"Sandhu", "Sandhu"}, {"Gill", "Gill"},     {"Dhillon", "Dhillon"}, {"Sidhu", "Sidhu"},
                      {"Bains", "Bains"},   {"Grewal", "Grewal"}, {"Sahota", "Sahota"},   {"Johal", "Johal"},
                      {"Bassi", "Bassi"},   {"Atwal", "Atwal"}};
    c.female_middle = "Kaur";
    c.male_middle = "Singh";
    c.birthplaces = {"Jalandhar", "Ludhiana", "Amritsar", "Nairobi", "Hoshiarpur"};
    c.foods = {"saag and makki di roti", "daal and rice", "parathas", "kheer", "pakoras"};
    c.music = {"Punjabi folk songs", "bhangra", "kirtan", "Kuldeep Manak", "Gurdas Maan"};
    c.worship = {"the gurdwara", "the Sunday langar at the gurdwara"};
    c.languages = {"Punjabi"};
    c.drinks = {"masala chai, very sweet", "chai with cardamom", "a glass of warm milk with turmeric"};
    c.arrival_from = 1955;
    c.arrival_to = 1980;
    return c;
}

Culture polish() {
    Culture c;
    c.id = "polish";
    c.people_weight = 4;
    c.staff_weight = 8;
    c.female_older = {"Małgorzata", "Zofia",   "Krystyna", "Danuta",  "Halina", "Irena",
                      "Jadwiga",    "Barbara", "Teresa",   "Grażyna", "Wanda",  "Stanisława"};
    c.male_older = {"Stanisław", "Józef",     "Zbigniew",  "Jerzy",   "Tadeusz",
                    "Andrzej",   "Kazimierz", "Władysław", "Czesław", "Bogdan"};
    c.female_younger = {"Agnieszka", "Katarzyna",  "Joanna",     "Ewa",   "Anna",
                        "Magdalena", "Aleksandra", "Małgorzata", "Marta", "Żaneta"};
    c.male_younger = {"Łukasz", "Tomasz", "Krzysztof", "Piotr", "Wojciech",  "Paweł",
                      "Marek",  "Michał", "Grzegorz",  "Jakub", "Bartłomiej"};
    c.family_names = {{"Nowak", "Nowak"},         {"Wójcik", "Wójcik"},
                      {"Kowalski", "Kowalska"},   {"Wiśniewski", "Wiśniewska"},
                      {"Dąbrowski", "Dąbrowska"}, {"Lewandowski", "Lewandowska"},
                      {"Kamiński", "Kamińska"},   {"Zieliński", "Zielińska"},
                      {"Szymański", "Szymańska"}, {"Woźniak", "Woźniak"},
                      {"Kozłowski", "Kozłowska"}, {"Mazur", "Mazur"},
                      {"Krawczyk", "Krawczyk"},   {"Jankowski", "Jankowska"},
                      {"Piątek", "Piątek"},       {"Gołębiewski", "Gołębiewska"}};
    c.birthplaces = {"Kraków", "Gdańsk", "Łódź", "Poznań", "Wrocław", "Lublin", "Białystok", "Rzeszów"};
    c.foods = {"pierogi", "bigos", "żurek", "gołąbki", "pączki", "barszcz"};
    c.music = {"Chopin", "Polish folk songs", "Maryla Rodowicz", "Anna German", "Czesław Niemen"};
    c.worship = {"the Polish church", "Mass at the Polish Catholic Mission"};
    c.languages = {"Polish"};
    c.drinks = {"black tea with lemon, in a glass", "herbata with a slice of lemon",
                "strong coffee, no milk"};
    c.arrival_from = 1946;
    c.arrival_to = 2010;
    return c;
}

Culture caribbean() {
    Culture c;
    c.id = "caribbean";
    c.people_weight = 5;
    c.staff_weight = 5;
    c.female_older = {"Marcia", "Beverley", "Pauline", "Hyacinth", "Gloria", "Claudette", "Yvonne", "Sonia",
                      "Carmen", "Merle",    "Icilda",  "Joycelyn", "Lorna",  "Norma",     "Myrtle"};
    c.male_older = {"Delroy",  "Winston", "Everton", "Lloyd",  "Clive",   "Errol", "Leroy",
                    "Desmond", "Carlton", "Neville", "Linton", "Vincent", "Cecil"};
    c.female_younger = {"Shanice", "Tanisha", "Keisha", "Chantelle", "Simone", "Natasha", "Kerry-Ann"};
    c.male_younger = {"Jermaine", "Marlon", "Tyrone", "Dwayne", "Andre", "Kemar", "Ricardo"};
    c.family_names = {{"Campbell", "Campbell"}, {"Clarke", "Clarke"},   {"Brown", "Brown"},
                      {"Williams", "Williams"}, {"Henry", "Henry"},     {"Morris", "Morris"},
                      {"Grant", "Grant"},       {"Gordon", "Gordon"},   {"Reid", "Reid"},
                      {"Bailey", "Bailey"},     {"Francis", "Francis"}, {"Richards", "Richards"},
                      {"Samuels", "Samuels"},   {"Wallace", "Wallace"}, {"McKenzie", "McKenzie"}};
    c.birthplaces = {"Kingston",     "Montego Bay", "Port of Spain", "Bridgetown",
                     "Spanish Town", "Castries",    "St Elizabeth"};
    c.foods = {"rice and peas",   "curry goat",       "ackee and saltfish",
               "fried dumplings", "hard-dough bread", "fish tea"};
    c.music = {"Jim Reeves", "gospel", "ska", "Bob Marley", "calypso", "Millie Small"};
    c.worship = {"the Pentecostal church", "the New Testament Church of God",
                 "the Seventh-day Adventist church"};
    c.languages = {"Patois"};
    c.drinks = {"Milo made with condensed milk", "a cup of mint tea", "a glass of Supermalt",
                "hot chocolate made the Jamaican way"};
    c.arrival_from = 1948;
    c.arrival_to = 1972;
    return c;
}

Culture west_african() {
    Culture c;
    c.id = "nigerian-ghanaian";
    c.people_weight = 3;
    c.staff_weight = 8;
    c.female_older = {"Ngozi", "Folake",  "Funmilayo", "Abena",    "Akosua", "Ama",
                      "Efua",  "Comfort", "Grace",     "Victoria", "Adwoa"};
    c.male_older = {"Olumide", "Chukwuemeka", "Babatunde", "Kwame",    "Kofi",
                    "Kwabena", "Yaw",         "Samuel",    "Emmanuel", "Festus"};
    c.female_younger = {"Adaeze", "Chioma", "Yetunde", "Bukola", "Blessing", "Temitope", "Efua", "Abena"};
    c.male_younger = {"Oluwaseun", "Emeka", "Obinna", "Tunde", "Femi", "Kwame", "Kojo", "Chidi"};
    c.family_names = {{"Okafor", "Okafor"},     {"Adeyemi", "Adeyemi"}, {"Okonkwo", "Okonkwo"},
                      {"Mensah", "Mensah"},     {"Owusu", "Owusu"},     {"Boateng", "Boateng"},
                      {"Asante", "Asante"},     {"Adebayo", "Adebayo"}, {"Eze", "Eze"},
                      {"Nwosu", "Nwosu"},       {"Osei", "Osei"},       {"Agyeman", "Agyeman"},
                      {"Ogunleye", "Ogunleye"}, {"Balogun", "Balogun"}};
    c.birthplaces = {"Lagos", "Ibadan", "Enugu", "Accra", "Kumasi", "Abeokuta", "Cape Coast"};
    c.foods = {"jollof rice", "fufu and light soup", "egusi soup", "fried plantain", "kenkey", "pounded yam"};
    c.music = {"highlife", "gospel", "Fela Kuti", "King Sunny Adé", "E. T. Mensah"};
    c.worship = {"the Redeemed Christian Church", "the Methodist church", "the Catholic church"};
    c.languages = {"Yoruba", "Igbo", "Twi", "Ga"};
    c.drinks = {"Lipton tea with evaporated milk", "Milo", "a bottle of malt", "hot water with lemon"};
    c.arrival_from = 1960;
    c.arrival_to = 2000;
    return c;
}

Culture chinese() {
    Culture c;
    c.id = "chinese";
    c.people_weight = 2;
    c.staff_weight = 2;
    c.female_older = {"Mei Ling", "Siu Wai", "Lai Ming", "Wai Yee", "Xiu Ying", "Yuk Lan", "Kam Fong"};
    c.male_older = {"Wing Kei", "Chi Keung", "Kwok Wah", "Wai Man", "Kam Cheung", "Yiu Fai"};
    c.female_younger = {"Li Na", "Yan", "Jing", "Xin Yi", "Hoi Yan"};
    c.male_younger = {"Jian", "Wei", "Hao", "Ming", "Zhi Hao"};
    c.family_names = {{"Chan", "Chan"},     {"Wong", "Wong"}, {"Li", "Li"},   {"Lee", "Lee"},
                      {"Cheung", "Cheung"}, {"Lam", "Lam"},   {"Ng", "Ng"},   {"Ho", "Ho"},
                      {"Leung", "Leung"},   {"Tang", "Tang"}, {"Yip", "Yip"}, {"Zhang", "Zhang"},
                      {"Chen", "Chen"}};
    c.birthplaces = {"Hong Kong", "Kowloon", "the New Territories", "Guangzhou", "Kuala Lumpur"};
    c.foods = {"congee", "dim sum", "steamed fish with ginger", "char siu", "wonton noodle soup"};
    c.music = {"Cantonese opera", "Teresa Teng", "Leslie Cheung", "Sam Hui"};
    c.worship = {"the Chinese church", "the Buddhist centre", "the Chinese community centre"};
    c.languages = {"Cantonese", "Mandarin", "Hakka"};
    c.drinks = {"jasmine tea", "Hong Kong milk tea", "chrysanthemum tea", "a cup of hot water"};
    c.arrival_from = 1960;
    c.arrival_to = 1990;
    return c;
}

Culture turkish() {
    Culture c;
    c.id = "turkish";
    c.people_weight = 2;
    c.staff_weight = 2;
    c.female_older = {"Ayşe", "Fatma", "Emine", "Hatice", "Gülsen", "Sevgi", "Meryem", "Şükran", "Nermin"};
    c.male_older = {"Mehmet", "Mustafa", "Ahmet",   "Hüseyin", "İbrahim",
                    "Hasan",  "Kemal",   "Erdoğan", "Cengiz"};
    c.female_younger = {"Zeynep", "Elif", "Özlem", "Derya", "Büşra", "Gizem"};
    c.male_younger = {"Murat", "Emre", "Ömer", "Yusuf", "Burak", "Serkan"};
    c.family_names = {{"Yılmaz", "Yılmaz"}, {"Kaya", "Kaya"},       {"Demir", "Demir"},
                      {"Şahin", "Şahin"},   {"Çelik", "Çelik"},     {"Öztürk", "Öztürk"},
                      {"Aydın", "Aydın"},   {"Arslan", "Arslan"},   {"Doğan", "Doğan"},
                      {"Kılıç", "Kılıç"},   {"Hüseyin", "Hüseyin"}, {"Mustafa", "Mustafa"}};
    c.birthplaces = {"Nicosia", "Famagusta", "Izmir", "Istanbul", "Kyrenia", "Adana"};
    c.foods = {"menemen", "lentil soup", "börek", "baklava", "dolma", "köfte"};
    c.music = {"Zeki Müren", "Sezen Aksu", "Turkish folk music", "Müzeyyen Senar"};
    c.worship = {"the mosque", "the Cypriot community centre"};
    c.languages = {"Turkish"};
    c.drinks = {"Turkish tea in a tulip glass", "a small Turkish coffee", "a glass of ayran"};
    c.arrival_from = 1955;
    c.arrival_to = 1990;
    return c;
}

Culture somali() {
    Culture c;
    c.id = "somali";
    c.people_weight = 2;
    c.staff_weight = 3;
    c.female_older = {"Faduma", "Hawa", "Khadra", "Ubah", "Asha", "Halimo", "Maryan"};
    c.male_older = {"Abdi", "Mohamed", "Abdullahi", "Hassan", "Omar", "Farah", "Said", "Ismail"};
    c.female_younger = {"Hodan", "Sahra", "Ikran", "Ifrah", "Nimo", "Amina", "Hibo"};
    c.male_younger = {"Mahad", "Yusuf", "Ahmed", "Ali", "Abdirahman", "Hamza"};
    c.family_names = {{"Abdi", "Abdi"},     {"Warsame", "Warsame"}, {"Farah", "Farah"}, {"Omar", "Omar"},
                      {"Hassan", "Hassan"}, {"Jama", "Jama"},       {"Ali", "Ali"},     {"Egal", "Egal"},
                      {"Nur", "Nur"},       {"Osman", "Osman"},     {"Aden", "Aden"},   {"Hersi", "Hersi"},
                      {"Dualeh", "Dualeh"}};
    c.birthplaces = {"Mogadishu", "Hargeisa", "Kismayo", "Berbera", "Burao"};
    c.foods = {"bariis iskukaris", "canjeero", "suqaar", "sambuusa", "muufo"};
    c.music = {"Maryam Mursal", "Hasan Adan Samatar", "old Somali songs", "Qur'an recitation"};
    c.worship = {"the mosque", "the Somali community centre"};
    c.languages = {"Somali", "Arabic"};
    // Elders taught at Qur'an school may write their name in Arabic script.
    c.own_script = {{"Abdi", "عبدي"},      {"Abdullahi", "عبدالله"}, {"Asha", "عائشة"},  {"Faduma", "فاطمة"},
                    {"Farah", "فارح"},     {"Halimo", "حليمة"},      {"Hassan", "حسن"},  {"Hawa", "حواء"},
                    {"Ismail", "إسماعيل"}, {"Khadra", "خضرة"},       {"Maryan", "مريم"}, {"Mohamed", "محمد"},
                    {"Omar", "عمر"},       {"Said", "سعيد"}};
    c.drinks = {"spiced shaah with cardamom and cloves", "shaah with plenty of sugar",
                "sweet shaah with milk"};
    c.arrival_from = 1988;
    c.arrival_to = 2005;
    return c;
}

Culture italian() {
    Culture c;
    c.id = "italian";
    c.people_weight = 2;
    c.staff_weight = 2;
    c.female_older = {"Giuseppina", "Maria",    "Rosa",       "Concetta", "Carmela",
                      "Lucia",      "Giovanna", "Antonietta", "Filomena"};
    c.male_older = {"Giuseppe", "Giovanni", "Antonio",  "Francesco", "Salvatore",
                    "Luigi",    "Vincenzo", "Domenico", "Carlo"};
    c.female_younger = {"Francesca", "Chiara", "Giulia", "Federica", "Alessia", "Sara"};
    c.male_younger = {"Marco", "Luca", "Alessandro", "Matteo", "Davide", "Stefano"};
    c.family_names = {{"Rossi", "Rossi"},     {"Russo", "Russo"},     {"Esposito", "Esposito"},
                      {"Bianchi", "Bianchi"}, {"Romano", "Romano"},   {"Colombo", "Colombo"},
                      {"Ricci", "Ricci"},     {"Marino", "Marino"},   {"Greco", "Greco"},
                      {"Bruno", "Bruno"},     {"De Luca", "De Luca"}, {"Conti", "Conti"},
                      {"Mancini", "Mancini"}, {"Moretti", "Moretti"}, {"Sidoli", "Sidoli"}};
    c.birthplaces = {"Naples", "Bardi", "Palermo", "Bari", "Campobasso", "Bedford", "Caserta"};
    c.foods = {"pasta al forno", "minestrone", "risotto", "tiramisù", "pizza fritta", "gnocchi"};
    c.music = {"Dean Martin", "opera on the radio", "Neapolitan songs", "Claudio Villa", "Mario Lanza"};
    c.worship = {"St Peter's Italian church", "the Catholic church"};
    c.languages = {"Italian", "Neapolitan"};
    c.drinks = {"an espresso", "caffè latte in a bowl", "a milky coffee"};
    c.arrival_from = 1947;
    c.arrival_to = 1970;
    return c;
}

}  // namespace

NamePool::NamePool() {
    cultures_ = {english(),   welsh(),        irish(),   gujarati(), pakistani(), sikh(),   polish(),
                 caribbean(), west_african(), chinese(), turkish(),  somali(),    italian()};
    for (const Culture& c : cultures_) {
        people_weights_.push_back(c.people_weight);
        staff_weights_.push_back(c.staff_weight);
    }
    familiar_ = {
        {"Margaret", {"Peggy", "Maggie", "Madge"}},
        {"Robert", {"Bob", "Bobby"}},
        {"Mohammed", {"Mo"}},
        {"Mohamed", {"Mo"}},
        {"Małgorzata", {"Gosia"}},
        {"Elizabeth", {"Betty", "Liz", "Beth"}},
        {"William", {"Bill", "Billy"}},
        {"Dorothy", {"Dot", "Dottie"}},
        {"Patricia", {"Pat", "Trish"}},
        {"Kathleen", {"Kath", "Kitty"}},
        {"James", {"Jim", "Jimmy"}},
        {"Frederick", {"Fred", "Freddie"}},
        {"Albert", {"Bert", "Alf"}},
        {"Edward", {"Ted", "Eddie"}},
        {"Anthony", {"Tony"}},
        {"Winifred", {"Winnie"}},
        {"Josephine", {"Jo", "Josie"}},
        {"Christopher", {"Chris"}},
        {"Gwenllian", {"Gwen"}},
        {"Dafydd", {"Dai"}},
        {"Katarzyna", {"Kasia"}},
        {"Aleksandra", {"Ola"}},
        {"Wojciech", {"Wojtek"}},
        {"Stanisław", {"Staszek", "Stan"}},
        {"Józef", {"Józek", "Joe"}},
        {"Giuseppe", {"Peppe", "Joe"}},
        {"Giuseppina", {"Pina"}},
        {"Giovanni", {"Gianni", "John"}},
        {"Pádraig", {"Paddy"}},
        {"Séamus", {"Shay"}},
        {"Chukwuemeka", {"Emeka"}},
        {"Oluwaseun", {"Seun"}},
        {"Funmilayo", {"Funmi"}},
        {"Babatunde", {"Tunde"}},
        {"Jaswinder", {"Jas"}},
        {"Kenneth", {"Ken", "Kenny"}},
        {"Ronald", {"Ron", "Ronnie"}},
        {"Leonard", {"Len", "Lenny"}},
        {"Harold", {"Harry"}},
        {"Stanley", {"Stan"}},
        {"Raymond", {"Ray"}},
        {"Geoffrey", {"Geoff"}},
        {"Valerie", {"Val"}},
        {"Beverley", {"Bev"}},
        {"Susan", {"Sue"}},
        {"Mei Ling", {"May"}},
        {"Siu Wai", {"Winnie"}},
        {"Kwok Wah", {"Ken"}},
        {"Myfanwy", {"Myf"}},
        {"Iorwerth", {"Iori"}},
        {"Ieuan", {"Ianto"}},
        {"Christine", {"Chris", "Chrissie"}},
        {"Barbara", {"Babs"}},
        {"Marjorie", {"Marge"}},
        {"Irene", {"Renee"}},
        {"Desmond", {"Des"}},
        {"Norman", {"Norm"}},
        {"Teresa", {"Tess"}},
        {"Zbigniew", {"Zbyszek"}},
        {"Tadeusz", {"Tadek"}},
        {"Krzysztof", {"Krzysiek"}},
        {"Maureen", {"Mo"}},
        {"Michael", {"Mick", "Mike"}},
        {"Abdullahi", {"Abdi"}},
        {"Mohammed Ali", {"Mo"}},
        {"Deborah", {"Debbie"}},
        {"Frank", {"Frankie"}},
        {"Bridget", {"Biddy"}},
        {"Philomena", {"Mena"}},
        {"Grażyna", {"Grażynka"}},
        {"Danuta", {"Danka"}},
        {"Salvatore", {"Sal", "Toto"}},
        {"Vincenzo", {"Enzo"}},
        {"Kazimierz", {"Kazik"}},
    };
    std::sort(familiar_.begin(), familiar_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

const NamePool& NamePool::instance() {
    static const NamePool pool;
    return pool;
}

const Culture& NamePool::pick_culture(DemoRandom& rng, bool staff) const {
    return cultures_[static_cast<std::size_t>(rng.weighted(staff ? staff_weights_ : people_weights_))];
}

std::string_view Culture::in_own_script(std::string_view first) const {
    auto it = std::lower_bound(own_script.begin(), own_script.end(), first,
                               [](const auto& entry, std::string_view key) { return entry.first < key; });
    return it != own_script.end() && it->first == first ? it->second : std::string_view();
}

const std::vector<std::string_view>& NamePool::familiar_forms(std::string_view first) const {
    static const std::vector<std::string_view> none;
    auto it = std::lower_bound(familiar_.begin(), familiar_.end(), first,
                               [](const auto& entry, std::string_view key) { return entry.first < key; });
    return it != familiar_.end() && it->first == first ? it->second : none;
}

std::string_view NamePool::first_name(const Culture& c, Gender gender, bool older, DemoRandom& rng) const {
    const auto& list = gender == Gender::Female ? (older ? c.female_older : c.female_younger)
                                                : (older ? c.male_older : c.male_younger);
    return rng.pick(list);
}

PersonName NamePool::assemble(const Culture& c, Gender gender, std::string_view first, int family_index,
                              bool patronymic_allowed, DemoRandom& rng) const {
    PersonName n;
    n.first = std::string(first);
    n.family_index = family_index;
    if (patronymic_allowed && gender == Gender::Male && !c.patronymics.empty() && rng.chance(15))
        n.family = std::string(rng.pick(c.patronymics));
    else
        n.family = std::string(c.family_names[static_cast<std::size_t>(family_index)].form(gender));
    const std::string_view middle = gender == Gender::Female ? c.female_middle : c.male_middle;
    n.full.reserve(n.first.size() + n.family.size() + middle.size() + 2);
    n.full = n.first;
    if (!middle.empty()) {
        n.full += ' ';
        n.full += middle;
    }
    n.full += ' ';
    n.full += n.family;
    return n;
}

PersonName NamePool::name(const Culture& c, Gender gender, bool older, DemoRandom& rng,
                          int preferred_percent) const {
    const std::string_view first = first_name(c, gender, older, rng);
    const int family_index = rng.below(static_cast<int>(c.family_names.size()));
    PersonName n = assemble(c, gender, first, family_index, true, rng);
    const auto& forms = familiar_forms(first);
    if (!forms.empty() && rng.chance(preferred_percent)) n.preferred = std::string(rng.pick(forms));
    return n;
}

PersonName NamePool::relative(const Culture& c, Gender gender, bool older, int family_index,
                              DemoRandom& rng) const {
    const std::string_view first = first_name(c, gender, older, rng);
    PersonName n = assemble(c, gender, first, family_index, false, rng);
    const auto& forms = familiar_forms(first);
    if (!forms.empty() && rng.chance(30)) n.preferred = std::string(rng.pick(forms));
    return n;
}

}  // namespace pcr::model
