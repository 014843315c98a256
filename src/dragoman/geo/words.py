"""Words the place rules look for: prepositions, verbs and nouns that mark sites and names."""

# fmt: off
DIRECTIONS = {
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast",
    "northwest", "northeastern", "northwestern", "occupied",
}

PLACE_PREPS = {
    "in", "at", "near", "outside", "inside", "into", "from", "to", "toward", "towards", "around",
}

AIMED_LEMMAS = {
    "capture", "seize", "take", "shell", "bomb", "strike", "attack", "enter", "besiege", "storm",
    "encircle", "liberate", "retake", "recapture", "occupy", "visit", "reach", "leave", "evacuate",
    "bombard", "hit", "raid", "surround", "defend", "control", "target", "overrun", "fall", "siege",
    "battle", "offensive", "assault", "shelling", "bombardment", "fight", "push", "advance", "withdraw",
    "flee", "abandon",
}

CALENDAR_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

LOCATIVE_PREPS = {
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "along", "off",
}

TARGET_PREPS = {
    "on", "against", "into", "at", "in",
}

VISIT_PREPS = {
    "to", "in",
}

VISIT_LEMMAS = {
    "visit", "travel", "arrive", "fly", "go", "come", "tour", "trip", "journey", "head", "land", "return",
}

GATHERING_NOUNS = {
    "talk", "talks", "meeting", "summit", "conference", "negotiation", "negotiations", "discussion",
    "discussions", "session", "visit", "trip", "tour", "ceremony", "rally", "protest", "demonstration",
    "forum", "gathering", "consultation", "consultations", "interview", "briefing", "speech", "address",
    "round", "meet", "signing",
}

PLACE_NOUNS = {
    "region", "province", "city", "town", "village", "area", "district", "governorate", "oblast", "state",
    "capital", "port", "county", "municipality", "suburb", "suburbs", "outskirts", "neighbourhood",
    "neighborhood", "camp", "enclave", "strip", "territory", "coast", "north", "south", "east", "west",
    "centre", "center", "heart", "part", "parts", "areas", "regions", "towns", "villages", "cities",
}

# Directions alone name no place ("the south", "Eastern"), though some countries call
# provinces so; they count only inside a longer name ("South Sudan", "West Bank").
COMPASS_WORDS = DIRECTIONS | {
    "southeast", "southwest", "southeastern", "southwestern", "centre", "center", "middle", "south", "north",
}

# Continents and world regions: never one of the small towns that share their name (Middle
# East, Maryland; Asia, Philippines); only a curated region of that name may be read.
WORLD_REGIONS = {
    "africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "arctic", "middle east",
    "near east", "far east", "levant", "maghreb", "balkans", "caucasus", "caribbean", "latin america",
    "south america", "north america", "central america", "central asia", "south asia", "southeast asia",
    "east asia", "west africa", "east africa", "north africa", "southern africa", "central africa",
    "horn of africa", "sub saharan africa", "scandinavia", "mesopotamia", "gulf",
}
# fmt: on
