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
    "southeast", "southwest", "southeastern", "southwestern", "centre", "center", "middle",
}

# Continents and world regions: never one of the small towns that share their name (Middle
# East, Maryland; Asia, Philippines); only a curated region of that name may be read.
WORLD_REGIONS = {
    "africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "arctic", "middle east",
    "near east", "far east", "levant", "maghreb", "balkans", "caucasus", "caribbean", "latin america",
    "south america", "north america", "central america", "central asia", "south asia", "southeast asia",
    "east asia", "west africa", "east africa", "north africa", "southern africa", "central africa",
    "horn of africa", "sub saharan africa", "scandinavia", "mesopotamia",
}

# Common English words that are also the names of towns or subdivisions somewhere
# ("International City", Dubai; "Congress", Arizona; "Earth", Texas). Capitalised in a title
# or a name ("Amnesty International", "the Fortune Global Forum"), alone they name no town:
# only a country or a curated region or water of that name may be read ("the Atlantic").
# Towns that news does name by a common word (Nice, Reading, Bath, Split) are not listed.
COMMON_WORDS = {
    "international", "global", "national", "federal", "continental", "universal", "general", "supreme",
    "congress", "commonwealth", "parliament", "senate", "court", "forum", "council", "union", "alliance",
    "league", "republic", "empire", "kingdom", "nation", "earth", "world", "planet", "atlantic", "pacific",
    "airport", "college", "university", "academy", "school", "hospital", "church", "chapel", "mosque",
    "temple", "cathedral", "museum", "library", "hotel", "club", "party", "english", "front", "metro",
    "egg", "arab", "highland", "highlands", "bush", "independence", "liberty", "freedom", "unity",
    "victory", "justice", "peace", "hope", "progress", "harmony", "concord", "enterprise", "commerce",
    "industry", "opportunity", "security", "defence", "defense", "police", "army", "navy", "marine",
    "media", "press", "news", "times", "post", "telegraph", "mirror", "sun", "star", "globe", "herald",
    "tribune", "observer", "daily", "money", "capital", "market", "bank", "exchange", "energy", "power",
    "labour", "labor", "green", "red", "white", "black", "blue", "orange", "royal", "imperial", "grand",
    "great", "golden", "silver", "diamond", "crystal", "ocean", "sea", "lake", "river", "mountain",
    "valley", "island", "bay", "beach", "coast", "spring", "springs", "summit", "president", "premier",
    "minister", "governor", "mayor", "admiral", "colonel", "captain", "major", "marshal", "sheriff",
    "judge", "bishop", "father", "mother", "brother", "sister", "friendship", "family", "home", "house",
    "castle", "palace", "tower", "bridge", "gate", "square", "street", "avenue", "park", "garden",
    "station", "harbour", "harbor", "mission", "people", "country", "city", "town", "village", "colony",
    "settlement", "camp", "base", "fort", "mount", "hill", "hills", "field", "fields", "rock", "stone",
    "forest", "desert", "plain", "plains", "delta", "falls", "democrat", "republican", "liberal",
    "conservative", "socialist", "progressive", "independent", "islamic", "christian", "catholic",
    "somali",
}
# fmt: on
