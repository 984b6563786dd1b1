"""Vehicle and place words that the fact extractors and the wording comparer both read.

A make, model or street word that one side knows and the other does not makes a fact that cannot
be compared (or a comparison nothing is found for), so there is one table of each. Keys are lower
case; a make may be two words ("land rover"), written with a space or a hyphen ("mercedes-benz").
"""

from __future__ import annotations

from collections.abc import Sequence

# Colour words -> the colour they name ("navy" is a blue for a comparison).
COLOURS: dict[str, str] = {
    "white": "white", "black": "black", "silver": "silver", "grey": "grey", "gray": "grey",
    "red": "red", "blue": "blue", "green": "green", "yellow": "yellow", "orange": "orange",
    "brown": "brown", "gold": "gold", "maroon": "maroon", "navy": "blue", "beige": "beige",
    "purple": "purple", "pink": "pink", "bronze": "bronze", "cream": "cream",
    "burgundy": "burgundy", "turquoise": "turquoise", "charcoal": "grey", "scarlet": "red",
}  # fmt: skip
# Words that make a colour lighter or darker without changing it ("dark blue").
SHADES: tuple[str, ...] = ("dark", "light", "pale", "metallic", "bright", "deep")
# A vehicle's size told before its colour or make ("a small white van"): a closed class of
# adjectives, each read as one of two sizes, so "small" and "large" conflict and "small" and
# "little" agree.
SIZES: dict[str, str] = {
    "small": "small", "little": "small", "tiny": "small", "compact": "small", "mini": "small",
    "large": "large", "big": "large", "huge": "large", "giant": "large", "massive": "large",
}  # fmt: skip
# Vehicle makes as written -> the make (aliases and spellings to one name).
MAKES: dict[str, str] = {
    "ford": "ford", "vauxhall": "vauxhall", "opel": "opel", "toyota": "toyota", "audi": "audi",
    "bmw": "bmw", "mercedes-benz": "mercedes", "mercedes": "mercedes", "merc": "mercedes",
    "benz": "mercedes", "volkswagen": "volkswagen", "vw": "volkswagen", "nissan": "nissan",
    "honda": "honda", "renault": "renault", "peugeot": "peugeot", "citroen": "citroen",
    "citroën": "citroen", "fiat": "fiat", "kia": "kia", "hyundai": "hyundai", "skoda": "skoda",
    "seat": "seat", "volvo": "volvo", "mazda": "mazda", "mini": "mini",
    "land rover": "land rover", "range rover": "range rover", "jaguar": "jaguar",
    "tesla": "tesla", "chevrolet": "chevrolet", "chevy": "chevrolet", "dodge": "dodge",
    "jeep": "jeep", "mitsubishi": "mitsubishi", "subaru": "subaru", "suzuki": "suzuki",
    "lexus": "lexus", "porsche": "porsche", "iveco": "iveco", "scania": "scania", "daf": "daf",
    "dacia": "dacia", "alfa romeo": "alfa romeo", "chrysler": "chrysler", "cadillac": "cadillac",
    "buick": "buick", "gmc": "gmc", "ram": "ram", "smart": "smart", "saab": "saab",
    "rover": "rover", "lotus": "lotus", "bentley": "bentley", "ferrari": "ferrari",
    "isuzu": "isuzu", "yamaha": "yamaha", "kawasaki": "kawasaki", "ducati": "ducati",
    "harley-davidson": "harley-davidson", "triumph": "triumph", "ldv": "ldv",
    # makes common in South Asian, African and East Asian reports, and of lorries
    "tata": "tata", "mahindra": "mahindra", "maruti": "maruti", "maruti suzuki": "maruti",
    "ashok leyland": "ashok leyland", "bajaj": "bajaj", "eicher": "eicher", "proton": "proton",
    "perodua": "perodua", "byd": "byd", "geely": "geely", "chery": "chery", "haval": "haval",
    "foton": "foton", "mack": "mack", "kenworth": "kenworth", "peterbilt": "peterbilt",
    "freightliner": "freightliner", "sinotruk": "sinotruk", "hino": "hino",
}  # fmt: skip
# Well-known models -> their make, so "a silver Transit" is a Ford without saying so.
MODELS: dict[str, str] = {
    "transit": "ford", "fiesta": "ford", "focus": "ford", "mondeo": "ford", "kuga": "ford",
    "ranger": "ford", "f-150": "ford", "astra": "vauxhall", "corsa": "vauxhall",
    "vectra": "vauxhall", "insignia": "vauxhall", "zafira": "vauxhall", "vivaro": "vauxhall",
    "movano": "vauxhall", "golf": "volkswagen", "polo": "volkswagen", "passat": "volkswagen",
    "transporter": "volkswagen", "crafter": "volkswagen", "corolla": "toyota", "yaris": "toyota",
    "prius": "toyota", "hilux": "toyota", "camry": "toyota", "qashqai": "nissan",
    "micra": "nissan", "juke": "nissan", "civic": "honda", "jazz": "honda", "accord": "honda",
    "clio": "renault", "megane": "renault", "octavia": "skoda", "fabia": "skoda",
    "sprinter": "mercedes", "vito": "mercedes", "discovery": "land rover",
    "freelander": "land rover", "defender": "land rover", "evoque": "range rover",
}  # fmt: skip
# Models that are also ordinary words ("jazz", "focus groups", "the Discovery Channel"): alone,
# without a make, a colour or a vehicle noun, they are a vehicle only where a vehicle is spoken of.
ORDINARY_WORD_MODELS: tuple[str, ...] = (
    "transit", "fiesta", "focus", "ranger", "insignia", "golf", "polo", "transporter", "crafter",
    "civic", "jazz", "accord", "juke", "sprinter", "discovery", "defender",
)  # fmt: skip
# Vehicle head nouns by class, singular ("an articulated lorry", "arriving on a motorcycle",
# "the hot-air balloon", "a 40-tonne articulated dump truck"). The class head is a closed list;
# what stands before it (colour, make, model, modifiers) and names and numbers are found by shape.
VEHICLE_CLASSES: dict[str, tuple[str, ...]] = {
    "road": ("car", "van", "lorry", "truck", "hatchback", "saloon", "estate car", "4x4", "suv",
             "pick-up", "pickup", "pickup truck", "minibus", "bus", "coach", "taxi", "cab", "jeep",
             "tanker", "people carrier", "hgv", "sedan", "limousine", "trailer", "campervan",
             "motorhome", "caravan", "vehicle", "double-decker", "minicab", "rav4", "ute",
             "minivan", "tipper", "road train", "tuk-tuk", "rickshaw", "autorickshaw",
             "auto-rickshaw", "cement mixer", "concrete mixer", "horsebox", "semi-trailer",
             "tractor-trailer", "big rig", "18-wheeler", "wagon", "mini-truck", "matatu",
             "jeepney", "danfo", "boda boda", "okada", "keke", "tempo", "tempo traveller",
             "goods vehicle", "heavy goods vehicle", "mini-lorry", "mini-bus", "mini-van",
             "e-rickshaw", "mobility scooter", "bakkie",
             # shared minibuses, taxis and three-wheelers by their names in other countries
             "daladala", "tro-tro", "molue", "marshrutka", "songthaew", "colectivo", "combi",
             "kombi", "chiva", "tap-tap", "angkot", "bemo", "multicab", "bajaji", "piki-piki",
             "tricycle", "pedicab", "becak", "qingqi", "chingchi", "habal-habal", "jitney",
             "moto-taxi", "mototaxi", "remork", "microbus", "keke napep"),
    "two-wheel": ("motorbike", "motorcycle", "moped", "scooter", "e-scooter", "e-bike",
                  "bicycle", "quad bike", "trike", "dirt bike", "motor scooter"),
    # over snow, ice, sand or a course, off the road
    "off-road": ("snowmobile", "snowcat", "atv", "all-terrain vehicle", "go-kart",
                 "golf cart", "dune buggy", "toboggan", "bobsleigh", "sled", "sleigh"),
    "rail": ("train", "tram", "locomotive", "railcar", "streetcar", "trolleybus", "cable car",
             "gondola", "funicular", "chairlift", "monorail"),
    "water": ("boat", "ship", "ferry", "vessel", "yacht", "trawler", "dinghy", "canoe", "kayak",
              "barge", "catamaran", "schooner", "sloop", "dhow", "speedboat", "jet ski",
              "cruise ship", "hovercraft", "narrowboat", "freighter", "hydrofoil", "banca"),
    "air": ("plane", "aircraft", "airliner", "jet", "helicopter", "balloon",
            "glider", "microlight", "seaplane", "gyrocopter", "turboprop", "paraglider",
            "hang glider", "airship", "ultralight"),
    # a crane on wheels or tracks; a tower or construction crane stands fixed, a structure
    "machine": ("mobile crane", "crawler crane", "forklift", "digger", "excavator", "bulldozer",
                "dumper", "dump truck", "tractor", "cherry picker", "combine harvester",
                "steamroller", "telehandler", "backhoe", "backhoe loader", "wheel loader",
                "skid steer", "scissor lift", "road roller", "forklift truck"),
}  # fmt: skip
# A head of two parts is written hyphened, spaced or closed up by different writers ("a
# double-decker", "the double decker", "a doubledecker"; "a jet ski", "a jet-ski", "a jetski"):
# each spelling reads as the head, told in the tables' own spelling. A spaced form that is also
# a verb and its particle is left out ("to pick up").
_NOT_SPACED = frozenset(("pick up",))
_LISTED = frozenset(h for heads in VEHICLE_CLASSES.values() for h in heads)


