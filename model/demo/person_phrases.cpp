// What the demo writes in the records of the people supported, learning logs included, in a person-centred
// voice.
#include "model/demo/phrase_bank.h"

namespace pcr::model {

void add_person_phrases(PhraseBank& b) {
    b.add_list("one-page-profile/appreciation",
               {"Quick to make people laugh",
                "Has a wicked sense of humour",
                "Always asks after everyone's families",
                "A brilliant storyteller, especially about {birthplace}",
                "Knows every word of {music}",
                "Generous with {p} time and {p} biscuits",
                "Makes everyone feel welcome in {p} home",
                "Never forgets a birthday",
                "Has green fingers",
                "Sharp as a tack at the crossword",
                "Kind and gentle with animals",
                "Determined and doesn't give up",
                "Tells it like it is",
                "Has a lovely singing voice",
                "Brave about trying new things",
                "Remembers everyone's names",
                "Makes the best {food} in the street",
                "Always says thank you",
                "A loyal friend",
                "Wise and full of good advice",
                "Has a warm, infectious laugh",
                "Proud of {p} family and loves talking about them",
                "Likes things done properly",
                "Good at putting people at ease",
                "{old}Full of stories about the old days",
                "Knows a lot about {likes}",
                "Thoughtful: notices when someone is having a bad day",
                "{old}Hard-working all {p} life and still likes to keep busy",
                "Has a great memory for songs",
                "Elegant and always beautifully turned out",
                "Cheeky, in the nicest way"});
    b.add_list("one-page-profile/important-to-me",
               {"{n} loves {drink}",
                "Seeing {relname}, {p} {rel}, as often as possible",
                "Phone calls with {relname} on a {day} evening",
                "Going to {worship} every week",
                "Having {p} hair done on a {day}",
                "Listening to {music}",
                "{Likes}: {n} has loved it all {p} life",
                "Eating {food}",
                "Keeping to {p} routine: up early, and breakfast before anything else",
                "Speaking {lang} with people who understand",
                "Being called {n}, not {formal}",
                "The photo of {partner} by {p} bed",
                "Talking about growing up in {birthplace}",
                "Keeping {p} own front door key",
                "Watching the birds from {p} window",
                "Staying in {p} own home for as long as {s} can",
                "Doing things for {self} where {s} can",
                "Looking smart, with {p} clothes ironed and {p} shoes polished",
                "Having {p} {bag} close by",
                "Knowing who is coming and when",
                "Time with {friend}, {p} friend",
                "{young}Having {p} own money to spend",
                "{young}Choosing {p} own clothes"});
    b.add_list("one-page-profile/how-to-support",
               {"Knock and wait for {o} to answer before going in",
                "{old}Speak clearly and face {o}; {s} hears better on {p} left side",
                "Give {o} time to answer and don't finish {p} sentences",
                "Offer {o} {drink} when you arrive",
                "Help {o} with {p} tablets at breakfast: {s} likes to take them {self}",
                "Remind {o} to drink plenty; {s} forgets when {s} is busy",
                "Ask before moving anything in the kitchen",
                "Put {p} {aid} within reach before you leave",
                "Use {lang} for anything important",
                "Talk to {o} about {birthplace} if {s} seems low",
                "If {s} is anxious, sit with {o} and put {music} on",
                "Don't rush {o} in the mornings; {s} takes a while to get going",
                "Check the back door is locked before you leave - it worries {o}",
                "Tell {o} who is coming tomorrow before you go",
                "Let {o} do as much as {s} can for {self}",
                "Respect {p} faith: {s} goes to {worship} and may want quiet time to pray",
                "Take your shoes off at the door",
                "Offer choices one at a time, not a long list",
                "Keep {p} {aid} clean and check the batteries on a {day}",
                "Ring {relname} if anything is worrying {o}"});

    b.add_rows(
        "communication-chart/chart", {"at-this-time", "when-this-happens", "we-think-it-means", "we-need-to"},
        {{"In the evening", "When {n} rubs {p} eyes and goes quiet", "{S} is tired",
          "Suggest a rest in {p} chair and turn the television down"},
         {"At mealtimes", "When {n} pushes {p} plate away", "{S} has had enough or doesn't like it",
          "Offer {food} or a sandwich instead, and don't insist"},
         {"During personal care", "When {n} holds {p} arms tight across {p} chest",
          "{S} is cold or embarrassed", "Warm the bathroom first and keep {o} covered with a towel"},
         {"Any time", "When {n} taps {p} foot and keeps looking at the door",
          "{S} is worried about something", "Sit with {o}, ask what is on {p} mind and give {o} time"},
         {"In the morning", "When {n} says 'leave me be'", "{S} needs more time to wake up",
          "Open the curtains, make {drink} and come back in ten minutes"},
         {"When visitors come", "When {n} goes off to {p} bedroom", "{S} has had enough company",
          "Let {o} rest and explain gently to the visitors"},
         {"", "When {n} hums {music}", "{S} is content", "Join in, or leave {o} to it - it is a good sign"},
         {"Late afternoon", "When {n} asks for {partner}",
          "{S} is missing {partner} and may be unsure of the time",
          "Talk about {partner} and look at photos together; never correct {o} sharply"},
         {"Any time", "When {n} speaks {lang} and gets louder", "{S} is frustrated that we don't understand",
          "Slow down, use {p} picture cards, or ring {relname} to help"},
         {"At night", "When {n} calls out", "{S} is frightened in the dark",
          "Leave the landing light on and reassure {o}"},
         {"", "When {n} rubs {p} knees", "{P} arthritis is bad today",
          "Offer {p} pain relief as prescribed and a warm blanket"},
         {"Out and about", "When {n} grips your arm", "{S} is anxious about falling or the crowds",
          "Find somewhere quiet to stop, and slow down"},
         {"", "When {n} smiles and nods but doesn't answer", "{S} may not have heard you",
          "Check {p} hearing aids are in, face {o} and try again"},
         {"At mealtimes", "When {n} asks for {food}", "{S} is hungry and fancies a favourite",
          "Make it if you can, or plan it with {o} for tomorrow"},
         {"", "When {n} goes very quiet and won't look at you", "{S} is upset or in pain",
          "Ask gently, check for pain, and tell the office if it carries on"}});

    b.add_rows(
        "decision-making-agreement/decisions", {"decision", "how-involved", "who-decides"},
        {{"What to wear each day", "Hold up two outfits and let {o} choose", "{n}"},
         {"What to eat and when", "Show {o} what is in the fridge and the cupboards", "{n}"},
         {"Managing {p} money", "{Relname} talks it through with {o} every week", "{n}, with {relname}"},
         {"Taking {p} medication", "The GP explains any change; {s} needs time to think it over",
          "{n}, with advice from {p} GP"},
         {"When to get up and go to bed", "Ask {o}; don't wake {o} before nine", "{n}"},
         {"Who visits {o} at home", "Ask {o} before arranging any visitor", "{n}"},
         {"Where to go on days out", "Show {o} photos of two or three places", "{n}"},
         {"Where {s} lives", "A meeting with {o}, {relname} and {p} social worker, with plenty of time",
          "{n}, with {relname}'s help"},
         {"Changes to {p} support times", "Talk it through with {o} and {relname} a week before",
          "{n} and the team leader together"},
         {"Going into hospital", "Explain what will happen and why, in {lang} if possible",
          "{n}; a best-interests meeting only if {s} cannot decide at the time"},
         {"Spending on bigger things", "Look at the options together over a few days",
          "{n} with {relname}"}});
    b.add_list("decision-making-agreement/more-control",
               {"{n} would like to do {p} own shopping online, with help from {staff} to start with.",
                "{n} wants more say in who supports {o}; new staff will meet {o} before they start.",
                "A key safe would let {n} decide {self} who comes in.",
                "A picture menu so {n} can choose {p} own meals each week.",
                "{n} wants to be asked first before anyone rings {relname}.",
                "Having {p} own bank card back, with a weekly limit agreed with {relname}.",
                "Choosing {p} own call times, within what the rota allows."});

    b.add_list(
        "working-not-working/rows/working@person",
        {"Having {staff} in the mornings - {s} knows how I like things", "Getting out to {place} once a week",
         "My {drink}, made just right", "Seeing {relname} on {day}s", "Going to {worship}",
         "{Likes} with {staff}", "Being asked what I want, not told"});
    b.add_list("working-not-working/rows/not-working@person",
               {"Calls running late on Sundays", "Too many different faces", "Being rushed at teatime",
                "Not getting out when it rains", "My knees are worse in the mornings",
                "Not enough time to chat", "Nobody to talk to in {lang}"});
    b.add_list("working-not-working/rows/working@family",
               {"{Relname} feels reassured by the updates", "Knowing who is coming each day",
                "{n} seems happier since getting back to {likes}", "The new rota means fewer strangers",
                "{Relname} can see the notes and knows what has been happening"});
    b.add_list("working-not-working/rows/not-working@family",
               {"It is hard to get through to the office", "{Relname} worries that {n} isn't eating enough",
                "Late calls make {n} anxious", "Nobody told us about the change of staff",
                "{Relname} lives too far away to pop in"});
    b.add_list("working-not-working/rows/working@staff",
               {"Time to chat over breakfast", "Knowing {p} routine from the one-page profile",
                "{n} enjoys {likes} and it lifts {p} mood", "Handovers in the notes are clear",
                "{n} laughs at our jokes and tells better ones"});
    b.add_list("working-not-working/rows/not-working@staff",
               {"Travel time between calls is too tight", "The hoist battery keeps running low",
                "Medication changes are not always passed on", "Parking outside is difficult",
                "The key safe is stiff in the cold"});

    b.add_list(
        "good-days-bad-days/good-day",
        {"Waking up naturally, not to an alarm", "{Relname} popping round", "Getting out to {place}",
         "A bit of sunshine in the garden", "Finishing the crossword before lunch", "{Food} for tea",
         "Hearing {music} on the radio", "A chat with {staff} over breakfast", "A phone call from {relname}",
         "Going to {worship}", "Time for {likes}", "Feeling well enough to get dressed up",
         "{old}No pain in {p} knees", "{Drink} in {p} favourite chair"});
    b.add_list(
        "good-days-bad-days/bad-day",
        {"Being rushed in the morning", "Pain in {p} hips", "Nobody coming to visit",
         "Not knowing who is coming", "Rain all day and being stuck indoors", "Missing {partner}",
         "A carer {s} doesn't know", "Feeling poorly and not wanting to eat", "The telly breaking down",
         "Waiting in for a delivery that never comes", "Being asked the same questions again and again",
         "A bad night's sleep", "Losing {p} glasses"});

    b.add_list("matching-staff/skills",
               {"Can cook {food}", "Confident using the hoist safely",
                "Can help with video calls to {relname} on the tablet", "Speaks {lang}",
                "A driver, to get out to {place}", "Understands dementia and how it affects {o}",
                "Patient with hearing aids and glasses"});
    b.add_list("matching-staff/support",
               {"Help with washing and dressing in the morning", "Someone to go with {o} to {place}",
                "Help in the kitchen, so {s} can still make {food}", "Company for {likes}",
                "Help getting to {worship}", "Help with shopping and letters"});
    b.add_list(
        "matching-staff/personality",
        {"Cheerful and chatty", "Calm and patient", "A good sense of humour", "Quiet and unhurried",
         "Respectful and polite, not over-familiar", "Confident but gentle", "Someone who can take a joke"});
    b.add_list("matching-staff/shared-interests",
               {"{Likes}", "Likes {music}", "Enjoys a good natter over {drink}",
                "Football, especially the local team", "Gardening and growing vegetables", "Loves {food}",
                "Old films and musicals"});

    b.add_list("four-plus-one/tried",
               {"Going to the lunch club on Wednesdays", "{Likes} with {staff} twice a week",
                "Video calls with {relname} on Sundays", "A later morning call so {n} can sleep in",
                "A picture menu for choosing meals"});
    b.add_list("four-plus-one/learned",
               {"{n} is brighter after an afternoon rest", "{n} eats more when someone eats with {o}",
                "{n} prefers the same two carers", "Music helps {o} settle at night",
                "{n} is more confident with {p} {aid}"});
    b.add_list("four-plus-one/pleased",
               {"{n} has been to {worship} three weeks running", "No falls since the rug was moved",
                "{n} laughed all through {p} birthday tea", "{n} made {food} for {relname}",
                "{n} is sleeping through the night again"});
    b.add_list("four-plus-one/concerned",
               {"{n} has been eating less since {p} fall", "{n} seems lonely at weekends",
                "{P} eyesight is getting worse", "{n} is worried about money",
                "{Relname} is finding it hard to visit"});
    b.add_list("four-plus-one/next",
               {"Ask {relname} to bring in photos of {birthplace}", "Try the singing group at the library",
                "Book an eye test at home", "Find a befriender who speaks {lang}",
                "Try {likes} again on a quieter weekday morning"});

    b.add_rows(
        "presence-to-contribution/activities",
        {"activity", "being-present", "having-presence", "participating", "connect", "contribute"},
        {{"{Likes}", "Goes along to {iplace}", "People there know {n} by name",
          "Joins in when {s} feels up to it", "Chats with {friend} there", "Brings {food} to share"},
         {"Going to {worship}", "Goes most weeks", "Has {p} own seat near the front",
          "Joins in with the singing", "Has tea afterwards with the same group",
          "Helps with the flowers once a month"},
         {"Lunch club", "Goes on Wednesdays", "The volunteers save {o} a seat", "Plays bingo after lunch",
          "Has made friends with two regulars", "Gives out the raffle tickets"},
         {"Shopping at the market", "Goes round with {staff}", "The stallholders know what {s} likes",
          "Chooses and pays for {p} own things", "Stops to chat with the fruit seller", ""},
         {"The library", "Goes once a fortnight", "The staff at the desk know {o}",
          "Goes to the reading group", "", ""},
         {"The community garden", "Sits in the garden", "", "Waters the pots", "Talks to the volunteers",
          "Grows tomatoes for the lunch club"}});

    b.add_list("doughnut-sort/core",
               {"Help {o} wash and dress each morning", "Prompt {p} medication at breakfast and teatime",
                "Leave a drink within reach before going", "Record anything unusual in the daily notes",
                "Check the key safe is locked"});
    b.add_list(
        "doughnut-sort/judgement",
        {"How much to encourage {o} to eat when {s} isn't hungry",
         "Whether to go out when the weather is poor", "How long to stay and chat when a call finishes early",
         "When to ring {relname} about small worries", "What to cook from what is in the fridge"});
    b.add_list("doughnut-sort/not-ours",
               {"Deciding who {s} sees - that is {p} choice", "Money matters - {relname} helps with these",
                "Choosing {p} clothes", "Medical decisions - for {o} and {p} GP", "Decorating the house"});

    b.add_list("my-places/customer",
               {"The Co-op on the high street", "The butcher's on {day}s", "The café on the corner",
                "The market", "The chemist", "The hairdresser's"});
    b.add_list("my-places/feel-good",
               {"{Worship}", "The bench by the river", "The park", "{Iplace}", "The garden centre café"});
    b.add_list("my-places/member", {"The lunch club", "The British Legion", "The bowls club", "{Worship}",
                                    "The library - {s} has a card", "The singing group"});
    b.add_list("my-places/strengthen", {"The chair exercise class", "The leisure centre pool",
                                        "The memory café", "The computer class at the library"});
    b.add_list("my-places/new-connections",
               {"A singing group at the library", "The men's shed", "A befriending scheme",
                "The knitting circle at the café", "Volunteering at the charity shop"});

    b.add_rows(
        "outcomes/outcomes", {"outcome", "action", "who"},
        {{"To get out to {place} once a week", "Arrange a taxi and go with {o} on Thursdays", "{Staff}"},
         {"To stay living in {p} own home", "Ask for an occupational therapy assessment for a stair rail",
          "{Staff} with {p} social worker"},
         {"To see {relname} more often", "Set up video calls on the tablet on Sundays",
          "{Staff} and {relname}"},
         {"To get back to {likes}", "Find a local group for {likes} and go along to try it", "{Staff}"},
         {"To feel less lonely at weekends", "Ask about a befriender from the local charity", "{Staff}"},
         {"To manage {p} own medication", "Try a dosette box with a daily reminder", "{n} with {staff}"},
         {"To go to {worship} again", "Arrange transport with the community group", "{Relname}"},
         {"To cook {food} again", "Adapt the kitchen so {s} can sit while cooking", "{Staff} and the OT"},
         {"To visit {birthplace}", "Plan the trip with {relname} and check the travel insurance",
          "{Relname} and {n}"}});

    b.add_list("person-centred-review/meetings/working",
               {"Morning calls from regular staff", "{Likes} on {day}s", "{Relname} visiting every week",
                "{n} is sleeping better", "Going to {worship} again", "The new walking frame"});
    b.add_list("person-centred-review/meetings/not-working",
               {"Evening calls are sometimes late", "{n} has lost some weight",
                "Too many changes of staff over the summer", "{n} misses getting out when it rains",
                "The bathroom is hard to manage"});
    b.add_list("person-centred-review/meetings/important-now",
               {"Staying well and keeping {p} independence", "Seeing {relname} and the grandchildren",
                "{Likes}", "Keeping {p} routine", "Getting {p} hearing aids sorted"});
    b.add_list("person-centred-review/meetings/important-future",
               {"Staying at home", "Going to a family wedding next year", "Visiting {birthplace} once more",
                "Being able to manage the stairs", "Learning to use the tablet"});
    b.add_rows("person-centred-review/actions", {"action", "who"},
               {{"Ask the GP to review {p} pain relief", "{Staff}"},
                {"Book community transport for {worship}", "{Relname}"},
                {"Look into a befriender", "{Staff}"},
                {"Move the evening call to six o'clock", "Team leader"},
                {"Update the one-page profile with what we learned", "{Staff}"},
                {"Arrange an eye test at home", "{Relname}"},
                {"Try the lunch club for a month", "{n} with {staff}"}});

    b.add_list("life-story/events/notes",
               {"{n} still has the photographs", "{n} tells this story often", "A happy time",
                "A hard time, but {s} got through it", "{Relname} knows more about this"});

    // Wording for tools that have no bank of their own: true of almost anyone, and still about the person.
    b.add_fragments("generic",
                    {"{n} enjoys {likes}", "Talk with {n} about {birthplace}", "{n} likes {drink}",
                     "{Relname}, {p} {rel}, is important to {n}", "{n} wants to keep {likes} going",
                     "Agreed with {n} and {staff}", "{n} would like more time for {likes}",
                     "Ask {n} first; {s} knows what works for {o}"});
}

void add_learning_log_phrases(PhraseBank& b) {
    b.add_list("learning-log/entries/what-they-did",
               {"{Did}", "{Did} {when}", "{Did} at {iplace}", "{Did} with {staff}", "{n} {did}",
                "{n} {did} {when}", "{n} and {staff} {did}", "{n} {did} while {relname} was visiting",
                "{Did}, then had {drink}", "Tried something different: {n} {did}", "{Did} for {duration}",
                "{Did} {when}, for {duration}", "{n} asked to go out, so we {did}"});
    b.add_list("learning-log/entries/who-was-there",
               {"{Staff}", "{Staff} and {staff2}", "{Staff}, with {relname} ({rel})",
                "{Relname} ({rel}) and {staff}", "{Staff}; {friend} joined for the last part",
                "{n} with {staff} nearby", "{Staff}, shadowing {staff2}", "{Relname} ({rel})"});
    b.add_list("learning-log/entries/worked-well",
               {"{@Reason}.", "{@Reason}; {@reaction}.", "{@Reason}. {@Reaction}.",
                "{@Reaction} - {@reason} helped.", "{@Reason} and {@reason}.",
                "{@Reaction}, so {@reason} is worth keeping."});
    b.add_list("learning-log/entries/did-not-work",
               {"{@Problem}.", "{@Problem}; next time {@fix}.", "{@Problem}. Next time we will {@fix}.",
                "Nothing this time - it all went well.", "Not much: {@problem}, but {s} didn't mind.",
                "{@Problem}, so {s} was keen to get home."});
    b.add_fragments("reason", {"going {when} before it got busy",
                               "taking it slowly and letting {n} lead",
                               "having {p} {aid} to hand",
                               "asking {o} what {s} wanted to do first",
                               "{relname} being there",
                               "having {music} on in the background",
                               "breaking it into small steps",
                               "stopping for a rest halfway through",
                               "{staff} explaining each step before doing it",
                               "giving {o} time to get ready without rushing",
                               "choosing a quiet time of day",
                               "sitting where {s} could see the door",
                               "talking in {lang}",
                               "chatting about {birthplace} on the way",
                               "keeping it short",
                               "letting {n} choose where to sit",
                               "having the same staff as last time",
                               "ringing ahead so they were expecting {o}",
                               "wrapping up warm",
                               "a bit of sunshine"});
    b.add_fragments("reaction", {"{s} was smiling all afternoon", "{s} said it made {p} day",
                                 "{s} talked about it at teatime", "{s} asked to do it again next week",
                                 "{s} was more relaxed than last time", "{s} laughed a lot",
                                 "{s} slept well afterwards", "{s} told {relname} all about it on the phone",
                                 "{s} was proud of what {s} had done", "{s} stayed longer than planned",
                                 "{s} ate a good lunch afterwards", "{s} hummed {music} all the way home"});
    b.add_fragments(
        "problem",
        {"the bus was late and {n} got cold waiting", "it was too noisy and {s} wanted to leave early",
         "{s} was tired after a poor night", "we ran out of time before the next call",
         "{p} knees were sore by the end", "it was hard to hear in the café", "{s} found the steps difficult",
         "we forgot {p} glasses", "it rained and we had to change plans", "it was busier than we expected",
         "{s} didn't like being rushed at the end", "there was nowhere to sit", "the toilets were upstairs",
         "{s} got muddled about the time and was worried", "{s} felt the cold"});
    b.add_fragments("fix", {"book a taxi", "go earlier in the day", "take {p} cushion",
                            "check the weather first", "allow an extra half hour", "ring ahead",
                            "pick a quieter time", "bring {p} {aid}", "write the time on {p} calendar",
                            "take a blanket", "ask for a table near the door", "plan a rest stop"});
}

}  // namespace pcr::model
