"""The phrase bank behind the fictional demo notes in :mod:`counsel_desk.demo.notes`:
how a note frames what the client brought (openers, presentation, interventions, the
relationship, assessment, risk, plans, first sessions, reviews and endings, lateness, the
medium, seasons). What clients bring, theme by theme, is in
:mod:`counsel_desk.demo.themes`.

Pure data, all of it written for this project: no real person's words, no measure's wording.

Sentences are written for a singular client ("she was", "he wants"); for a client written
about as "they", ``wording`` puts the verb right after it ("they were", "they want").
Placeholders, filled in per sentence by ``note_writer``:

- ``{S}`` the client as the subject at the start of a sentence ("She", "He", "They" or
  "The client"), ``{s}`` she/he/they elsewhere;
- ``{o}`` her/him/them, ``{p}`` her/his/their, ``{P}`` Her/His/Their,
  ``{r}`` herself/himself/themselves;
- ``{person}`` the client's recurring other person ("her sister"), ``{sit}`` the client's
  situation for the theme in hand, ``{goal}`` what they hope for (follows "to"),
  ``{topic}`` a short topic of one of their themes, ``{about}`` what the theme is, as in
  "working with grief";
- in a few pools only: ``{day}``, ``{time}`` and ``{medium}`` of the session, ``{late}``,
  ``{left}``, ``{reason}`` and ``{early}`` for lateness and ending early.

Seasonal words (Christmas, Easter, summer, winter, ...) appear only in ``SEASONAL``, and the
benchmark's rare search words only in ``CANAL`` and ``PHOTOGRAPH``, both in
:mod:`counsel_desk.demo.occasions` with the first-session, review, ending and
lateness phrases.
"""

from __future__ import annotations

# --- Building blocks for theme sentences ---------------------------------------------------

# Openers that are about speaking take a tail saying how; the rest only one saying what.
SPOKEN_OPENERS = (
    "{S} spoke about",
    "{S} talked about",
    "{S} returned to",
    "{S} came back to",
    "{S} went back over",
    "{S} began by talking about",
    "Early on, {s} talked about",
    "Later {s} spoke about",
)
TOPIC_OPENERS = (
    "{S} wanted to think about",
    "{S} chose to talk about",
    "{S} opened with",
    "{S} mentioned",
    "{S} spent some time on",
    "{S} talked more freely than usual about",
    "Much of the session was about",
    "We spent much of the hour on",
    "A good part of the session went on",
    "Early on, {s} raised",
    "Later {s} moved on to",
    "We also touched on",
    "The main thread today was",
)
MANNER_TAILS = (
    ", haltingly at first",
    ", with more feeling than usual",
    ", in some detail",
    ", more openly than before",
    ", quietly and without much eye contact",
)
TOPIC_TAILS = (
    "",
    "",
    "",
    "",
    ", which had been on {p} mind all week",
    ", and how tiring it has become",
    ", and what it stirs up",
    ", linking it with things said in earlier sessions",
    ", which {s} said {s} had not planned to bring",
    ", and what {s} had noticed since last time",
    ", and how it had played out over the week",
)
GENERIC_MOMENTS = (
    "{S} was quiet for a while after that, and I did not rush to fill the silence.",
    "There was a shift in the room when {s} stopped explaining and simply said how it felt.",
    "{S} said that putting it into words had made it feel smaller.",
    "{S} noticed {s} was holding {p} breath, and we slowed down.",
    "It seemed important to {o} that I did not try to make it better.",
    "{S} said it was the first time {s} had joined these things up.",
    "I reflected the tiredness I was hearing, and {s} agreed with some feeling.",
    "{S} was surprised by how much feeling came up, and let it come.",
)

# --- Presentation (Data, Behaviour, Objective) ----------------------------------------------

