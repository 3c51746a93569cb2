"""Phrases for particular sessions and circumstances in the demo notes: the first session
(contracting, what brought the client, history, hopes), reviews and endings, arriving late,
ending early and the medium, the seasons, and the benchmark's rare search words. The
everyday framing of a note is in :mod:`counsel_desk.demo.phrases`, whose placeholders
these use too. Pure data, all of it written for this project.
"""

from __future__ import annotations

# --- First session --------------------------------------------------------------------------

CONTRACT_OPENERS = (
    "First session. We began with the working agreement:",
    "As this was our first meeting, we started with contracting:",
    "We spent the first part of the session on the agreement:",
    "First meeting; I explained how I work and we went through the contract:",
)
CONTRACT_ITEMS = (
    "session length and frequency",
    "fees and the cancellation terms",
    "how I keep notes",
    "my use of supervision",
    "contact between sessions",
    "how either of us can end the work",
)
CONTRACT_CONFIDENTIALITY = (
    "confidentiality and its limits, including serious risk of harm and safeguarding",
    "the limits of confidentiality and when I might need to share information",
    "confidentiality, and the few situations in which I would have to break it",
)
CONTRACT_QUESTIONS = (
    "{S} asked who else would see the notes, and I explained.",
    "{S} signed the agreement and took a copy home.",
    "{S} asked a few questions about confidentiality, which I was glad of.",
    "{S} said {s} would read the agreement again at home.",
    "",
)
REFERRALS = (
    "{S} came on the suggestion of {p} GP.",
    "{S} found me through an online directory.",
    "A friend had recommended counselling to {o}.",
    "{S} is self-funding and had been thinking about counselling for a long time.",
    "{P} employer's assistance programme is funding the first six sessions.",
    "{S} had counselling once before, some years ago, and said it helped.",
)
FIRST_BROUGHT = (
    "{S} described what brought {o} now: {sit}, which {s} said had been building for some time.",
    "What brought {o} to counselling now is {sit}.",
    "{S} spoke first about {sit}, and said {s} had not told many people.",
    "The main reason for coming is {sit}, though {s} said there was more {s} might bring later.",
)
FIRST_ALSO = (
    "{S} also mentioned {sit}.",
    "Later {s} added {sit}, almost in passing.",
    "{S} said {sit} is part of the picture too.",
)
FIRST_HOPES = (
    "{P} hope for the work is to {goal}.",
    "{S} said {s} would like to {goal}.",
    "Asked what {s} hoped for, {s} said {s} wanted to {goal}.",
    "By the end of our work {s} would like to {goal}.",
)
FIRST_HISTORY = (
    "I took a brief history: family, health, any previous counselling and current support.",
    "{S} named {person} as someone {s} can talk to.",
    "{S} has not had counselling before and said {s} was nervous about coming.",
    "We touched on {p} background and who is around {o} at the moment.",
)
FIRST_RELATIONSHIP = (
    "Early days; {s} seemed cautious but willing.",
    "{S} said it was easier to talk than {s} had expected.",
    "{S} asked a few questions about how I work, which I welcomed.",
    "I was aware of how much it had taken to come, and said so.",
    "{S} was polite and a little formal, which seems natural in a first meeting.",
)
FIRST_RISK = (
    "Risk assessed as part of the first session; nothing indicated.",
    "I asked about risk, as I do with everyone starting; {s} said there were no thoughts of "
    "harming {r} or anyone else.",
    "Initial risk screen: no concerns.",
    "No risk indicated at assessment.",
)
FIRST_PLAN = (
    "We agreed to meet weekly and review after six sessions.",
    "{S} wants to go ahead; next session booked for the same time next week.",
    "We agreed an initial eight sessions, with a review at the sixth.",
    "{S} will let me know by the weekend whether {s} wants to continue; a time is held for {o}.",
)

# --- Reviews and endings --------------------------------------------------------------------

REVIEW = (
    "This was a review session: we looked back over recent weeks and at whether the focus "
    "still fits.",
    "We took time to review the work so far, as planned.",
    "At review {s} said the sessions were helping, particularly with {topic}.",
    "We reviewed the hopes {s} set at the start; the wish to {goal} still fits.",
    "Planned review: {s} wants to carry on weekly for now.",
)
REVIEW_PLAN = (
    "Next review in six sessions.",
    "We will review again in about six weeks.",
    "Continue as we are and review again after six more sessions.",
)
ENDING_OPEN = (
    "Ending session. We looked back over the work together, from the first session to now.",
    "This was our planned ending, and we used most of it to look back.",
    "Our final session; we gave it to the ending and to what has changed.",
    "We had planned this ending for a few weeks, and {s} arrived saying {s} felt ready.",
    "The last of our sessions; {s} wanted to mark the ending properly.",
)
ENDING_CHANGED = (
    "{S} said {s} felt more able to {goal} than when we started.",
    "Looking back at the start of the work, {s} was struck by how much of {sit} {s} had been "
    "carrying alone.",
    "{S} named {topic} as the part of the work that mattered most.",
    "{S} said the biggest change is that {s} does not feel so alone with {sit} any more.",
    "{S} noticed that {s} can now talk about {sit} without bracing {r}.",
)
ENDING_TAKE = (
    "{S} said {s} would take with {o} a kinder way of speaking to {r}.",
    "What {s} wants to keep is the habit of noticing feelings before they build.",
    "{S} said {s} would hold on to the idea that feelings pass.",
    "{S} will keep using the grounding exercise we practised.",
    "{S} said the main thing {s} takes away is knowing {s} can ask for help.",
    "{S} wants to keep the permission to rest that {s} found here.",
)
ENDING_RELATIONSHIP = (
    "We acknowledged the ending openly; {s} said it felt strange to say goodbye, and I said I "
    "felt that too.",
    "{S} thanked me, and I said how much I had valued working with {o}.",
    "There was sadness in the ending as well as pride.",
    "{S} said the ending felt right, and it felt right to me too.",
)
ENDING_PLAN = (
    "No further sessions booked; {s} knows {s} can get in touch in future.",
    "Ending agreed and the work closed today; records kept for the usual period.",
    "Work ends here. {S} has details of local support should things become difficult again.",
    "Closed today by agreement; {s} may write in a few months to let me know how things are.",
)
SINGLE_SESSION = (
    "As agreed at the outset, this was a single session; we gave the ending to a summary.",
    "{S} had asked for one session only; we talked about the ending and where to go from here.",
)

