// What the demo writes in staff members' and the team's own records.
#include "model/demo/phrase_bank.h"

namespace pcr::model {

void add_staff_and_team_phrases(PhraseBank& b) {
    b.add_list("staff:one-page-profile/appreciation",
               {"Calm in a crisis", "Brilliant at getting people laughing",
                "Goes the extra mile without being asked", "Knows everyone's favourite biscuit",
                "Patient, and never rushes anyone", "Great at sorting out rotas",
                "Makes the best {food} for the team lunch", "A really good listener",
                "Reliable - always on time", "Brings cake on Fridays",
                "Speaks {lang}, which helps lots of the people we support", "Notices the little things",
                "Brilliant with new starters", "Can fix almost anything", "Unflappable on a busy Monday"});
    b.add_list("staff:one-page-profile/important-to-me",
               {"Getting home in time for the school run", "My family, especially {relname}, my {rel}",
                "{Likes} at the weekend", "A strong coffee before my first call",
                "Being trusted to get on with the job", "Learning something new every month",
                "Time to pray at {worship}", "Knowing my rota a week ahead", "A proper lunch break",
                "Having a laugh with the team", "Listening to {music} in the car"});
    b.add_list("staff:one-page-profile/how-to-support",
               {"Tell me straight if something's wrong", "Give me a heads-up about rota changes",
                "I work best with a clear plan for the day", "Check in with me after a difficult visit",
                "Text rather than ring when I'm driving", "Ask me about {likes} - I love talking about it",
                "Explain the reason behind changes", "I'm not at my best before my first coffee",
                "Give me feedback face to face"});
    b.add_rows(
        "staff:development-plan/goals", {"goal", "support"},
        {{"Complete the Care Certificate", "Shadow shifts with {staff} and time in supervision"},
         {"Lead a person-centred review", "Observe two reviews with the team leader first"},
         {"Become the team's dementia champion", "A place on the dementia champion course"},
         {"Learn to use the new rostering app", "Half a day with the office team"},
         {"Gain the Level 3 diploma in health and social care",
          "Study time on Friday afternoons and a mentor"},
         {"Get confident writing learning logs", "Feedback on my first five logs from {staff}"},
         {"Learn some Welsh to use with the people we support", "A place on the Welsh for beginners course"},
         {"Train new starters in medication", "The train-the-trainer course and time to prepare"},
         {"Pass my driving test", "A rota that fits around my lessons"}});

    b.add_list(
        "team:team-purpose/purpose",
        {"We support people in {area} to live the lives they choose in their own homes, with staff who know "
         "them well and care about what matters to them.",
         "We are here so that the people we support in {area} can stay at home, stay connected and keep "
         "doing "
         "the things they love, supported by a team they trust.",
         "Our purpose is to help people in {area} live well at home on their own terms: we listen, we learn "
         "what matters, and we act on it."});
    b.add_list("team:team-charter/values",
               {"We treat every home as the person's home, not our workplace", "Kindness comes first",
                "We say what we will do and we do it", "Everyone's voice counts, whatever their role",
                "We stay curious and keep learning", "We own our mistakes and learn from them",
                "We celebrate the small things"});
    b.add_list(
        "team:team-charter/ground-rules",
        {"Phones away in handover", "Tell the office straight away if you are running late",
         "Celebrate small wins at the Friday huddle", "Swap shifts through the rota app, not in private",
         "Ask for help early", "Talk to each other, not about each other",
         "Read the one-page profile before meeting someone new"});
    b.add_list("team:doughnut-sort/core",
               {"Arrive within fifteen minutes of the planned time",
                "Read the one-page profile before a first visit", "Record every call in the notes",
                "Report safeguarding concerns the same day"});
    b.add_list("team:doughnut-sort/judgement",
               {"How to use spare minutes on a call", "Which activities to suggest",
                "How to respond when someone doesn't want support today", "When to call a family member"});
    b.add_list("team:doughnut-sort/not-ours",
               {"People's choices about their own lives", "Family disagreements",
                "Decisions for health professionals", "What people spend their own money on"});
    b.add_list("team:four-plus-one/tried",
               {"Shorter handovers with a one-page summary", "A group chat for rota swaps",
                "Learning logs after every new activity", "Monthly reflective practice sessions"});
    b.add_list("team:four-plus-one/learned", {"People open up more when the same staff visit",
                                              "Reading the one-page profile before a first visit saves time",
                                              "Short daily huddles work better than long meetings"});
    b.add_list("team:four-plus-one/pleased",
               {"Most people now have a one-page profile", "Our sickness rate has halved",
                "Families say they feel listened to in reviews"});
    b.add_list("team:four-plus-one/concerned",
               {"Sickness cover in winter", "Travel time across the rural patch",
                "Keeping learning logs up to date in busy weeks"});
    b.add_list("team:four-plus-one/next", {"Pair new starters with a buddy for their first month",
                                           "Hold reviews in people's homes, not the office",
                                           "Share one good learning-log story at each team meeting"});
    b.add_list("team:working-not-working/rows/working@person",
               {"People like knowing who is coming", "The one-page profiles are read by everyone who visits",
                "People say staff listen to them"});
    b.add_list("team:working-not-working/rows/not-working@person",
               {"Late calls at weekends", "Too many new faces over the holidays"});
    b.add_list("team:working-not-working/rows/working@family",
               {"Families like the monthly update call", "Families can reach the key worker directly"});
    b.add_list("team:working-not-working/rows/not-working@family",
               {"The office is hard to reach after five", "Families hear about changes too late"});
    b.add_list("team:working-not-working/rows/working@staff",
               {"The Friday huddle", "Buddying new starters", "Regular supervision"});
    b.add_list("team:working-not-working/rows/not-working@staff",
               {"Rota changes at short notice", "Not enough time for handovers", "Mileage rates"});

    b.add_fragments("team-generic", {"Agreed at the team meeting", "Raised by {staff} at the huddle",
                                     "Something the team wants to keep doing in {area}"});
}

}  // namespace pcr::model