MOODS = (
    "quieter than usual",
    "brighter than last week",
    "tearful",
    "tired and rather flat",
    "restless",
    "composed",
    "warm and talkative",
    "guarded",
    "more animated than usual",
    "low in mood",
    "calm and thoughtful",
    "tense",
    "subdued",
    "cheerful on the surface",
)
MOOD_WHEN = ("on arrival", "at the start", "when we began", "today", "for most of the session")
ENGAGEMENT = (
    "Engaged well throughout.",
    "Speech was steady and {s} made good eye contact.",
    "{S} took a while to settle, then spoke freely.",
    "There were some long pauses, which {s} seemed to need.",
    "Appearance as usual; {s} sat forward and engaged readily.",
    "{S} kept {p} coat on for the first part of the session.",
    "Affect matched what {s} described.",
    "{S} spoke quickly and jumped between subjects at first.",
    "Well presented, alert and engaged.",
    "{S} smiled more than in recent weeks.",
    "Some tearfulness, which eased as the session went on.",
    "{S} was able to reflect on what {s} said as well as report it.",
)

# --- What I offered, and how it was received ------------------------------------------------

INTERVENTIONS = (
    "I mostly listened and reflected back what I heard",
    "I offered a summary of the themes of the last few weeks",
    "I invited {o} to slow down and notice what {s} felt in {p} body",
    "I gently named a pattern I had noticed",
    "We drew a simple timeline of the week",
    "I asked what {s} would say to a friend in the same place",
    "I reflected the feeling underneath the words",
    "I offered some information about how stress affects sleep and concentration",
    "We used a short grounding exercise",
    "I stayed with the silence rather than moving things on",
    "We looked together at the options {s} has been weighing up",
    "I wondered aloud about a link with {p} early experience",
    "I checked how the pace felt for {o}",
    "We practised the words {s} might use",
    "I used open questions to help {o} stay with the difficult part",
    "I offered a gentle challenge about how harshly {s} judges {r}",
)
INTERVENTION_AIMS = (
    "",
    "",
    "",
    ", keeping to {p} pace",
    ", following {p} lead",
    ", as we had agreed last time",
    ", and checked how that was for {o}",
)
RESPONSES = (
    "{S} said it helped to hear it put that way.",
    "{S} was sceptical at first and then thoughtful.",
    "{S} took this in slowly and said {s} wanted to think about it.",
    "{S} disagreed with part of what I offered, which felt like a good sign.",
    "{S} seemed relieved, and {p} shoulders dropped.",
    "{S} said {s} would try some of this at home.",
    "{S} became tearful, then said it was a good kind of tearful.",
    "{S} brushed it aside at first but came back to it later.",
    "{S} said nobody had asked {o} that before.",
    "{S} engaged well and added detail of {p} own.",
    "{S} laughed and said I was probably right, then went quiet.",
    "{S} said it made the week look less chaotic than it had felt.",
    "{S} was able to stay with it for longer than in earlier sessions.",
    "{S} said it felt uncomfortable but true.",
)

# --- The relationship -----------------------------------------------------------------------

RELATIONSHIP_FELT = (
    "The connection felt steady today.",
    "{S} was more guarded today and checked my reaction several times.",
    "Warm and collaborative; {s} led the pace throughout.",
    "I felt we were working well together.",
    "There was more ease between us than in earlier sessions.",
    "A comfortable session; {s} joked a little at the start.",
    "I noticed I was working harder than {o} today.",
    "{S} seemed to want more direction from me than usual.",
    "The relationship feels trusting enough now for {o} to disagree with me.",
    "It felt a little distant between us at first, then warmer.",
    "I felt close to {o} in the second half of the session.",
)
RELATIONSHIP_SAID = (
    "{S} said the sessions are a place to think.",
    "{S} said {s} had felt unheard last week; we talked about it openly and it seemed to help.",
    "{S} thanked me at the end in a way that felt less automatic than usual.",
    "{S} said {s} was not sure the work was helping; I welcomed {o} saying so and we agreed "
    "to look at it.",
    "{S} apologised for crying; I said there was no need, and {s} seemed to take that in.",
    "{S} spoke about the work as something we are doing together.",
    "{S} said {s} looks forward to coming, which {s} had not expected.",
    "{S} asked whether I get tired of hearing the same things; I said I did not.",
    "{S} commented that it was easier to talk this week.",
    "",
    "",
)