# --- Arriving late, ending early, and the medium --------------------------------------------

LATE_REASONS = {
    "in_person": (
        "the bus was held up",
        "a meeting ran over",
        "the traffic was bad",
        "{s} could not find anywhere to park",
        "the school pick-up took longer than planned",
    ),
    "online": (
        "{s} had trouble logging in",
        "the link would not open at first",
        "a meeting ran over",
    ),
    "phone": ("{s} missed my first call", "a meeting ran over", "{s} was on another call"),
}
LATE = (
    "{S} arrived {late} late because {reason}, so we had about {left} minutes.",
    "{S} was {late} late, as {reason}; we used the time that was left and finished at the usual "
    "time.",
    "Started {late} late: {reason}.",
    "{S} arrived {late} late and apologised; I said we would finish at the usual time.",
    "We lost {late} at the start because {reason}.",
)
EARLY = (
    "We ended {early} early.",
    "The session finished {early} before time.",
    "We stopped {early} early, by agreement.",
    "The session ended {early} short of the usual time.",
)
MEDIUM = {
    "online": (
        "We met online; the connection dropped twice and we lost a few minutes.",
        "{S} joined from {p} car in a car park, the only private place {s} could find.",
        "Online today; {s} was at {p} kitchen table with headphones on.",
        "The video froze a few times, so we turned cameras off for a while and carried on by "
        "audio.",
        "{S} said meeting online made it easier to talk today.",
    ),
    "phone": (
        "By phone today, as {s} was away from home.",
        "We spoke by phone; {s} took the call in {p} car, parked outside work.",
        "Phone session; the line was poor at the start but settled.",
        "{S} said it was easier to talk on the phone without being seen.",
    ),
}

# --- Seasons (the only place seasonal words appear) -----------------------------------------

SEASONAL: tuple[tuple[frozenset[int], str], ...] = (
    (frozenset({12}), "With Christmas coming, {s} talked about who {s} would spend it with."),
    (frozenset({12}), "{S} said the run-up to Christmas was already stirring up old feelings."),
    (frozenset({12}), "We talked about my Christmas break and what support {s} has meanwhile."),
    (frozenset({1}), "{S} described a tense Christmas and old roles returning within hours."),
    (frozenset({1}), "{S} said the new year had started flatly."),
    (frozenset({1, 2}), "{S} said the dark mornings were getting to {o}."),
    (frozenset({11, 12, 1, 2}), "{S} said winter always makes things harder."),
    (frozenset({3, 4}), "{S} talked about the Easter break and time with family."),
    (frozenset({3, 4, 5}), "{S} noticed that the lighter evenings were helping a little."),
    (frozenset({5, 6}), "{S} had sat out in the garden for the first time this year."),
    (frozenset({7, 8}), "With the summer holidays under way, {s} said the routine had gone."),
    (frozenset({7, 8}), "{S} mentioned the heat and not sleeping well because of it."),
    (frozenset({6, 7}), "We talked about the summer break and the dates I will be away."),
    (frozenset({9}), "{S} said September always feels like a new start."),
    (frozenset({9}), "The start of the school term had changed the shape of {p} week."),
    (frozenset({10, 11}), "{S} mentioned the clocks going back and how early it gets dark."),
    (frozenset({10, 11}), "{S} said the autumn had crept up on {o} this year."),
)

# --- The benchmark's rare search words (only here) ------------------------------------------

CANAL = (
    "{S} had taken to walking by the canal after work, and said it was the only time {p} head "
    "felt quiet.",
    "{S} mentioned sitting on a bench by the canal at lunchtime to get away from everything.",
    "{S} described cycling along the canal on the way in, and how it set up the day.",
    "A walk along the canal with {person} had turned into the first real conversation in months.",
    "{S} said {s} had stood by the canal for a while before coming in, gathering {r}.",
)
CANAL_PROCESS = (
    "I found myself picturing the canal {s} described and wondered whether I was drifting "
    "away from {o}.",
    "When {s} talked about the canal I felt calmer too, and noticed I wanted to stay there.",
)
PHOTOGRAPH = (
    "{S} brought a photograph of {p} grandmother and talked about what it was like to look at it.",
    "{S} had found an old photograph in a drawer and said it brought back a whole year of {p} "
    "childhood.",
    "{S} showed me a photograph on {p} phone from before everything changed.",
    "{S} described a school photograph and the child in it {s} can barely recognise.",
)
PHOTOGRAPH_PROCESS = (
    "I was moved when {s} showed me the photograph, and let that show a little.",
    "The photograph stayed with me after the session.",
)
