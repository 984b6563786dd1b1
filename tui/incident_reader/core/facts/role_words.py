"""Word tables of people's roles: who is the suspect, who is a victim or a witness.

Each table is a closed class of predicates or role nouns with an example of its use; the people
themselves (names, ages, descriptions) are found by shape in roles.py, never from a list.
Entries are regex fragments matched case-insensitively on word boundaries.
"""

from __future__ import annotations

# Nouns naming the person held responsible ("the gunman", "The 52-year-old killer"): whatever
# else the sentence says of them ("the attacker was shot dead"), they stay the suspect.
SUSPECT_ROLE_NOUNS: tuple[str, ...] = (
    "suspect", "accused", "attacker", "gunman", "assailant", "killer", "culprit", "offender",
    "perpetrator", "arsonist", "robber", "shooter", "stabber", "knifeman", "murderer",
    "terrorist", "bomber", "hijacker", "defendant", "raider", "burglar", "thief", "fugitive",
    # tabloid words for the attacker: "The thug, 32,", "Knife maniac X"
    "thug", "yob", "brute", "fiend", "maniac", "lout",
)  # fmt: skip
# Modifiers that make any person noun the suspect's ("the suspected driver", "the alleged
# attacker", "a man accused of"), and clauses that do ("suspected of driving", "alleged to have").
SUSPECT_MODIFIERS: tuple[str, ...] = (
    r"suspected", r"alleged", r"accused", r"convicted", r"wanted", r"would-be",
    r"allegedly", r"suspected of", r"alleged to have", r"accused of", r"believed responsible",
    r"cannot be named(?: for legal reasons)?",  # a young defendant in court reports
    r"arrested", r"detained", r"charged",  # "the man arrested, a 30-year-old from Leeds,"
    # "the first man held, who is in his twenties," (not "held hostage")
    r"held(?=\s*,|\s+(?:who|a|an)\s)",
)  # fmt: skip
# A driver or rider named by a private vehicle ("the lorry driver", "the driver of the BMW") is
# the party at fault unless a casualty predicate says otherwise; these vehicles' drivers are crew.
CREW_VEHICLE_WORDS: tuple[str, ...] = (
    "bus", "coach", "train", "tram", "ferry", "school", "ambulance", "police", "fire", "tube",
    "metro", "taxi", "rail", "railway",
    # public transport and taxis by their names in other countries (a public motor vehicle in
    # Papua New Guinea, the shared minibuses of East and West Africa, the Philippines, Latin
    # America, Turkey and the former Soviet states, the motorcycle and three-wheel taxis)
    "pmv", "matatu", "jeepney", "danfo", "molue", "daladala", "tro-tro", "trotro", "marshrutka",
    "songthaew", "colectivo", "combi", "kombi", "dolmus", "dolmuş", "jitney", "boda boda",
    "boda-boda", "okada", "keke", "tuk-tuk", "rickshaw", "auto-rickshaw",
)  # fmt: skip
DRIVER_NOUNS: tuple[str, ...] = ("driver", "motorist")
# What the subject of a clause does or undergoes that makes them the suspect
# ("was arrested", "is in custody", "had pleaded guilty", "ran from the vehicle").
SUSPECT_PREDICATES: tuple[str, ...] = (
    r"arrested", r"detained", r"charged", r"held(?!\s+(?:hostage|captive))", r"taken into custody",
    # one of a group held: "is among those arrested", "was one of the three men detained", "is
    # among the suspects now in custody"
    r"(?:among|one of) (?:those|the (?:[\w-]+ ){0,2}?(?:people|persons|men|women|suspects"
    r"|individuals|youths))(?: who (?:were|have been|had been|was|are))?(?: now| later)?"
    r" (?:arrested|detained|held|charged|remanded|picked up|in (?:police )?custody"
    r"|taken into custody)",
    r"in (?:police |judicial )?custody", r"remanded", r"jailed", r"convicted", r"sentenced",
    r"caged", r"locked up", r"put behind bars", r"banged up",  # tabloid words for jailed
    r"pleaded (?:not )?guilty", r"pleads (?:not )?guilty",
    # not a patient's admission: "admitted to the Kelso Royal Infirmary", "admitted into the ICU",
    # nor one told by what the patient came in with or in: "admitted with a crushed chest",
    # "admitted in a critical condition", "admitted overnight", "admitted for observation"
    r"admitted(?! (?:to|into|at) (?:a |an |the )?(?:[\w’'-]+ ){0,4}?(?:hospital|infirmary|clinic"
    r"|ward|medical|health|trauma|intensive|icu|burns?))"
    r"(?! with (?:an? |his |her |their |serious |severe |minor |multiple |critical )*(?:[\w-]+ )?"
    r"(?:injur|wound|burn|fractur|head|chest|leg|arm|back|spinal|internal|gunshot|stab|cut"
    r"|bruis|broken|smoke|breathing|respiratory)"
    r"| in (?:an? )?(?:[\w-]+ ){1,2}(?:but [\w-]+ )?condition| overnight| for (?:treatment"
    r"|observation|surgery|tests))",
    r"admits", r"denied",
    r"denies", r"appeared (?:in|at|before)", r"appears (?:in|at|before)", r"due to appear",
    r"to appear (?:in|at|before)", r"will appear", r"expected to (?:appear|be charged|face)",
    r"due to face",
    # a court date fixed for the person: "is scheduled to appear in provincial court Wednesday",
    # "is set to be arraigned", "is expected in court on Friday", "is due in court"
    r"(?:scheduled|set|slated|listed|expected|due) to (?:appear|be arraigned|be sentenced|face)",
    r"(?:expected|due) (?:in|at|before) (?:[\w’'-]+ ){0,3}?(?:court|magistrates|judge)",
    # "faces two counts of first-degree murder", "is facing a murder charge"
    *(rf"{verb} (?:[\w-]+ ){{0,3}}?(?:charges?|counts?)" for verb in ("faces?", "facing", "faced")),
    # "will face Parramatta Local Court today", "is facing court"
    *(rf"{verb} (?:[\w’'-]+ ){{0,3}}?court" for verb in ("faces?", "facing")),
    r"made (?:his|her|their) (?:first |initial )?(?:court )?appearance",
    # a record, told after "has" (an auxiliary to roles.py): "has a lengthy criminal record"
    r"an? (?:[\w-]+ ){0,2}?criminal record", r"(?:[\w-]+ )?(?:prior|previous) convictions?",
    r"face (?:a |the )?(?:magistrates?|judge|trial)", r"stand trial", r"on trial",
    r"assisting (?:police|officers|detectives|garda[ií]|investigators)",
    r"helping (?:police|officers|detectives) with", r"being (?:questioned|interviewed|quizzed)",
    r"quizzed",
    r"questioned", r"handed (?:himself|herself) in", r"surrendered", r"fled",
    r"interviewed (?:under caution|by (?:police|detectives|officers|investigators|garda[ií]))",
    r"under (?:police )?custody",  # "is now under police custody" (Philippine English)
    r"taken under (?:police )?control",  # "has been taken under control" (South Asian copy)
    # custody told as the captors' hands: "is now in the hands of the gendarmerie"
    r"in the hands of (?:the )?(?:[\w-]+ )?(?:police|gendarmerie|gendarmes|authorities|officers"
    r"|detectives)", r"in (?:the )?(?:police|gendarmerie) hands",
    r"(?:taken|led) away(?: by (?:police|officers|detectives))?",  # "was taken away by police"
    r"(?:taken in|held|detained|brought in) for questioning",
    # a court's custody told by its noun: "was placed on a five-day remand", "sent on remand"
    r"(?:placed|put|sent|kept|taken) on (?:an? )?(?:[\w-]+ ){0,2}?remand",
    # "were taken in by gendarmes" (by the captors: not "taken in by a scam")
    r"(?:taken|brought) in by (?:the )?(?:[\w-]+ )?(?:police|officers|detectives|gendarmes|troops"
    r"|soldiers|authorities|agents|guards|marshals|deputies|troopers|constables|investigators)",
    r"[a-z]+ in the dock",  # "wept in the dock", "stood in the dock": the defendant
    # brought before the court: "was led into the courtroom", "was wheeled into court"
    r"(?:brought|led|escorted|wheeled|walked|carried) (?:in)?to (?:the )?(?:court(?:room)?|dock)\b",
    r"ran (?:off|away|from)",
    # a flight tried, or cut short by bystanders: "attempted to flee the scene but was cornered by
    # members of the public", "was caught by locals and handed over to police"
    r"(?:attempted|tried|tries|trying|attempting) to (?:flee|escape|run (?:off|away)"
    r"|drive (?:off|away)|get away|abscond)",
    r"(?:caught|cornered|nabbed|overpowered) by (?:locals|residents|villagers|members of the public"
    r"|passers-by|bystanders|onlookers|shoppers|a mob|the crowd)",
    r"handed (?:over )?to (?:the )?(?:[\w-]+ )?(?:police|officers|authorities|gendarmerie"
    r"|gendarmes)",
    r"(?:placed|put) under (?:an? )?(?:committal|detention) (?:order|warrant)",
    r"(?:placed|put|kept) (?:in|under) (?:pre-?trial |preventive |provisional |judicial )detention",
    r"drove (?:off|away)", r"sped (?:off|away)", r"failed to stop", r"did not stop", r"didn't stop",
    r"allegedly", r"suspected of",
    r"alleged to have", r"accused of", r"booked", r"bailed", r"released on bail",
    r"released without charge", r"found guilty",
    # bail told by its payment: "was released on Monday evening after paying bail of 20,000
    # reais", "was freed after posting bail", "posted bail", "was bailed out"
    r"(?:released|freed|let go)(?: [\w’'-]+){0,6}? (?:after|upon|on) (?:paying|posting|putting up"
    r"|furnishing|lodging|being granted) (?:a |his |her |their )?bail",
    r"freed on bail", r"bailed out", r"posted (?:a |his |her |their )?bail",
    r"wanted (?:by|for|in)", r"on the run",
    # one not yet held: "is still being sought", "remains at large"
    # ("being" is read as an auxiliary: the predicate starts at "sought")
    r"(?:sought|hunted)(?=\s*[.,;]|\s*$|\s+(?:by|in connection|over|after|for questioning)\b)",
    r"at large",
    # one the authorities investigate: "is under investigation for negligent homicide", "is being
    # investigated for manslaughter" (not "the cause is being investigated": a person's clause)
    r"under (?:criminal |police |formal )?investigation",
    r"deprived of (?:(?:his|her|their) )?(?:personal )?(?:liberty|freedom)(?! of\b)",
    r"(?:placed|put|kept) (?:under|in) (?:police )?detention",
    # a formal suspect's status, as other countries' law names it: "has been made an arguido"
    # (Portugal), "was declared a formal suspect", "has been named as a suspect", "placed under
    # formal investigation", "is considered a suspect"
    r"(?:made|declared|named(?: as)?|considered|treated as|listed as|registered as) an? "
    r"(?:formal |official |main |prime |key )?(?:arguido|suspect)(?![\w-])",
    r"investigated (?:for|over|on suspicion|in connection)",
    # reported to the prosecution, as police in German-speaking and Nordic countries put a charge
    # in train: "will be reported to the public prosecutor's office", "has been reported to the
    # prosecutor on suspicion of negligence"
    r"reported to the (?:public |state |district |regional )?prosecut(?:or|ors|ion|or's office)",
    r"cleared of", r"acquitted", r"found not guilty", r"indicted",  # the accused at trial
    r"(?:refused|granted|denied) bail", r"turned (?:himself|herself) in",
    # a defendant's first hearing: "spoke only to confirm his name", "entered no plea"
    r"(?:only )?spoke(?: only)? to confirm",
    r"confirmed (?:his|her|their) (?:name|identity|details)",
    r"(?:entered|gave|made|indicated) no plea",
    # a plea asked of the defendant: "was not required to plead", "was asked to plead"
    r"(?:not )?(?:required|asked|called upon|invited) to (?:plead|enter a plea)",
    r"(?:gave|made) no indication",
    r"did not enter (?:a|any) pleas?",
    r"(?:entered|indicated) (?:a )?(?:not )?guilty pleas?",
    r"brought before",
    r"(?:made|gave) no reply (?:when|after)", r"(?:made|gave) no comment (?:when|after)",
    r"apprehended", r"nabbed", r"captured", r"tracked down",
    # (not a casualty found in a state: "were picked up in an unconscious condition")
    r"picked up (?:at|from|near|by (?:police|officers|detectives|troops|soldiers|agents)"
    r"|in(?! (?:an? |the |a very |his |her |their )?(?:[\w-]+ ){0,2}?(?:condition|state)\b))",
    r"rounded up",
    # a court's outcome for the one it judged: "was banned from driving for eight years", "was
    # fined £400", "was handed a suspended sentence", "was spared jail"
    r"banned from (?:driving|the roads?|keeping)", r"disqualified from driving", r"fined",
    r"ordered to (?:pay|serve|complete|carry out|perform)", r"imprisoned",
    r"spared (?:jail|prison)",
    r"(?:handed|given) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:sentence|term|ban|order|jail|prison)",
    # a driver's drinking or drugs: "had been drinking", "was over the limit"
    r"drinking", r"over the (?:legal |drink-drive )?limit",
    r"failed a (?:breath|roadside) test", r"tested positive", r"breathaly[sz]ed",
    # the driver who lost control, unless the same sentence makes them a casualty
    r"lost control(?![^.;]*\b(?:died|killed|dead|injured|hurt|trapped)\b)",
    # court and custody steps in other countries' words
    # "is due at Highbury Corner Magistrates' Court", "was ordered held without bond"
    r"due (?:in|at|before) (?:[\w’'-]+ ){0,4}?(?:court|magistrates|judge)",
    r"appear (?:in|at|before)",
    r"ordered (?:held|detained|jailed|remanded)",
    r"(?:placed|put|kept) in (?:police |judicial )?custody",
    r"held at (?:an? |the )?(?:[\w'’-]+ ){0,3}?police station",
    r"released under investigation", r"released pending", r"under arrest", r"arraigned",
    r"indicted", r"cited (?:for|on)", r"absconding", r"absconded", r"produced before",
    r"sent to (?:judicial|police) custody", r"(?:got|jumped|climbed) out and (?:ran|fled)",
    # stopped by the police: "was shot dead by armed officers", "was tasered by police"
    # restrained by anyone: "was tackled by a passer-by", "was Tasered", "wrestled to the ground"
    r"(?:restrained|tackled|overpowered|subdued|disarmed|pinned down|held down)"
    r"(?: [\w-]+){0,3}? by",
    r"tasered", r"tased", r"wrestled to the ground",
    # restrained by handcuffs: "was handcuffed", "was led out of the house in handcuffs"
    r"handcuffed", r"cuffed",
    r"(?:taken|led|brought|walked|marched|escorted|carried|dragged|hauled|frogmarched)"
    r"(?: [^,.;]{0,60}?)? in (?:handcuffs|cuffs|shackles|chains)",
    r"(?:shot|killed|tasered|wounded|stopped|tackled|restrained)(?: dead)? by (?:armed |an? )?"
    r"(?:police|officers?|armed officers|firearms officers|garda[ií]|troopers|deputies)",
)  # fmt: skip
# Fault a court, an inquiry or the police find in a person, told after a copula (roles.py reads
# them only so): "had been 'grossly careless'", "was negligent", "was at fault", "was to blame
# for the collision" (not the nouns of a charge: "charged with culpable homicide and negligent
# conduct").
FAULT_WORDS: tuple[str, ...] = (
    "careless", "negligent", "reckless", "at fault", "to blame", "culpable",
)  # fmt: skip
# Verbs whose active subject did the harm ("Callum Dreghorn, 24, stabbed ..."); in the passive
# ("was stabbed") their subject is a victim, and their object always is.
HARM_VERBS: tuple[str, ...] = (
    r"stabbed", r"shot", r"attacked", r"killed", r"murdered", r"rammed", r"ran down",
    r"ran over", r"mowed down", r"ploughed into", r"plowed into", r"smashed into",
    r"crashed into",
    # a vehicle driven into people, not people driven somewhere ("drove the wounded to hospital")
    r"drove (?:into|onto|through|(?:a|an|the|his|her) (?:[\w-]+ ){0,4}?(?:into|onto|through|over"
    r"|at|towards?|down)\b)", r"struck", r"knifed",
    # a vehicle or a body aimed at people: "drove at the crowd", "lunged at a guard"
    r"(?:drove|swerved|steered|lunged|rushed|charged|accelerated) (?:at|towards|toward)",
    r"punched", r"assaulted", r"set fire", r"opened fire", r"set alight", r"torched",
    r"carried out", r"planned", r"masterminded", r"kidnapped", r"robbed", r"strangled",
    r"beat", r"hit", r"hijacked",
    # blows by hand or blade: "slashed a man across the face", "hacked at the doorman"
    r"slashed", r"hacked", r"battered", r"bludgeoned", r"glassed", r"kicked", r"maimed",
    # shots and drawn weapons: "fired into the crowd", "pulled out a handgun"
    r"fired(?= (?:into|at|on|upon|shots|several|multiple|a |two|three|four|five|\d))",
    r"began (?:shooting|firing|stabbing|slashing|attacking)",
    r"launched (?:the|an|a|his|her) (?:[\w-]+ )?(?:attack|assault|rampage)",
    r"started (?:shooting|firing|stabbing|slashing|attacking)",
    *(
        rf"{verb} (?:out )?(?:a|an|his|her) (?:[\w-]+ )?(?:gun|handgun|pistol|revolver|rifle"
        r"|shotgun|knife|blade|machete|weapon|firearm)"
        for verb in ("pulled", "drew", "produced", "brandished", "took")
    ),
)  # fmt: skip
# Participles whose passive's by-agent did the harm or set it going, whatever noun names them
# ("was stabbed by a 25-year-old man", "The fireworks were lit by a man in his 40s", "had been set
# off by a 47-year-old member of the club", "The blaze was caused by a 30-year-old tenant").
CAUSE_PARTICIPLES: tuple[str, ...] = (
    "stabbed", "shot", "attacked", "killed", "murdered", "knifed", "punched", "assaulted",
    "slashed", "hacked", "battered", "bludgeoned", "strangled", "kicked", "beaten", "stoned",
    "clubbed", "throttled", "choked", "run over", "run down", "mown down", "knocked down",
    "rammed", "set off", "let off", "lit", "ignited", "started", "caused", "triggered",
    "detonated", "thrown", "hurled", "launched", "planted", "sparked",
    "set (?:alight|on fire|ablaze)", "fired", "hit", "struck", "injured", "wounded",
)  # fmt: skip
# The active past of setting a harm going, and the things it is done to, for a relative clause
# that tells the doer: "the teenager who lit the firework", "the man who started the fire", "the
# worker who set off the charge", "who threw the flare into the crowd".
CAUSE_VERBS: tuple[str, ...] = (
    "lit", "set off", "let off", "started", "ignited", "threw", "hurled", "launched", "fired",
    "detonated", "caused", "sparked", "triggered", "planted",
)  # fmt: skip
CAUSE_OBJECTS: tuple[str, ...] = (
    "firework", "rocket", "flare", "fire", "blaze", "explosion", "blast", "bomb", "device",
    "charge", "crash", "collision", "accident", "fountain", "pyrotechnic", "grenade", "petrol bomb",
    "molotov", "cracker", "firecracker", "banger", "stampede", "crush", "chain reaction",
)  # fmt: skip
# The harm verbs of an assault by hand or weapon (not a vehicle's: a passenger or a rider "hit" or
# "struck" things): with a person as their object, their active subject did it whatever the
# subject's noun ("A 30-year-old passenger stabbed the conductor", "a worker killed his foreman").
ASSAULT_VERBS: tuple[str, ...] = (
    "stabbed", "shot", "attacked", "killed", "murdered", "knifed", "punched", "assaulted",
    "slashed", "hacked", "battered", "bludgeoned", "strangled", "kicked", "beat", "stoned",
    "clubbed", "throttled", "choked", "hacked at", "shot at", "opened fire on", "set upon",
    "turned on", "lunged at", "knifed",
)  # fmt: skip
# The -ing stems of harm verbs: their object is a victim ("accused of slashing X", "charged with
# hacking at X", "murdering X").
HARM_ING_STEMS: tuple[str, ...] = (
    "murder", "kill", "stabb", "shoot", "attack", "assault", "strangl", "rob", "kidnapp", "injur",
    "wound", "slash", "hack", "batter", "beat", "bludgeon", "punch", "kick", "glass", "maim",
    "knif", "strik", "hitt", "rap", "throttl", "chok", "burn", "torch",
)  # fmt: skip
# Verbs whose object is the suspect ("Police have arrested a 25-year-old man"); not "holding",
# whose object may be a press conference, nor "questioning" (roles.py takes only its direct
# object: "questioning a man in his 40s", not "questioning neighbours, including a ...").
ARRESTING_VERBS: tuple[str, ...] = (
    r"arrested", r"arresting", r"arrest", r"detained", r"detaining", r"charged", r"charging",
    r"jailed", r"convicted", r"sentenced", r"remanded", r"held", r"found", r"nabbed",
    r"apprehended", r"caught", r"picked up", r"rounded up", r"nicked", r"collared",
    r"tracked down", r"took", r"taken", r"taking",  # "took a 22-year-old man into custody"
    # restraint: "Commuters restrained the 32-year-old", "Officers Tasered the man"
    r"booked",  # Indian copy: "Police booked the driver, X (41)"
    r"restrained", r"tackled", r"tasered", r"tased", r"overpowered", r"subdued", r"disarmed",
    r"pinned down", r"wrestled",
    r"sentencing", r"jailing", r"convicting",  # "Sentencing Gareth Rowe, 35, the judge said"
    r"hunting", r"hunting for", r"hunt for", r"seeking", r"trace", r"tracing", r"track down",
)  # fmt: skip
# Casualty predicates: a person they describe is a victim ("died at the scene", "was hurt").
VICTIM_PREDICATES: tuple[str, ...] = (
    r"died", r"dies", r"dead", r"killed", r"injured", r"hurt", r"wounded", r"suffered",
    r"sustained", r"received (?:[\w-]+ ){0,2}?(?:injuries|wounds|burns|fractures)",
    r"taken to (?:a |the )?hospital", r"in hospital", r"critical condition",
    r"lost (?:his|her|their) li(?:fe|ves)", r"pronounced dead", r"rescued", r"treated",
    r"airlifted", r"flown to", r"missing",
    r"bitten", r"mauled", r"savaged", r"gored",  # an animal's victim: "was bitten on the hand"
    # held by the wreck until rescuers came: "was trapped in the car", "had to be cut free"
    r"trapped", r"cut free", r"freed from", r"extricated",
    # a death told by its manner or its end: "drowned", "perished in the blaze", "succumbed to
    # his injuries", "burned to death" (not one who drowned another: "drowned his daughter")
    r"drowned(?! (?:his|her|their|the|a|an|two|three)\b)", r"perished", r"succumbed",
    r"(?:burned|burnt|crushed|trampled) to death",
)  # fmt: skip
# A driver's lapse at the wheel ("had fallen asleep at the wheel", "lost control"): the driver
# is the one the crash is laid on, unless the same clause says they died or were hurt.
DRIVER_LAPSES: tuple[str, ...] = (
    r"f(?:e|a)ll(?:en)? asleep", r"(?:nodded|dozed) off", r"lost control", r"blacked out",
    r"lost awareness",
    # driving against the traffic: "drove the wrong way", "was driving on the wrong side"
    r"(?:drove|was driving|had been driving|had driven|driving|travelled|traveled|was travelling"
    r"|was traveling) (?:the wrong way|(?:on|in|down|up) the wrong (?:side|lane|carriageway)"
    r"|against the (?:flow of )?traffic|in the opposite direction)",
)  # fmt: skip
# Nouns of a victim or a witness standing with a name ("Passenger Raj Menon, 46", "the victim,
# 54,", "Eyewitness Shabana Begum (45)"): such a person is never the suspect.
VICTIM_NOUNS: tuple[str, ...] = (
    "victim", "victims", "deceased", "dead", "casualty", "fatality", "survivor", "patient",
    "witness", "eyewitness", "passer-by", "neighbour", "neighbor", "resident", "pedestrian",
    "passenger", "cyclist", "rider", "mother", "mum", "mom", "father", "dad", "son", "daughter",
    "wife", "husband", "brother", "sister", "relative", "friend", "bystander", "customer",
    "colleague", "pilot", "worker", "guard", "officer", "constable", "student", "pupil", "owner's",
    "councillor", "spokesman", "spokeswoman", "spokesperson", "minister", "judge", "prosecutor",
    "inspector",
)  # fmt: skip
# Nouns whose of-phrase names the dead or their kin, and whose predicate is the noun's own ("The
# funeral of X was held on Sunday", "the body of X, 31, was found", "the family of X have said"):
# the person named there is never the suspect.
VICTIM_OF_NOUNS: tuple[str, ...] = (
    "funeral", "funerals", "burial", "cremation", "memorial", "vigil", "wake", "body", "bodies",
    "remains", "death", "deaths", "killing", "murder", "inquest", "post-mortem", "autopsy",
    "family", "families", "relatives", "parents", "widow", "widower", "mother", "father",
    "grave", "coffin", "casket", "obituary",
)  # fmt: skip
# Nouns whose of-phrase names another person ("the father of X", "a friend of X", "the lawyer of
# X"): after any other person noun an of-phrase tells where the person lives ("a labourer of
# Checker Hall", "a 24-year-old man of Riverside").
PERSON_OF_PERSON_NOUNS: tuple[str, ...] = (
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "relative",
    "friend", "cousin", "uncle", "aunt", "nephew", "niece", "widow", "widower", "partner",
    "fiance", "fiancé", "fiancee", "fiancée", "girlfriend", "boyfriend", "colleague", "lawyer",
    "attorney", "counsel", "client", "boss", "neighbour", "neighbor", "killer", "murderer",
    "attacker", "victim", "supporter", "associate", "follower", "grandfather", "grandmother",
    "grandson", "granddaughter", "stepfather", "stepmother", "guardian", "parent", "child",
    "sibling", "twin",
)  # fmt: skip
# A later or lesser arrest: "a second man", "a 51-year-old held on suspicion of assisting an
# offender" is not the suspect whose age and name the reports compare.
OTHER_ARRESTEE_WORDS: tuple[str, ...] = (
    "second", "third", "fourth", "fifth", "another", "other", "further",
)  # fmt: skip
ACCESSORY_CUES: tuple[str, ...] = (
    r"assisting an offender", r"helping (?:the|a|him|her)", r"harbou?ring", r"perverting",
    r"withholding", r"concealing", r"handling stolen",
    # charged or held as a helper of the one who did it: "are charged as accomplices"
    r"(?:as|an?) (?:accomplices?|accessor(?:y|ies)|abettors?)",
)  # fmt: skip
# Given names written short with a full stop ("Mohd. Irfan", "Wm. Hale"): they open a name.
GIVEN_NAME_ABBREVIATIONS: tuple[str, ...] = ("Mohd", "Wm", "Chas", "Jas", "Thos")  # as in text.py
# Endings of a job or role noun ("Foreman", "Chemist", "Electrician", "Engineer"): such a word
# before a name of two more capitalised words is the person's title, not their first name.
TITLE_SUFFIXES: tuple[str, ...] = ("man", "woman", "person", "ist", "ician", "eer")
# Words that open a place's name ("South London", "Greater Manchester", "Upper Norwood"): a
# capitalised phrase they begin is no person's name (one may end one: "Kanye West").
COMPASS_WORDS: tuple[str, ...] = (
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Greater", "Upper", "Lower", "Inner", "Outer", "Mid", "Northeast", "Northwest", "Southeast",
    "Southwest", "North-East", "North-West", "South-East", "South-West",
)  # fmt: skip
# Honorifics and forms of address written before a person's name, across the cultures news
# copy comes from (a closed class): "Mr. Nguyen Van Thanh", "Haji Muhammad Aslam", "Alhaji Musa
# Bello", "Chief Emeka Nwosu", "Evangelist Peter Ndi", "Senhor Carlos Lima", "Smt. Kamla Devi";
# a full stop may follow the short ones. Not the name's own: never a given name or surname
# (left out: Don, Nana, Baba, Sri, Tuan, Pak, whose words are names too, and Sr, a senior).
HONORIFICS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Rev", "Revd", "Reverend", "Fr",
    "Father", "Sister", "Brother", "Pastor", "Evangelist", "Bishop", "Archbishop", "Apostle",
    "Prophet", "Deacon", "Imam", "Sheikh", "Shaikh", "Sheik", "Haji", "Hajji", "Hajjah", "Hajia",
    "Hajiya", "Alhaji", "Alhaja", "Alh", "Mallam", "Malam", "Maulana", "Maulvi", "Mufti", "Ustaz",
    "Ustadz", "Ustadh", "Shri", "Shree", "Smt", "Kumari", "Pandit", "Sardar", "Datuk", "Dato",
    "Datin", "Encik", "Puan", "Senhor", "Senhora", "Señor", "Señora", "Sra", "Srta", "Doña",
    "Dona", "Senor", "Senora", "Monsieur", "Madame", "Mme", "Mlle", "Herr", "Frau", "Signor",
    "Signora", "Chief", "Mzee", "Togbe", "Engr", "Atty", "Hon", "Sir", "Dame", "Lord", "Lady",
)  # fmt: skip
# Capitalised words that are not (part of) a person's name: titles, institutions, places.
NOT_NAME_WORDS: tuple[str, ...] = (
    *HONORIFICS,
    "Police", "Court", "Service", "Council", "Crown", "Magistrates", "Fire", "Rescue", "Station",
    "Detective", "Inspector", "Sergeant", "Superintendent", "Chief", "Constable", "Officer",
    "The", "A", "An", "He", "She", "They", "It", "Lone", "Bus", "Passenger", "Witness", "Judge",
    "Justice", "Prosecutor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady",
    "Recorder", "Magistrate", "Coroner",  # judges' and coroners' titles
    # ranks and honorifics before a name: "Lance Corporal Musa Danjuma", "Alhaji Sani Bello"
    "Corporal", "Bombardier", "Captain", "Lieutenant", "Colonel", "Major", "Private", "Trooper",
    "Pastor", "Reverend", "Rev", "Alhaji", "Imam",
    "Eyewitness", "Hospital", "Road", "Street", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Update", "Breaking",
    "Cops", "Officers", "Authorities", "Neighbours", "Witnesses", "Paramedics", "Scotland",
    "Yard", "Minister", "President", "Prime", "Circle", "Assistant", "Deputy", "Acting",
    "Commissioner", "Sheriff", "Mayor", "Councillor", "Prosecutors", "Spokesman", "Spokeswoman",
    # person nouns that open a headline ("Man, 22, arrested after ...")
    "Man", "Woman", "Boy", "Girl", "Teen", "Teenager", "Youth", "Driver", "Suspect", "Gunman",
    "Attacker", "Pensioner", "Mum", "Dad", "Mother", "Father", "Son", "Daughter", "Student",
    # a company's designators close its name: "Kelbrook Imports Inc", "Harlan Freight Ltd"
    "Inc", "Corp", "Ltd", "Llc", "LLC", "Plc", "PLC", "Co", "GmbH",
)  # fmt: skip