# --- Assessment -----------------------------------------------------------------------------

ASSESSMENTS = (
    "Progress towards {p} hope to {goal} is slow but real.",
    "Overall this felt like a consolidating session rather than a new step.",
    "{P} mood seems a little lighter than a month ago.",
    "Things feel stuck at the moment, which may itself be worth naming next time.",
    "I think {s} is using the sessions well.",
    "Today's themes connect closely with what {s} brought at the start of the work.",
    "{P} capacity to reflect seems to be growing.",
    "No significant change since last session; the work continues.",
    "This was a harder week and {s} is understandably more fragile.",
    "{S} seemed more able to hold two feelings at once than in earlier sessions.",
    "The work is moving, if slowly, in the direction {s} wants.",
    "I sense we are nearer the heart of things than we were.",
)

FIRST_ASSESSMENTS = (
    "Initial impression: much of the distress seems to centre on {sit}.",
    "Early days; {sit} looks like the place to start.",
    "Too soon to say much, but {s} seemed able to reflect and to use the space.",
    "My first sense is of someone carrying a great deal on {p} own.",
    "{S} seems motivated, and clear about what {s} wants from counselling.",
    "Open-ended weekly work seems suitable; nothing suggests a referral elsewhere.",
)

# --- Risk -----------------------------------------------------------------------------------

RISK_NONE = (
    "No risk indicated.",
    "Risk: none raised.",
    "No risk concerns today.",
    "Nothing raised about risk; no change from the last review.",
    "I asked briefly about safety and {s} said {s} felt safe.",
    "No risk issues identified.",
    "No thoughts of harm to self or others mentioned.",
    "Risk remains low; nothing new today.",
    "No safeguarding or risk concerns arose.",
    "Safety was not a concern this week.",
    "Risk: no change, remains low.",
    "No concerns about {p} safety or anyone else's.",
    "Risk not raised and no indicators noticed.",
    "I checked in about safety at the end; {s} said {s} was fine.",
    "Nothing to suggest risk to {r} or others.",
    "No risk issues; {s} has {person} to call on if needed.",
    "Risk: low, as before.",
    "No safeguarding concerns.",
)
RISK_RAISED = (
    "{S} told me that on two evenings this week {s} had thought {p} family would be better "
    "off without {o}.",
    "{S} said {s} had been having passing thoughts of not wanting to wake up.",
    "{S} disclosed that {s} had self-harmed once last week, superficially, for the first time "
    "in several years.",
    "{S} said {s} had been drinking more to get through the evenings and had felt hopeless on "
    "several nights.",
    "{S} described feeling that there was no point to anything, and said {s} had thought about "
    "ending {p} life.",
    "{S} mentioned, almost in passing, that {s} had wondered what it would be like not to be here.",
)
RISK_ASSESSED = (
    "I asked directly about plans, intent and means; {s} described no plan and no intent, and "
    "named {person} as a reason to stay safe.",
    "We talked this through slowly; {s} said the thoughts pass within an hour and that {s} "
    "has no plan to act on them.",
    "I asked about any plan or preparation and {s} said there was none; {s} was able to name "
    "what has kept {o} safe before.",
    "We explored what was different on those evenings; {s} linked it with being alone and "
    "exhausted, and said {s} felt safe today.",
)
RISK_AGREED = (
    "We went through {p} safety plan together and updated it, including who {s} can call and "
    "what helps in the first hour.",
    "I gave {o} the Samaritans number (116 123) and reminded {o} about NHS 111 and 999 in an "
    "emergency; {s} saved them in {p} phone.",
    "{S} agreed to book an appointment with {p} GP this week and to let me know when it is booked.",
    "With {p} consent I will write to {p} GP; we agreed together what the letter will say.",
    "We agreed I would check in about this at the start of next session, and {s} knows how to "
    "reach crisis support before then.",
    "{S} agreed to tell {person} how things have been, and has the crisis numbers to hand.",
)
RISK_SUPERVISION = (
    "I will take this to supervision this week.",
    "I have noted this for supervision.",
    "",
)