def _spellings(head: str) -> list[str]:
    parts = head.replace("-", " ").split()
    if len(parts) != 2:
        return []
    forms = {"-".join(parts)}
    if "-" in head or len(head) <= 9:  # "double decker", "doubledecker"; "jetski", "gokart"
        forms |= {" ".join(parts), "".join(parts)}
    return sorted(forms - _LISTED - _NOT_SPACED)  # "pickup" is a head of its own


VEHICLE_SPELLINGS: dict[str, str] = {
    form: head for heads in VEHICLE_CLASSES.values() for head in heads for form in _spellings(head)
}
VEHICLE_CLASSES = {
    kind: (*heads, *(form for head in heads for form in _spellings(head)))
    for kind, heads in VEHICLE_CLASSES.items()
}
# Heads that alone say nothing checkable ("the car", "a vehicle"): only with a colour, a make, a
# model, a modifier, a name or a number are they a vehicle fact.
GENERIC_VEHICLE_HEADS: tuple[str, ...] = (
    "car", "vehicle", "van", "bus", "coach", "train", "tram", "boat", "ship", "vessel", "truck",
    "taxi", "cab", "jeep", "plane", "aircraft", "jet", "trailer",
)  # fmt: skip
# Prefixes of a ship's name ("the MV Glaslinn", "HMS Ardent", "the KMP Sari Laut", "BRP Dagat"):
# a closed class of merchant prefixes (motor, steam, sailing, fishing, research, high-speed craft,
# their slashed forms "M/V", "F/V"; Indonesian "KM"/"KMP" motor ship and ferry, Philippine "MBCA"
# motor banca) and navies' and coast guards' ship prefixes. Initials that are often something
# else in capitals are left out ("PS" a police station, "TS", "ST", "JS", "RSS", "BNS", "SAS").
SHIP_PREFIXES: tuple[str, ...] = (
    # merchant and private
    "MV", "MS", "SS", "RMS", "MY", "SY", "FV", "MFV", "RV", "RRS", "MT", "SV", "HSC", "MSV",
    "M/V", "M/S", "M/T", "M/Y", "F/V", "R/V", "S/V", "M/B", "KMP", "KM", "MBCA",
    # navies and coast guards
    "HMS", "USS", "USNS", "USCGC", "NOAAS", "HMCS", "CCGS", "HMAS", "HMNZS", "INS", "ICGS",
    "PNS", "SLNS", "NNS", "KRI", "BRP", "HTMS", "ROKS", "HNLMS", "HDMS", "HSwMS", "FGS", "ESPS",
    "NRP", "TCG", "ORP", "KNM", "ARA", "BAP", "LÉ", "LE",
)  # fmt: skip
# Last words of a street or open place's name ("Corn Street", "Market Row", "Tilsey Junction").
STREET_WORDS: tuple[str, ...] = (
    "street", "road", "row", "lane", "avenue", "close", "way", "drive", "square", "place",
    "crescent", "terrace", "hill", "gardens", "grove", "park", "bridge", "estate", "parade",
    "walk", "court", "green", "quay", "wharf", "market", "embankment", "circus", "gate",
    "junction", "roundabout",
)  # fmt: skip
# Kinds of court: "Court" after one of these is an institution, after any other name a street.
COURT_KINDS: tuple[str, ...] = (
    "Crown", "Magistrates", "High", "County", "Supreme", "District", "Sheriff", "Coroner's",
    "Coroners", "Youth", "Family", "Appeal", "Appeals", "Circuit", "Superior", "Federal",
    "Municipal", "Justice", "Criminal", "Sessions", "Session", "Civil", "Justiciary", "Judicial",
    "Magistrate's", "Sheriff's", "Juvenile", "Criminal Justice", "Coroner",
)  # fmt: skip
# A trade's premises, which its owner's name names ("Greggson's bakery", "Dunn's garage"): a
# town owns its market or its station, never a shop.
TRADE_PREMISES: frozenset[str] = frozenset(
    "shop store supermarket bakery bakers butchers cafe café restaurant takeaway pub bar "
    "garage salon hairdressers barbers jewellers chemist pharmacy newsagents off-licence "
    "workshop warehouse yard farm diner bistro hotel club nightclub".split()
)
# Nouns of a building or site within a town ("a pub", "the warehouse", "Unit 4").
SITE_WORDS: tuple[str, ...] = (
    "pub", "bar", "house", "houses", "home", "flat", "flats", "property", "building", "block",
    "warehouse", "factory", "unit", "units", "estate", "market", "shop", "store", "supermarket",
    "station", "school", "church", "mosque", "park", "bridge", "junction", "roundabout",
    "restaurant", "hotel", "club", "nightclub", "stadium", "arena", "museum", "hospital", "depot",
    "site", "yard", "square", "premises", "venue", "campus", "mall", "centre", "center", "office",
    "farm", "mill", "plant", "tower", "palace", "parliament", "library",
)  # fmt: skip


def makes_in(words: Sequence[str]) -> list[tuple[int, str]]:
    """The makes a list of lower-case words names, each as (index of its last word, make)."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        pair = words[i : i + 2]
        two = [MAKES[j] for j in (" ".join(pair), "-".join(pair)) if len(pair) == 2 and j in MAKES]
        if two:  # "land rover", "mercedes benz": one make
            out.append((i + 1, two[0]))
            i += 2
            continue
        if words[i] in MAKES:
            out.append((i, MAKES[words[i]]))
        i += 1
    return out
