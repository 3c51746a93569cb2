"""What the clients of the demo practice bring: fifteen themes, each with its situations,
the people who come up, hopes for the work, topics, sentences, moments, the practitioner's
readings and short titles. Pure data, all of it written for this project: no real person's
words, no measure's wording. The placeholders are those described in
:mod:`counsel_desk.demo.phrases`; the theme keys double as note tags.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThemeBank:
    situations: tuple[str, ...]  # chosen once per client: what the theme is about for them
    people: tuple[str, ...]  # likely recurring others, as relation words
    goals: tuple[str, ...]  # hopes for the work, to follow "to"
    topics: tuple[str, ...]  # noun phrases, to follow an opener ("She spoke about ...")
    clauses: tuple[str, ...]  # whole sentences
    moments: tuple[str, ...]  # what seemed to matter most
    readings: tuple[str, ...]  # the practitioner's assessment
    titles: tuple[str, ...]  # short topics for titles and plans


THEMES: dict[str, ThemeBank] = {
    "grief": ThemeBank(
        situations=(
            "the death of {p} father",
            "the death of {p} mother",
            "losing {p} closest friend",
            "the death of {p} grandmother, who brought {o} up",
            "the loss of {p} brother",
            "the death of {p} partner",
            "the sudden death of a close colleague",
        ),
        people=("sister", "brother", "mother", "partner", "aunt", "best friend"),
        goals=(
            "find a way of carrying the loss that lets life go on",
            "grieve without feeling {s} is going under",
            "talk about the person who died without falling apart",
        ),
        topics=(
            "{sit} and how the grief still arrives without warning",
            "clearing out belongings and what to keep",
            "the first anniversary coming up and how to mark it",
            "feeling that other people expect {o} to have moved on",
            "the last conversation before the death and what was left unsaid",
            "guilt at laughing again",
            "visiting the grave for the first time in months",
            "how the family has scattered since the funeral",
            "what the loss has done to {p} sense of the future",
            "ordinary places that carry the loss, like the supermarket and the bus stop",
            "anger at the hospital and whether it is fair",
            "keeping an old voicemail and listening to it again",
        ),
        clauses=(
            "{S} described waves of grief that arrive without warning, often somewhere ordinary.",
            "{S} said the house still feels too quiet in the evenings.",
            "{S} wondered aloud whether it was wrong to feel relief as well as sadness.",
            "{S} talked about {sit} more directly than before, and stayed with it.",
            "{S} had kept the order of service in {p} bag all week and read it on the bus.",
            "{S} described dreaming about the person who died and waking with a sense of "
            "having been visited.",
            "{S} said people had stopped asking how {s} was, and that this was harder than "
            "the early weeks.",
            "{S} spoke about {person} and how differently the two of them grieve.",
            "{S} had started sorting through some clothes and stopped after one bag.",
        ),
        moments=(
            "{S} cried when talking about the last visit, and said it was the first time {s} "
            "had let {r} do that in front of anyone.",
            "What seemed to matter most was being allowed to say that {s} was still angry.",
            "{S} lingered on a small memory of cooking together and smiled for the first time "
            "in the session.",
            "{S} said, almost in passing, that the grief feels like the last link, and that "
            "{s} is afraid of letting it go.",
            "The shift came when {s} wondered whether {s} had to choose between remembering "
            "and getting on with life.",
            "Naming the guilt out loud seemed to loosen something.",
        ),
        readings=(
            "The grief seems to be moving from shock towards something more bearable, though "
            "it still comes in waves.",
            "{P} grief looks like a heavy but ordinary response to {sit}; I see no sign that "
            "it has become stuck.",
            "The loss has unsettled {p} sense of who {s} is without that person.",
            "Much of the distress seems to come from pressure, inside and out, to be over it "
            "by now.",
            "I think {s} is doing the work of grieving rather than holding it at arm's length.",
        ),
        titles=(
            "the anniversary",
            "clearing the house",
            "what was left unsaid",
            "the funeral",
            "visiting the grave",
        ),
    ),
    "work": ThemeBank(
        situations=(
            "a restructure at work",
            "a new manager who checks everything {s} does",
            "a promotion {s} was not sure {s} wanted",
            "long hours in a short-staffed team",
            "a grievance {s} raised at work",
            "returning to work after sick leave",
            "being made redundant",
            "running a small business on {p} own",
        ),
        people=("manager", "colleague", "partner", "business partner"),
        goals=(
            "feel less on edge at work",
            "decide whether to stay in the job",
            "leave work at work in the evenings",
        ),
        topics=(
            "{sit} and the tiredness it leaves",
            "deadlines that keep moving",
            "feeling invisible in meetings",
            "the thought of asking for reduced hours",
            "Sunday evenings and the dread before the week begins",
            "an email from work that {s} read over and over",
            "checking work emails late at night",
            "what {s} would do if money were not an issue",
            "a difficult appraisal and what was said in it",
            "being the one colleagues bring their problems to",
            "the idea of leaving and what stops {o}",
        ),
        clauses=(
            "{S} described the pressure at work as constant, with no point in the week where "
            "it lets up.",
            "{S} said {s} had started rehearsing what to say before every meeting.",
            "{S} talked about a colleague taking credit for {p} work and not knowing how to "
            "raise it.",
            "{S} had stayed late four nights out of five and said that was just how things are.",
            "{S} noticed {s} had not taken a proper lunch break in weeks.",
            "{S} spoke about {sit} and how much of {p} evenings it now takes up.",
            "{S} said {s} had finally told {p} manager how stretched {s} felt, and it had gone "
            "better than feared.",
            "{S} wondered whether the problem was the job or the way {s} has learned to work.",
            "{S} described a meeting where {s} had said what {s} thought, and the surprise of "
            "being listened to.",
        ),
        moments=(
            "{S} went quiet after saying that {s} could not remember the last time work felt "
            "satisfying.",
            "What mattered most seemed to be noticing how often {s} apologises for things that "
            "are not {p} fault.",
            "{S} named a fear of letting people down, and linked it to being the reliable one "
            "as a child.",
            "{S} laughed at how much {s} had taken on, then said it was not really funny.",
            "Something eased when {s} allowed that {s} might be allowed to say no.",
            "{S} spoke with real feeling about wanting {p} evenings back.",
        ),
        readings=(
            "Stress at work seems to be the main driver of {p} low mood at present.",
            "The pattern of over-responsibility at work looks longstanding rather than new.",
            "I think {s} is beginning to see the limits of what one person can carry.",
            "{P} stress at work seems closely tied to a fear of disapproval.",
            "The demands at work are real; so is {p} difficulty in saying no.",
        ),
        titles=(
            "the appraisal",
            "saying no at work",
            "Sunday evenings",
            "the email from work",
            "reduced hours",
        ),
    ),
    "anxiety": ThemeBank(
        situations=(
            "panic on public transport",
            "constant worry about {p} health",
            "anxiety in social situations",
            "a fear of driving since a minor accident",
            "panic attacks that started at work",
            "a habit of expecting the worst",
        ),
        people=("partner", "mother", "best friend", "flatmate"),
        goals=(
            "feel less ruled by worry",
            "travel on {p} own again",
            "understand the panic and be less frightened of it",
        ),
        topics=(
            "a racing heart on the train and the urge to get off early",
            "lying awake rehearsing conversations that might go wrong",
            "checking {p} phone for bad news",
            "a fear of being judged that goes back to school",
            "avoiding the supermarket at busy times",
            "{sit} and what it costs {o} day to day",
            "the worry that something is physically wrong",
            "what happens in {p} body just before the panic",
            "an invitation {s} wanted to turn down",
            "how much of the day goes on planning for the worst",
        ),
        clauses=(
            "{S} described a panic attack in a queue and how long it took to feel normal again.",
            "{S} had managed a short bus journey alone and was quietly pleased.",
            "{S} said the anxiety had been there on waking most days this week.",
            "{S} talked about {sit}, and noticed {s} was speeding up as {s} spoke.",
            "{S} described texting {person} several times to check all was well, then feeling "
            "embarrassed.",
            "{S} said the breathing {s} had practised helped once and not at all the second time.",
            "{S} noticed the worry eased when {p} hands were busy.",
            "{S} talked about cancelling plans at the last minute, the relief and then the shame.",
        ),
        moments=(
            "{S} slowed down noticeably when I reflected how frightened {s} sounded.",
            "The moment that stood out was {p} saying that the worry feels like a way of keeping "
            "everyone safe.",
            "{S} was surprised to notice that the anxiety had passed by itself while we talked.",
            "Naming the fear of being judged, rather than the panic itself, seemed to matter.",
            "{S} said it was a relief to describe the panic without being told to calm down.",
            "{S} sat with the discomfort for a few minutes rather than changing the subject.",
        ),
        readings=(
            "The anxiety looks maintained partly by avoidance; each avoided situation grows a "
            "little.",
            "I think {s} is starting to separate the physical sensations from the "
            "catastrophic meaning given to them.",
            "Anxiety remains high, but {s} is less frightened of it than at the start.",
            "The worry seems to do a job for {o}, giving a sense of control when things feel "
            "uncertain.",
            "Steady progress: the panic is less frequent and {s} recovers more quickly.",
        ),
        titles=("the train", "panic in the queue", "checking the phone", "the invitation"),
    ),
    "relationships": ThemeBank(
        situations=(
            "arguments with {p} partner",
            "the end of a long relationship",
            "a new relationship that feels too good to trust",
            "a marriage that has gone quiet",
            "{p} partner's drinking",
            "deciding whether to move in together",
            "an affair that came to light",
        ),
        people=("partner", "husband", "wife", "ex-partner", "best friend"),
        goals=(
            "say what {s} needs in {p} relationships",
            "decide what {s} wants from the relationship",
            "stop being the one who always keeps the peace",
        ),
        topics=(
            "arguments over small household things",
            "what it means to say no to people who rely on {o}",
            "the worry that {s} keeps choosing people who need looking after",
            "{sit} and what {s} wants now",
            "a row at the weekend and who apologised first",
            "how hard it is to ask for what {s} needs",
            "trust, and what it would take to rebuild it",
            "a friendship that has become one-sided",
            "jealousy {s} feels ashamed of",
            "the difference between keeping the peace and being close",
        ),
        clauses=(
            "{S} described a row that started over the washing up and ended with neither of "
            "them speaking for two days.",
            "{S} said {s} had said something true for once, rather than what {s} thought the "
            "other person wanted to hear.",
            "{S} talked about {sit} and how lonely it has been within it.",
            "{S} noticed that {s} goes quiet rather than say {s} is hurt.",
            "{S} spoke about {person} and the way every conversation seems to turn into advice.",
            "{S} wondered whether {s} had been trying to fix the relationship single-handed.",
            "{S} described a good evening together and almost did not mention it.",
            "{S} said {s} was tired of being the one who always makes the peace.",
        ),
        moments=(
            "{S} said quietly that {s} did not know what {s} wanted any more, and then that "
            "perhaps {s} did.",
            "Something shifted when {s} heard {r} say that {s} deserved to be treated with care.",
            "What mattered most was admitting how angry {s} had been, and finding the anger was "
            "allowed here.",
            "{S} became tearful describing the early days of the relationship.",
            "{S} paused for a long time before saying {s} was afraid of being on {p} own.",
            "{S} laughed, surprised, at how much {s} had been doing for everyone else.",
        ),
        readings=(
            "A pattern of putting others' needs first runs through most of {p} relationships.",
            "I think {s} is more able to stay with conflict than at the start.",
            "The difficulties look mutual rather than all of {p} making, though {s} tends to "
            "take the blame.",
            "{P} fear of being left seems to drive much of the appeasing.",
            "Communication is the main difficulty; there is still warmth there.",
        ),
        titles=("the row", "saying no", "trust", "moving in together", "keeping the peace"),
    ),
    "family": ThemeBank(
        situations=(
            "caring for {p} mother, who has dementia",
            "an estranged brother",
            "{p} parents' divorce late in life",
            "old roles that return whenever the family gets together",
            "a family business {s} is expected to take on",
            "looking after {p} father since his stroke",
            "a sister who relies on {o} for everything",
        ),
        people=("sister", "brother", "mother", "father", "stepfather", "cousin"),
        goals=(
            "set limits with {p} family without the guilt",
            "find a way to be with {p} family that does not cost so much",
            "look after {r} as well as everyone else",
        ),
        topics=(
            "caring for an ageing parent and the guilt of needing a break",
            "old roles returning within hours of being with the family",
            "the hope and fear of contacting an estranged relative",
            "a phone call with {person} that went the way they always go",
            "{sit} and the guilt that comes with it",
            "being the one the family relies on",
            "what was never talked about at home",
            "a family gathering {s} is dreading",
            "{p} parents getting older and the conversations no one wants to have",
            "a message from {person} that {s} has not answered",
        ),
        clauses=(
            "{S} described a family meal where within an hour {s} felt fourteen again.",
            "{S} talked about {sit} and how little room it leaves for {p} own life.",
            "{S} said {s} had set a limit with {person} for the first time and held it.",
            "{S} spoke about growing up as the one who kept the peace at home.",
            "{S} had written a letter to {p} brother and read it aloud, though {s} did not want "
            "to send it yet.",
            "{S} described feeling responsible for everyone's moods at home, then and now.",
            "{S} said the family rarely talk about feelings, and that this session felt strange "
            "for that reason.",
            "{S} wondered whether {s} was allowed to be angry with a parent who is unwell.",
        ),
        moments=(
            "{S} said {s} had never said out loud how lonely {s} had been as a child, and then "
            "sat quietly.",
            "Reading the letter aloud seemed to matter more than whether it will be sent.",
            "{S} noticed how {p} voice changed when talking about {p} mother.",
            "What mattered most was being allowed to love {p} family and be angry with them at "
            "once.",
            "{S} was moved to find {s} felt some compassion for {p} father, and unsettled by it.",
            "The relief when {s} named the guilt was visible.",
        ),
        readings=(
            "Family roles learned early seem to be playing out again in {p} caring role now.",
            "{P} sense of responsibility for others looks deeply rooted in family history.",
            "The caring load is heavy and real; {s} may need practical support as well as this "
            "space.",
            "There is grief here too, for the family {s} wishes {s} had had.",
        ),
        titles=(
            "the letter to {p} brother",
            "the family meal",
            "caring and guilt",
            "setting a limit",
        ),
    ),
    "self-worth": ThemeBank(
        situations=(
            "a harsh inner critic",
            "a long habit of comparing {r} with others",
            "feeling like a fraud despite doing well",
            "years of being put down in a previous relationship",
            "shame about {p} body",
        ),
        people=("partner", "mother", "best friend", "sister"),
        goals=(
            "be kinder to {r}",
            "believe {s} is good enough without proving it",
            "notice the inner critic without obeying it",
        ),
        topics=(
            "a harsh inner voice that comments on everything {s} does",
            "comparing {r} with other people online",
            "where the belief of not being good enough first took hold",
            "accepting a compliment without arguing with it",
            "{sit} and how it shapes ordinary choices",
            "a small achievement {s} nearly dismissed",
            "feeling like a fraud at work and at home",
            "what {s} would say to a friend in the same position",
            "perfectionism and the fear of getting things wrong",
            "the garden {s} has made and the pride {s} finds hard to own",
        ),
        clauses=(
            "{S} described a harsh inner voice that had been loud all week.",
            "{S} noticed a flicker of pride when describing something {s} had made, then "
            "quickly played it down.",
            "{S} talked about {sit} and gave several examples from the past week.",
            "{S} said {s} had let a friend praise {o} without arguing, and found it excruciating.",
            "{S} spoke about school reports that said 'could try harder' and how the phrase "
            "still runs in {p} head.",
            "{S} wondered whether {s} had ever felt good enough, and could not remember a time.",
            "{S} described tidying the house for hours before anyone visited.",
            "{S} said {s} was tired of apologising for taking up space.",
        ),
        moments=(
            "{S} was taken aback when I reflected how kindly {s} speaks of others and how "
            "harshly of {r}.",
            "The moment that mattered was {p} saying, tentatively, that {s} might be doing well.",
            "{S} went quiet when I asked whose voice the critic sounds like.",
            "Trying out a gentler phrase for {r} seemed to land.",
            "{S} laughed at the idea of being kind to {r}, then looked sad.",
            "{S} allowed {r} to feel proud for a moment, and we noticed that together.",
        ),
        readings=(
            "The inner critic remains strong, but {s} is better able to notice it as a voice "
            "rather than the truth.",
            "Low self-worth looks longstanding and seems connected with early criticism at home "
            "and at school.",
            "{P} self-criticism seems to be a way of staying safe from other people's judgement.",
            "Small signs of self-compassion are appearing, mostly in how {s} talks about setbacks.",
        ),
        titles=("the inner critic", "a compliment", "'could try harder'", "feeling like a fraud"),
    ),
    "sleep": ThemeBank(
        situations=(
            "waking at four most mornings",
            "years of poor sleep",
            "sleep that fell apart after the baby arrived",
            "shift work that has wrecked {p} sleep",
            "nightmares that wake {o}",
        ),
        people=("partner", "flatmate", "husband", "wife"),
        goals=(
            "sleep through the night more often",
            "stop dreading bedtime",
            "feel rested on at least some mornings",
        ),
        topics=(
            "waking in the small hours with thoughts already running",
            "a bedtime routine that has slipped",
            "how much better sleep is on days with time outdoors",
            "lying in bed scrolling and knowing it does not help",
            "{sit} and the tiredness that follows {o} through the day",
            "dreading bedtime",
            "naps, caffeine and the evening glass of wine",
            "what goes through {p} mind at three in the morning",
        ),
        clauses=(
            "{S} described waking at four most nights this week, with {p} mind already busy.",
            "{S} said {s} had tried getting up after twenty minutes awake, and that it helped "
            "more than expected.",
            "{S} talked about {sit} and the fog it leaves in the afternoons.",
            "{S} noticed sleep was better on the two days {s} had walked somewhere in the morning.",
            "{S} said the worst part of the night was the hour before dawn, when everything "
            "feels certain to go wrong.",
            "{S} had stopped taking {p} phone to bed and said the first nights were hard.",
            "{S} talked about feeling exhausted but wired at bedtime.",
            "{S} said {s} had come to dread bedtime, which kept {o} up later.",
        ),
        moments=(
            "{S} recognised that the night-time thoughts are the day's worries, only louder.",
            "The moment that stood out was {p} saying that rest feels undeserved.",
            "{S} was relieved to hear that broken sleep is common with this much on {p} mind.",
            "{S} described one good night's sleep with something like wonder.",
            "We noticed together how much of the problem is the fear of not sleeping.",
        ),
        readings=(
            "Poor sleep seems to be both a result of the stress and a driver of it.",
            "Sleep is improving slowly; the early waking is the last part to change.",
            "I wonder whether a GP review would help, as the sleep problems have gone on for "
            "months.",
            "The sleep difficulties look closely linked with the worry {s} carries into the "
            "evening.",
        ),
        titles=("four in the morning", "bedtime", "the small hours"),
    ),
    "life change": ThemeBank(
        situations=(
            "moving to a new town",
            "retirement",
            "the end of a long marriage",
            "the children leaving home",
            "coming back to the UK after years abroad",
            "a change of career",
            "a milestone birthday",
        ),
        people=("partner", "son", "daughter", "best friend", "sister"),
        goals=(
            "settle into the new life",
            "work out what {s} wants from the next part of {p} life",
            "feel at home somewhere again",
        ),
        topics=(
            "missing familiar streets",
            "mixed feelings about {sit}",
            "who {s} is now that the old routine has gone",
            "the relief and the fear of starting again",
            "a new routine that does not yet feel like {p} own",
            "what {s} left behind and what {s} chose",
            "how much has changed in a year",
            "plans that looked good on paper and feel different now",
        ),
        clauses=(
            "{S} talked about {sit} and how unsettled {s} had felt since.",
            "{S} described walking round the neighbourhood without recognising anyone.",
            "{S} said the change {s} had wanted for years now felt frightening.",
            "{S} spoke about missing the structure {s} used to complain about.",
            "{S} noticed {s} had started to build small routines, like the Saturday market, and "
            "that they helped.",
            "{S} wondered whether {s} had made a mistake, then said {s} did not really think so.",
            "{S} described a week of boxes, forms and phone calls, with little room for feeling "
            "anything.",
            "{S} talked about feeling caught between two lives, not yet at home in the new one.",
        ),
        moments=(
            "{S} became tearful saying that leaving had been harder than {s} had admitted to "
            "anyone.",
            "What mattered most was giving room to the loss inside a change {s} had chosen.",
            "{S} noticed some excitement under the fear, and was surprised by it.",
            "{S} said it helped to hear that feeling unsettled is not the same as having got it "
            "wrong.",
            "{S} described a small moment of feeling at home, and we stayed with it.",
        ),
        readings=(
            "This looks like adjustment to a major change rather than anything more entrenched.",
            "There is loss mixed in with the change, and {s} has not yet let {r} grieve it.",
            "{P} sense of identity seems tied to the old routine; rebuilding it will take time.",
            "The change has unsettled {o} more than {s} expected, but {s} is adapting.",
        ),
        titles=("the move", "starting again", "the old routine", "two lives"),
    ),
    "difficult memories": ThemeBank(
        situations=(
            "difficult memories from childhood",
            "an assault some years ago",
            "a frightening incident at work",
            "a car accident two years ago",
            "a controlling previous relationship",
        ),
        people=("partner", "sister", "best friend", "mother"),
        goals=(
            "feel safer in {p} own body",
            "be less at the mercy of the memories",
            "trust other people a little more",
        ),
        topics=(
            "how the past comes back at unexpected moments",
            "feeling safe enough to talk at all",
            "{sit}, approached carefully and at {p} pace",
            "what helps {o} come back to the present when a memory takes hold",
            "the difference between remembering and reliving",
            "a smell that brought everything back",
            "not wanting to go into detail, and that being fine",
            "how the memories affect sleep and trust",
        ),
        clauses=(
            "{S} mentioned {sit} briefly and said {s} did not want to go further today; we "
            "agreed that was fine.",
            "{S} described a moment in the week when a memory took hold in a shop, and how {s} "
            "got {r} out of it.",
            "{S} said {s} had been more jumpy than usual and was not sure why.",
            "We checked at the start how much {s} wanted to say, and {s} chose to talk around "
            "it rather than about it.",
            "{S} talked about the ways {s} has kept {r} safe over the years, some helpful and "
            "some costly.",
            "{S} said it was the first time {s} had told anyone the order in which things "
            "happened.",
            "{S} noticed {s} had been holding {p} breath while speaking, and we paused.",
            "{S} said {s} had started to trust that {s} can stop whenever {s} wants to here.",
        ),
        moments=(
            "The most important thing today seemed to be {p} choosing when to stop.",
            "{S} said {s} felt believed, and that this mattered more than anything I said.",
            "{S} used the grounding we had practised when {s} began to feel far away, and came "
            "back by {r}.",
            "There was a quiet moment of relief when {s} recognised that {s} had survived it.",
            "{S} noticed the feeling of {p} feet on the floor and said it helped.",
        ),
        readings=(
            "We are still stabilising; it would not be right to go into the memories in detail "
            "yet.",
            "{P} reactions make sense as a response to what happened; I said so and {s} seemed "
            "to take it in.",
            "Grounding is working better for {o} now, which makes the work safer.",
            "I am keeping the pace slow and checking consent often, which seems right.",
            "If the symptoms increase I will discuss a referral for specialist trauma therapy.",
        ),
        titles=(
            "feeling safe",
            "grounding",
            "going at {p} own pace",
            "remembering without reliving",
        ),
    ),
    "loneliness": ThemeBank(
        situations=(
            "living alone since {p} divorce",
            "a move away from old friends",
            "working from home full time",
            "friends drifting away after having children",
            "being a carer with little time for anyone else",
        ),
        people=("neighbour", "sister", "old school friend", "son", "daughter"),
        goals=(
            "feel more connected to other people",
            "build a few friendships that feel mutual",
            "fill the weekends with something other than waiting",
        ),
        topics=(
            "long weekends with no one to talk to",
            "{sit} and the quiet of the evenings",
            "wanting company and dreading it at the same time",
            "a neighbour who stopped to chat",
            "joining something new and the courage it would take",
            "feeling lonely even in company",
            "messages to old friends that went unanswered",
            "how the loneliness shows up in {p} body",
        ),
        clauses=(
            "{S} said {s} had gone from Friday evening to Monday morning without speaking to "
            "anyone.",
            "{S} talked about {sit} and how the evenings stretch out.",
            "{S} described going to a choir taster session and leaving at the break, then "
            "wishing {s} had stayed.",
            "{S} mentioned a neighbour who had stopped to chat, and how much that lifted the day.",
            "{S} said {s} had messaged an old friend and was waiting to hear back.",
            "{S} noticed that the radio is on all day for the sound of voices.",
            "{S} wondered whether {s} had become harder to reach, as well as more alone.",
            "{S} spoke about {person} and how rarely they see each other now.",
        ),
        moments=(
            "{S} said these sessions are often the longest conversation of {p} week, and we "
            "stayed with that.",
            "What mattered most was being able to say how lonely {s} is without feeling pathetic.",
            "{S} smiled describing the neighbour, and then looked sad.",
            "{S} noticed how much {s} wanted to be asked, rather than to do the asking.",
            "Naming the shame that comes with loneliness seemed to loosen it a little.",
        ),
        readings=(
            "Loneliness seems to be at the centre of {p} low mood at present.",
            "The loneliness is partly circumstance and partly a pattern of withdrawing when low.",
            "{P} isolation has eased a little since {s} started to reach out.",
            "I think {s} is ready to try one small social step between sessions.",
        ),
        titles=("the weekends", "the neighbour", "reaching out", "the long evenings"),
    ),
    "anger": ThemeBank(
        situations=(
            "outbursts at home that {s} regrets",
            "anger at {p} former employer",
            "a temper that frightens {o}",
            "irritability since {p} health changed",
            "anger at {p} father that {s} has never shown",
        ),
        people=("partner", "father", "son", "manager", "brother"),
        goals=(
            "notice the anger before it takes over",
            "say what {s} feels without exploding",
            "understand what the anger is protecting",
        ),
        topics=(
            "losing {p} temper with {person} and the regret afterwards",
            "what happens in {p} body before the anger takes over",
            "anger that has nowhere to go",
            "{sit} and what lies underneath it",
            "the difference between being angry and being unkind",
            "a near row in traffic and walking away",
            "being told all {p} life not to make a fuss",
            "hurt that comes out as irritation",
        ),
        clauses=(
            "{S} described losing {p} temper over something small and feeling ashamed for the "
            "rest of the evening.",
            "{S} said {s} had walked away from an argument for the first time instead of "
            "raising {p} voice.",
            "{S} talked about {sit} and said {s} was tired of feeling like the angry one.",
            "{S} noticed that the anger tends to come at the end of the day, when {s} is "
            "exhausted.",
            "{S} said {s} had been annoyed with me last week and had not said so.",
            "{S} described growing up in a house where anger was either explosive or not "
            "allowed at all.",
            "{S} wondered what {s} would be like without the anger, and whether {s} would feel "
            "safe.",
            "{S} spoke about writing down what {s} wanted to shout, and said it helped.",
        ),
        moments=(
            "{S} became quieter when {s} reached the hurt underneath the anger.",
            "What seemed to matter was telling me {s} was annoyed with me, and finding that "
            "nothing terrible happened.",
            "{S} was surprised to find {s} could be angry and calm at the same time.",
            "{S} said the anger felt like protection, and then that it was tiring to carry.",
            "There was a real shift when {s} linked the outbursts with feeling unheard.",
        ),
        readings=(
            "The anger seems to sit on top of hurt and exhaustion.",
            "{P} anger makes sense given how often {s} has been overlooked.",
            "The outbursts are less frequent and {s} is catching the early signs sooner.",
            "The anger is mostly turned inwards; I asked carefully and there is no suggestion "
            "of harm to others.",
        ),
        titles=("the temper", "walking away", "underneath the anger", "not making a fuss"),
    ),
    "health": ThemeBank(
        situations=(
            "a diagnosis of diabetes",
            "long COVID",
            "chronic back pain",
            "recovery from cancer treatment",
            "a heart scare",
            "living with multiple sclerosis",
            "waiting for test results",
            "the menopause",
        ),
        people=("partner", "sister", "daughter", "best friend"),
        goals=(
            "live alongside the illness rather than fight it every day",
            "find a kinder pace for {r}",
            "feel less defined by {p} health",
        ),
        topics=(
            "living with {sit} and what it has taken away",
            "waiting for results and not being able to plan",
            "frustration with appointments and being passed between services",
            "how pain changes {p} mood from hour to hour",
            "what {s} can still do, and what {s} grieves",
            "being treated as a patient rather than a person",
            "pacing {r} on good days so the bad days are fewer",
            "telling people at work about {p} health",
        ),
        clauses=(
            "{S} talked about {sit} and said the tiredness is the hardest part to explain.",
            "{S} described a hospital appointment where {s} felt rushed and unheard.",
            "{S} said the pain had been worse this week and that {s} had come anyway.",
            "{S} spoke about the fear that the illness will come back.",
            "{S} noticed {s} had been pushing through on good days and paying for it after.",
            "{S} described how {p} friends have stopped asking about {p} health.",
            "{S} said {s} had finally asked the consultant the question {s} had been avoiding.",
            "{S} wondered who {s} is now, if not the person who could do everything.",
        ),
        moments=(
            "{S} cried for the first time about the diagnosis, saying {s} had been holding it "
            "together for everyone else.",
            "The moment that mattered seemed to be giving {r} permission to rest.",
            "{S} said it helped to be somewhere {s} did not have to be positive.",
            "{S} recognised the anger at {p} body as a kind of grief.",
            "Something eased when {s} talked about what {s} can still enjoy.",
        ),
        readings=(
            "Low mood seems closely tied to the limits the illness places on {o}.",
            "Adjustment to {sit} is ongoing; there is grief and anger in it, both understandable.",
            "Pacing seems to be helping; there are fewer crashes.",
            "I am mindful of the physical health picture and have encouraged {o} to keep the GP "
            "informed.",
        ),
        titles=("the diagnosis", "pacing", "the consultant", "waiting for results"),
    ),
    "parenting": ThemeBank(
        situations=(
            "a teenage son who has stopped talking to {o}",
            "a daughter who is struggling at school",
            "being a new parent",
            "co-parenting after separation",
            "a child with additional needs",
            "adult children who rarely visit",
        ),
        people=("son", "daughter", "ex-partner", "partner", "mother"),
        goals=(
            "feel more confident as a parent",
            "find some time that is {p} own again",
            "stay calm with the children more often",
        ),
        topics=(
            "{sit} and the worry that comes with it",
            "feeling like a bad parent after shouting at the children",
            "the rush of the school run every morning",
            "losing sight of {r} since becoming a parent",
            "handovers with {p} ex and the tension around them",
            "what {p} own parents did and what {s} wants to do differently",
            "a meeting with the school",
            "the guilt of wanting time alone",
        ),
        clauses=(
            "{S} talked about {sit} and said {s} was running out of ideas.",
            "{S} described a morning of shouting before school and the guilt that stayed all day.",
            "{S} said {s} had sat with {p} child without trying to fix anything, and it had gone "
            "better.",
            "{S} noticed {s} sounded like {p} own mother when cross, and did not like it.",
            "{S} described a meeting with the school and feeling judged as a parent.",
            "{S} said {s} had not done anything just for {r} in months.",
            "{S} spoke about a moment of real closeness with {p} child at bedtime.",
            "{S} wondered how to talk to the children about what is happening at home.",
        ),
        moments=(
            "{S} was moved describing {p} child's face at the school gate.",
            "What mattered most was hearing that good enough parenting is good enough.",
            "{S} said {s} had never let {r} say how hard it is, and then said it.",
            "Something softened when {s} thought about what {s} had needed as a child.",
            "{S} laughed about the chaos at home, and it felt like real laughter.",
        ),
        readings=(
            "Much of {p} distress seems to come from very high standards for {r} as a parent.",
            "The parenting worries are real, and so is {p} exhaustion; the two feed each other.",
            "{P} own childhood seems very present in how {s} reacts to the children.",
            "Some practical support as well as this space would help; we talked about what is "
            "available.",
        ),
        titles=("the school run", "the school meeting", "good enough", "handovers"),
    ),
    "identity": ThemeBank(
        situations=(
            "questions about {p} sexuality",
            "coming out to {p} family",
            "growing up between two cultures",
            "a recent autism diagnosis",
            "questions about gender",
            "a faith {s} has moved away from",
        ),
        people=("mother", "father", "best friend", "partner", "sister"),
        goals=(
            "feel more at ease being {r}",
            "decide in {p} own time what to tell {p} family",
            "find people who understand",
        ),
        topics=(
            "{sit} and who {s} can talk to about it",
            "being one person at home and another at work",
            "what it means to be true to {r}",
            "fitting in and standing out",
            "how {p} family might react",
            "finding people who understand",
            "the words {s} uses for {r}",
            "relief after years of not knowing",
        ),
        clauses=(
            "{S} talked about {sit} more openly than in earlier sessions.",
            "{S} described feeling that {s} was performing a version of {r} at work.",
            "{S} said {s} had told one friend, and that it went well.",
            "{S} spoke about the gap between who {p} family expect {o} to be and who {s} is.",
            "{S} wondered whether {s} was allowed to take up space as {r}.",
            "{S} noticed how tired {s} gets from being careful all the time.",
            "{S} described reading other people's accounts online and recognising {r} in them.",
            "{S} said {s} wanted to go at {p} own pace and not be rushed into any decision.",
        ),
        moments=(
            "{S} said {s} had never said this out loud before, and we took a moment with it.",
            "What mattered most seemed to be feeling accepted here without having to explain.",
            "{S} smiled when talking about the friend who had been supportive.",
            "{S} recognised a relief underneath the fear.",
            "Naming how tiring it is to hide seemed important.",
        ),
        readings=(
            "The distress seems to come less from {sit} itself than from fear of other people's "
            "reactions.",
            "I think {s} is finding a steadier sense of {r}.",
            "My task seems to be to offer acceptance and not to get ahead of {o}.",
            "{P} sense of self seems steadier as {s} finds people who understand.",
        ),
        titles=("telling a friend", "two selves", "going at {p} own pace", "fitting in"),
    ),
    "study": ThemeBank(
        situations=(
            "final-year exams",
            "a PhD that has stalled",
            "returning to study as a mature student",
            "a dissertation deadline",
            "failing a module and having to resit",
            "an apprenticeship alongside a job",
        ),
        people=("tutor", "mother", "father", "flatmate", "partner"),
        goals=(
            "get through the course without burning out",
            "start work without the dread",
            "decide whether the course is right for {o}",
        ),
        topics=(
            "{sit} and the pressure to get it right",
            "procrastination and the shame that follows",
            "comparing {r} with other students",
            "a tutor's feedback and how hard it landed",
            "doubts about whether the course is really what {s} wants",
            "balancing study with paid work",
            "the fear of failing and disappointing {p} family",
            "staying up late to finish an assignment and the crash afterwards",
        ),
        clauses=(
            "{S} talked about {sit} and said {s} had barely started.",
            "{S} described sitting at {p} desk for hours without writing anything.",
            "{S} said {s} had finally emailed {p} tutor to ask for an extension, which felt like "
            "a big step.",
            "{S} noticed {s} works best in short bursts and had been fighting that.",
            "{S} spoke about being the first in {p} family to go to university and the weight "
            "that carries.",
            "{S} described a feedback comment that {s} had read as proof {s} did not belong.",
            "{S} wondered whether {s} had chosen the course for {r} or for {p} parents.",
            "{S} said a study group had helped more than expected.",
        ),
        moments=(
            "{S} was surprised when I wondered aloud whether {s} was frightened of succeeding "
            "as well as failing.",
            "What mattered most was {p} saying that the course is {p} choice after all.",
            "{S} visibly relaxed when we broke the task into smaller parts.",
            "{S} noticed how harsh {s} is with {r} about a single low mark.",
            "{S} said {s} felt less alone hearing that many students feel this way.",
        ),
        readings=(
            "The study difficulties seem driven more by perfectionism than by ability.",
            "Avoidance around study is keeping the anxiety going; small steps seem to help.",
            "{P} worry about disappointing others seems to be at the centre of this.",
            "The pressure is real and time-limited; {s} is coping better than {s} can see at "
            "the moment.",
        ),
        titles=("the deadline", "the tutor's feedback", "procrastination", "the resit"),
    ),
}

# What each theme is about, as in "working with ..." (for process notes).
ABOUT = {
    "grief": "grief",
    "work": "stress at work",
    "anxiety": "anxiety and panic",
    "relationships": "relationship difficulties",
    "family": "family patterns",
    "self-worth": "shame and self-criticism",
    "sleep": "sleep problems",
    "life change": "transitions",
    "difficult memories": "trauma",
    "loneliness": "loneliness",
    "anger": "anger",
    "health": "long-term illness",
    "parenting": "parents under strain",
    "identity": "identity",
    "study": "students under pressure",
}