# --- Next time ------------------------------------------------------------------------------

PLAN_NEXT = (
    "Next session as usual.",
    "Same time next week.",
    "We meet again next week at the usual time.",
    "Next appointment confirmed for the same day next week.",
    "Next session in a week.",
    "Booked in for next week as usual.",
    "Next session {day} at {time}.",
    "Next: {day}, {time}, as usual.",
    "We meet again on {day} at {time}.",
    "Next appointment {day} {time}; {s} has it in {p} diary.",
    "Same time on {day}.",
    "Next session {day} at {time}, {medium}.",
    "We agreed to keep {day} at {time} for the next session.",
    "",
    "",
)
PLAN_FOCUS = (
    "{S} wants to return to {topic} next time.",
    "We agreed to pick up {topic} next week.",
    "{S} may want to come back to {topic}; I will leave it to {o}.",
    "{S} is going to keep a few notes about {topic} this week, if it helps.",
    "{S} wants to try one small step before we meet, and will tell me how it went.",
    "No tasks agreed; {s} preferred to see how the week goes.",
    "{S} will think about whether to write things down between sessions.",
    "We agreed to keep an eye on sleep and mood over the coming week.",
    "I will bring a summary of the main themes so far, as {s} asked.",
    "{S} said {s} would like to spend more time on {topic}.",
    "We agreed to check how the week went before going further with {topic}.",
)

# --- Process reflections (first person) -----------------------------------------------------

PROCESS_EXPERIENCE = (
    "I noticed I wanted to reassure {o} and held back, staying with the silence instead.",
    "I felt heavy and tired for much of the hour, which is unusual for me with {o}.",
    "I was more anxious than usual at the start, and I think {s} picked it up.",
    "I felt moved when {s} spoke about {topic}, and let that show a little.",
    "I found my attention drifting in the middle of the session.",
    "I felt warmth towards {o} today, and some protectiveness.",
    "I noticed a flash of irritation and want to understand where it came from.",
    "I caught myself planning my next question rather than listening.",
    "I felt calm and present for most of the session.",
    "For a moment I felt out of my depth, and noticed the urge to fill the space with advice.",
    "I was aware of my own history being stirred.",
    "I felt a pull to rescue, which I recognise from my own family.",
    "I felt hopeful after this session, more than I have for a while.",
)
PROCESS_PATTERNS = (
    "There seems to be a pattern of {o} bringing the most important thing in the last five "
    "minutes.",
    "I think I am being invited into the role of the one who knows best, and I want to resist it.",
    "{S} checks my reaction after saying anything difficult, as {s} has from the start.",
    "The session followed the shape of recent weeks: lighter at first, then a turn towards "
    "{topic}.",
    "I notice we both avoid {topic} until late in the session.",
    "When {s} talks about {person}, I feel drawn to take sides.",
    "There is more trust between us than a month ago, and more disagreement, which feels healthy.",
    "The slowness of the work seems to mirror how {s} approaches everything: carefully, and "
    "with some fear.",
    "Something of {p} relationship with {person} may be being replayed between us.",
    "{S} seems to look after me in the sessions, as {s} looks after everyone.",
)
PROCESS_WONDERING = (
    "I wonder whether the humour is a way of keeping me at a distance.",
    "I am not sure whether to name the pattern yet or let {o} find it.",
    "I wonder what {s} is not yet able to tell me.",
    "I am wondering whether we have drifted from what {s} came for.",
    "I wonder whether {s} feels safer with me than with anyone else, and what that means for "
    "the ending.",
    "I am unsure whether the improvement is real or a way of pleasing me.",
    "I wonder what {s} has not yet said about {topic}.",
    "I am holding lightly a hunch that {topic} matters more than {s} lets on.",
    "I wonder whether a shorter gap between sessions would help at the moment.",
    "I am curious about what happens for {o} in the days after a difficult session.",
)
PROCESS_DEVELOPMENT = (
    "To supervision: the pull to rescue.",
    "I want to read more about working with {about} before we go further.",
    "Worth bringing to my own therapy: how much this stirs up about my own family.",
    "I will take the question of pace to supervision next week.",
    "I want to notice my breathing when I feel anxious in sessions.",
    "Nothing specific; I want to keep listening as carefully as I did today.",
    "I will look again at my notes on endings before we begin to plan this one.",
    "To supervision: am I staying within my competence here?",
    "I want to practise staying with silence rather than filling it.",
    "I need to make sure I am getting enough rest in a week with this many sessions.",
    "A reminder to myself to check my assumptions about {o} before the next session.",
)

