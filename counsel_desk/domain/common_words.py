"""Capitalised words that are not anyone's name or a place that could identify someone: the
"check these" detector passes over them. Written for this project; lower case, folded
(no accents). A word missing here is only suggested for checking, never redacted, so the
list leans towards the words a counsellor's notes use in the middle of a sentence."""

from __future__ import annotations

_WORDS = """
i i'm i'd i'll i've im ive id ill
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
spring summer autumn winter
christmas easter new year eve boxing day bank holiday ramadan eid diwali hanukkah
passover lent advent halloween bonfire night valentine's valentines mother's father's
mothers fathers day weekend
god lord jesus christ allah buddha heaven hell bible quran church mosque temple
synagogue christian christians muslim muslims jewish hindu sikh buddhist catholic
protestant atheist
english british scottish welsh irish european american african asian caribbean indian
pakistani polish french german spanish italian chinese
english-speaking black white
mum mummy mam mom dad daddy mother father parents gran granny grandma grandad grandpa
grandmother grandfather nan nana auntie aunt uncle sister brother son daughter
nhs gp a&e cbt dbt emdr cat bacp ukcp ncps hcpc ico gdpr uk gb eu usa dwp hmrc pip
adhd asd ocd ptsd cptsd bpd eupd ibs me cfs covid dna sar srs ors core wai phq gad
ok okay tv dvd pc it hr ceo md phd dr mr mrs ms miss prof sir madam
zoom teams skype whatsapp facebook instagram tiktok twitter snapchat youtube google
netflix amazon spotify linkedin email internet online
a an the and or but so yet if when while because although though since until after
before as at by for from in into of off on onto out over to up with without
he she they we you it his her their our your its him them us me my mine
this that these those there here then now what who whom whose which why how where
is was are were be been being am do does did done have has had can could would
should will shall might must
not no yes also just only even still again always never often sometimes perhaps
maybe really very much more most less least some any all each every both either
neither other another such same
first second third last next one two three four five six seven eight nine ten
session sessions client clients counsellor counselling therapist therapy
supervisor supervision note notes plan risk themes theme week weeks month months
year years today yesterday tomorrow morning afternoon evening night
said says told asked felt feels feeling thought thinks wanted wants
"""

COMMON_WORDS: frozenset[str] = frozenset(_WORDS.split())