# --- Supervision questions and corrections --------------------------------------------------

SUPERVISION_QUESTIONS = (
    "Am I holding the pace the client wants, or my own?",
    "How do I respond to the request for contact between sessions?",
    "What is the pull to rescue telling me here?",
    "Is it time to talk with the client about an ending?",
    "Am I avoiding the anger in the room because it makes me uncomfortable?",
    "How do I keep risk in mind without it taking over the sessions?",
    "Should I suggest a GP referral, or would that feel to the client like being passed on?",
    "Why do I feel so tired after these sessions?",
    "Am I colluding with the avoidance by letting the client change the subject?",
    "How much should I share when the client asks about my own experience?",
    "Is this work still within my competence, or is it time to think about specialist support?",
    "What do I do with my irritation at the repeated lateness?",
    "Am I too keen for the client to feel better?",
    "How do I hold the end time without seeming cold?",
    "Is the slow pace right for this client, or am I being overcautious?",
    "Why do I find myself feeling protective of the client's family rather than the client?",
    "How should I respond to the small gift the client brought?",
    "How do I raise the missed sessions without it sounding like a telling-off?",
    "Would a shorter contract serve this client better?",
    "Am I taking sides in the family story?",
    "How do I work with the grief this client stirs up in me?",
    "What am I not hearing in these sessions?",
    "Have I got the balance right between support and challenge?",
    "Is the fee arrangement affecting the work?",
    "The client has asked to move to fortnightly sessions; what might that be about?",
    "How do I bring the relationship between us into the room without it feeling exposing?",
)
AMENDMENTS = (
    "Correction: the next session is on Thursday, not Tuesday — I had the days the wrong way "
    "round.",
    "Correction: it was {p} brother, not {p} sister, who phoned — I wrote sister by mistake.",
    "Correction: the GP appointment is next week, not this week as I had written.",
    "Correction: the session was online, not by phone; I picked the wrong word.",
    "Correction: {s} has been in the job for two years, not two months — a typing error.",
    "Correction: the letter was to the landlord, not the employer; I misheard at the time.",
    "Added after finalising: {s} asked me not to contact {o} by text message.",
    "Correction: the referral came through {p} employer, not the GP — checked with {o} "
    "the following week.",
    "Correction: the appointment change was agreed by email, not by phone.",
    "Correction: {p} holiday is from the 12th to the 19th, not the 19th to the 26th — I had "
    "copied the dates wrongly.",
    "Correction: {p} mother lives in a care home, not with {p} sister; I had mixed up two details.",
    "Clarification: 'the move' means the house move, not a change of job; I had not made that "
    "clear.",
    "Correction: the medication was started by the GP, not the psychiatrist; {s} corrected me "
    "the next week.",
    "Correction: the exam is in three weeks, not three days — I wrote it down wrongly.",
    "Correction: we agreed to review at session ten, not session eight.",
    "Correction: the time agreed for next week is 5pm, not 3pm; I had noted the old time.",
)

# --- Titles ---------------------------------------------------------------------------------

FIRST_TITLES = ("First session", "First session — contracting", "Initial session", "First meeting")
ENDING_TITLES = ("Ending session", "Final session", "Ending — session {n}", "Last session")
REVIEW_TITLES = ("Review — session {n}", "Session {n} (review)", "Review session")
PROCESS_TITLES = (
    "Process reflection",
    "Process note — session {n}",
    "Reflection on session {n}",
    "My reflections: session {n}",
    "Process notes",
)
