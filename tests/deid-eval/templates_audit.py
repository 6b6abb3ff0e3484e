"""Note templates of the audit split (generate_audit.py). Nothing here is used by any other split.

People developing the scrubber must not open this file: the audit split measures recall on
text the scrubber was never tuned on.

Slot syntax (rendered by generate_audit.Ctx):
  people      {pt} {k1..k3} (relatives) {x1} {x2} (others) {c1..cN} (clinicians, in the family's
              "clinicians" order) {cov} (covering clinician, not in the patient object), each
              optionally .STYLE: full gmf fm first last nick ttl ttlfull LF Lf band caps lastcaps low
              lowfirst init ginit inits poss fposs nat natfirst natlast both nboth famfirst sig
              sigcaps dr drfull lfcred rel cred (default: a style drawn at random)
  dates       {d.KIND} or {d.KIND.STYLE}; KIND now adm proc dc dod dob past recent soon; STYLE a
              date style, dt (with a time), intl (the patient's own convention), wd (weekday
              before it), full (with day and year), ny (no year), my (month and year)
  identifiers {i.NAME} or {i.NAME.ARG}: mrn ssn ssn4 ssnmask mbi member group medicaid natid acct
              enc dea.cN npi.cN lic.cN dl cdl ccw vin plate placard dev.KIND url.KIND ip4 ip6
              phone.WHO fax fax.new email email.WHO email.obf addr full block city zip st (.WHO)
              intl icity aps cps police court rx pa claim acc emp badge student passport wc fmla
              ems interp unos incident ref medcert vet
  ages        {age} {age.STYLE} {age.WHO} {age.WHO.STYLE}; STYLE adj short num pred paren
  keep        {=KIND:text} {v.drug} {v.drugs} {v.drugs.PREFIX} {v.lab} {v.labs} {v.vit}
              {v.vittable} {v.epo} (conditions) {v.sign} (findings, tests) {v.proc}
              (procedures, positions) {v.dx} {v.code} {v.score} {v.abbr} {v.word}
  text        {he} {He} {his} {His} {him} {sex} {MF} {hosp} {clinic} {pharm} {agency} {school}
              {employer} {payer} {country} {time} {pager} {ext} {year} {room} {a|b|c} {~POOL}
"""

POOLS = {
    # ---- shared ---------------------------------------------------------------------------
    "specialty": ["cardiology", "GI", "nephrology", "ortho", "general surgery", "neurology", "pulm/CCM",
                  "urology", "ID", "heme/onc", "psychiatry", "OB/GYN", "vascular", "palliative care"],
    "lives": [
        "Lives with {his} {k1.rel} {k1.first} in a split-level, six steps to enter, bedroom upstairs.",
        "Lives alone in a second-floor walk-up at {i.addr}; {his} {k2.rel} checks on {him} most days.",
        "Staying with {his} {k1.rel} at {i.addr.k1} in {i.city.k1} since the house fire.",
        "Couch-surfing for the last month. Last stable address {i.full}.",
        "Senior apartments with an elevator; Meals on Wheels on weekdays.",
        "Shares a single-wide with {his} {x1.rel} {x1.first} just outside {i.city}.",
        "Moved up from {i.icity} about {year}; lives with {k1.full} ({k1.rel}).",
        "{His} {k1.rel}, {age.k1.num}, is {his} main caregiver and still drives.",
        "Lives with {his} {k1.rel} {k1.first} ({age.k1.num}) in a ranch house; no stairs.",
    ],
    "substance": [
        "Quit cigarettes in {year}, roughly 25 pack-years.",
        "Drinks 6-8 beers most nights; last drink {d.recent.ny} around {time}.",
        "No tobacco, no alcohol, no street drugs per pt.",
        "Vapes nicotine daily; cannabis gummies on weekends.",
        "Former IV heroin use, in recovery since {year}, doses at the methadone clinic daily.",
        "Chews tobacco, 1 can per 2 days. Social ETOH.",
    ],
    "payerline": [
        "{payer}  Member# {i.member}  Grp {i.group}",
        "Primary: Medicare, MBI {i.mbi}; secondary {payer} ID {i.member}",
        "Medicaid (state plan) recip. no. {i.medicaid}",
        "Coverage: {payer}, subscriber {k1.full}, ID {i.member}, group no. {i.group}",
        "{payer} / ID {i.member}",
    ],
    "contactline": [
        "Cell {i.phone.pt}; home {i.phone.pt}.",
        "Best # {i.phone.pt} (texts ok). Alt: {k1.rel} {k1.first} {i.phone.k1}.",
        "Pt's phone is shut off - reach {his} {k1.rel} {k1.full} at {i.phone.k1}.",
        "Contact: {i.phone.pt} / {i.email}",
        "Emergency contact {k2.full} ({k2.rel}) {i.phone.k2}",
    ],

    # ---- emergency department -------------------------------------------------------------
    "edcc": ["chest pressure x 2 hours", "fall at home, R hip pain", "SOB, worse x3 days", "confusion",
             "RLQ abd pain since last night", "syncope in church", "SI with plan",
             "L hand lac (kitchen knife)", "fever/rigors", "slurred speech, LKW {time}", "MVC, neck pain",
             "dog bite R forearm", "hematemesis x2"],
    "edarrive": [
        "by ambulance from home",
        "by private car; {his} {k1.rel} drove",
        "by county EMS after {his} {x1.rel} {x1.full} called 911",
        "as a transfer from an urgent care in {i.city.new}",
        "walking in on {his} own",
        "via police, on an emergency detention",
    ],
    "edhpi": [
        "Started {d.recent.wd} after shoveling the driveway; pressure goes to the L jaw, + diaphoresis.",
        "Per {his} {k1.rel} {k1.first}, {he} was 'talking nonsense' at breakfast and dropped a mug.",
        "Slipped on wet leaves on the back steps, + head strike, no LOC; takes {v.drug}.",
        "Three days of productive cough, fevers to 102, now winded walking to the mailbox.",
        "Periumbilical pain yesterday evening moving to the RLQ overnight, anorexia, vomited once.",
        "Found on the kitchen floor by {his} {x1.rel} {x1.full} at about {time}; last seen ok the night before.",
        "Says {he} has been thinking about ending {his} life and has been saving up pills.",
        "Restrained passenger, T-boned at low speed; c-collar placed by EMS (run #{i.ems}).",
    ],
    "edexam": [
        "GEN: uncomfortable, clammy. CV: tachy, regular. LUNGS: clear.",
        "GEN: frail, thin, no acute distress. Skin tenting.",
        "NEURO: L facial droop, drift RUE, dysarthric. {v.score}.",
        "ABD: TTP RLQ w/ guarding, + rebound, {=eponym:McBurney point} tenderness.",
        "HEENT: no {=eponym:Battle sign}, no hemotympanum. Neck supple.",
        "EXT: R leg shortened and externally rotated, NV intact distally.",
        "CHEST: coarse rhonchi R base, decr BS. {v.abbr}.",
    ],
    "edmdm": [
        "Labs notable for {v.labs}. EKG {v.abbr}. Trop x2 pending.",
        "CT head neg for bleed. {v.labs}. Discussed w/ {c4.dr} ({~specialty}) at {time}, will see in ED.",
        "Lactate and cultures sent, 30 mL/kg bolus, abx started: {v.drug}.",
        "CXR: RLL consolidation. {v.lab}. CURB criteria reviewed; admit.",
        "Psych eval requested. Pt medically cleared: {v.labs}.",
        "XR pelvis: displaced femoral neck fx. Ortho ({c4.full}) aware, NPO.",
    ],
    "eddispo": [
        "DISPO: admit to hospitalist, tele bed. PCP {c5.dr} notified via secure chat.",
        "DISPO: discharged home w/ {k1.rel}, return precautions given; f/u with {c5.ttl} in 2-3 days.",
        "DISPO: transfer to {hosp2} for IR; accepting {cov.drfull}, tel {i.phone.new}.",
        "DISPO: OR tonight w/ {c4.dr}. Consent signed by pt.",
        "DISPO: voluntary psych admission, 1:1 sitter until bed.",
    ],

    # ---- operative --------------------------------------------------------------------
    "opproc": ["laparoscopic cholecystectomy", "laparoscopic appendectomy", "right hip hemiarthroplasty",
               "exploratory laparotomy with small bowel resection", "incision and drainage, perianal abscess",
               "ORIF left distal radius", "left below-knee amputation", "diagnostic knee arthroscopy"],
    "opfind": [
        "Gallbladder distended and inflamed, stone impacted at the neck; cystic duct and artery clipped x2 each.",
        "Suppurative appendix, no perforation; base healthy, stapled.",
        "Displaced subcapital fracture; 48 mm head, cemented stem.",
        "Dense adhesions, 20 cm of dusky ileum resected, stapled side-to-side anastomosis.",
        "Large loculated abscess, 30 mL purulent fluid, sent for {=eponym:Gram stain} and culture.",
    ],
    "opstep": [
        "Pt brought to OR {room}, time-out performed with all team members. Abx given within 60 min of incision.",
        "Induction uneventful, {=eponym:Cormack-Lehane grade 1 view} on intubation. Positioned supine, pressure points padded.",
        "Sterile prep with chlorhexidine. 12 mm Hasson port at the umbilicus under direct vision.",
        "Hemostasis assured. Fascia closed with 0 Vicryl, skin with 4-0 Monocryl, dermabond.",
        "Counts correct x2. Pt extubated in the OR and taken to PACU in stable condition.",
    ],

    # ---- nursing ----------------------------------------------------------------------
    "rnassess": [
        "Neuro: A&O x3, forgetful at times, calls {his} {k1.rel} by the wrong name.",
        "Resp: 2L NC, sats low 90s, dim bases, IS 750.",
        "CV: SR on tele 70s-80s, 1+ edema BLE.",
        "GI: tol clears, BS x4, no BM since {d.recent.ny}.",
        "GU: voiding in urinal, amber. PVR 180 by bladder scan.",
        "Skin: stage 2 sacrum, foam dressing changed. Braden reassessed.",
        "Pain: rates 6/10 at incision, PRN given at {time} w/ relief.",
        "Safety: bed alarm on, yellow socks, fall bundle.",
    ],
    "rnevent": [
        "At {time} pt found sitting on floor next to bed, states {he} was trying to get to the BR. No injury noted. {cov.dr} notified, incident report #{i.incident} filed.",
        "Pt pulled PIV at {time}; new 20g L FA placed on 2nd attempt.",
        "Pt refused 2100 meds, states they 'make {him} loopy'. Charge RN aware.",
        "Rapid response called {time} for SBP 78; fluids given per {cov.ginit}, BP up to 104/60.",
        "{His} {k1.rel} {k1.first} upset re: lost hearing aid (serial {i.dev.hear}); security notified.",
    ],

    # ---- discharge --------------------------------------------------------------------
    "dccourse": [
        "Admitted for {v.dx}. Treated with {v.drug}; improved by day 3.",
        "Diuresed about 6 L on IV loop, transitioned to {v.drug}. Dry weight set at 81 kg.",
        "Went to the OR on {d.proc} ({~opproc}); post-op course uncomplicated apart from ileus.",
        "Blood cultures grew {=eponym:Klebsiella pneumoniae}; ID ({c3.dr}) recommended {v.drug} for 14 days via PICC.",
        "Delirium on night 2 managed without restraints; back to baseline per {his} {k1.rel}.",
        "Transfused 2 u PRBC for {v.lab}; EGD showed a clean-based ulcer.",
    ],
    "dcinstr": [
        "Call the clinic at {i.phone.clinic} for fever >101, bleeding, or worsening pain.",
        "Weigh yourself every morning; call if up 3 lb in a day or 5 lb in a week.",
        "No driving while on pain medicine. No lifting over 10 lb for 6 weeks.",
        "Keep the incision dry for 48 hours, then shower is ok - no tub soaking.",
        "Check sugars before meals and at bedtime and bring the log.",
    ],
    "dcfu": [
        "{c2.drfull}, PCP - within 7 days (clinic will call).",
        "{c3.dr} ({~specialty}) on {d.soon} at {time}.",
        "Labs: {v.lab} recheck on {d.soon.ny}.",
        "Wound check with {clinic} {d.soon.wd}.",
        "Anticoag clinic {i.phone.new}, first INR {d.soon.full}.",
    ],

    # ---- referral ---------------------------------------------------------------------
    "refq": [
        "I would value your opinion on whether this represents {v.epo} or something else entirely.",
        "Could you assess for surgical candidacy? Pt is keen to avoid a long hospital stay.",
        "Please see for consideration of biologic therapy; failed two conventional agents.",
        "Persistent {v.lab} despite adherence to {v.drug}. Any further work-up you'd suggest?",
        "{v.sign} was positive here; I'm not sure what to make of it.",
        "Family is asking about a second opinion before {he} commits to dialysis.",
    ],

    # ---- telephone / portal -----------------------------------------------------------
    "phonewho": ["pt", "{his} {k1.rel} {k1.full}", "{k2.first} ({k2.rel})", "{x1.rel} {x1.full}",
                 "home health nurse from {agency}", "{pharm} pharmacist"],
    "phonewhy": [
        "BP at home 186/104 and 192/98 this AM, mild HA, no CP.",
        "pt fell getting out of the tub last night, now R wrist swollen",
        "needs refill of {v.drug}, pharmacy says expired rx",
        "fever 101.6 since yesterday, on chemo (last cycle {d.recent.ny})",
        "asking for results of {v.lab} drawn {d.recent.wd}",
        "sugars running 300s despite {v.drug}",
        "new rash on trunk after starting {v.drug}",
        "wants to know if ok to travel to {i.icity} next month",
    ],
    "phoneplan": [
        "Advised ED now; caller agrees, {k1.rel} to drive to {hosp}.",
        "Appt made w/ {c3.full} tomorrow {time}.",
        "Refill sent to {pharm} per protocol, 30 day supply.",
        "Routed to {c2.dr} for review. Will call back by 4 pm.",
        "Home care advice given. Caller verbalized understanding, will call back if worse.",
    ],
    "portalpt": [
        "hi, just wanted to let you know my sugars have been in the 200s all week even with the {v.drug}. should I go up?",
        "Dr {c1.last}, the pharmacy says my prior auth for {v.drug} got denied again (ref {i.pa}). What do I do??",
        "I have attached the form from my job, they need it by the {d.soon.thMon}. my employee # is {i.emp} if that helps",
        "my {k1.rel} ({k1.full}) says I should ask about the {v.epo} thing they mentioned at my last visit",
        "do I need to fast before the {v.sign}? its on {d.soon.monthd_low}",
        "Can someone call me back at {i.phone.pt}, the number in my chart is old ({i.phone.new} is not mine anymore)",
        "The video link didnt work yesterday ({i.url.tele}) so we missed the visit. can we reschedule",
    ],

    # ---- case management / social work ------------------------------------------------
    "cmbarrier": [
        "No PCP on file; pt has not seen a doctor since {year}.",
        "Prior auth for SNF pending with {payer} (auth {i.pa}).",
        "Needs DME: hospital bed, {=abbreviation:3-in-1 commode}, rolling walker ({v.code}).",
        "Lost Medicaid in the last redetermination; reapplication started, case # {i.ref}.",
        "Pt's {k1.rel} works nights and cannot be the sole caregiver.",
        "Transportation: no car, lives 40 min from dialysis.",
    ],
    "swassess": [
        "Pt tearful at times, endorses poor sleep and worry about bills. {v.score}.",
        "Pt guarded, says '{his} {k1.rel} handles all that' when asked about finances.",
        "Reports {his} {x2.rel} {x2.full} has been taking {his} SS check; pt fearful of retaliation.",
        "Pt is a veteran (VA file {i.vet}); eligible for VA caregiver support.",
        "Pt's {k1.rel} {k1.first} is POA; copy of POA document scanned to media tab.",
        "Undocumented per pt; uninsured, interested in charity care application.",
    ],

    # ---- pharmacy ---------------------------------------------------------------------
    "rphissue": [
        "duplicate therapy: two PPIs on the MAR",
        "vanc trough supratherapeutic with rising Cr",
        "QTc 512 on {v.drug} plus ondansetron",
        "renal dosing needed, CrCl ~28 mL/min",
        "DOAC dosing review; pt is {age.pred}, wt 52 kg",
        "home med not on formulary, therapeutic interchange",
    ],
    "rphrec": [
        "Recommend change to {v.drug}.",
        "Hold next dose; repeat level at {time} tomorrow.",
        "Discontinue {v.drug} given interaction with {v.drug}.",
        "Check {v.lab} in AM before continuing.",
        "Counseled pt/{k1.rel} at bedside using teach-back.",
    ],

    # ---- home health ------------------------------------------------------------------
    "hhfind": [
        "Home cluttered, throw rugs in hallway - advised removal, {k1.rel} agreeable.",
        "Pill organizer filled for 2 weeks; 3 doses missed last week per count.",
        "Wound L shin 3.2 x 2.0 cm, granulating, scant serous drainage.",
        "O2 concentrator (SN {i.dev.o2}) running at 2 L, tubing 50 ft, trip hazard discussed.",
        "Wt up 4 lb since last visit, 2+ edema; called {c2.dr}'s office.",
        "Pt ambulating with walker ~40 ft, SOB after, recovers in 2 min.",
    ],

    # ---- death / transfer -------------------------------------------------------------
    "deathcourse": [
        "Admitted with {v.dx}; despite maximal medical therapy {he} progressed to multiorgan failure.",
        "Transitioned to comfort-focused care after a family meeting with {his} {k1.rel} and {k2.rel}.",
        "Found pulseless on AM rounds; code called, no ROSC after 20 min.",
        "Hospice consulted on {d.recent.ny}; died peacefully with family present.",
    ],
}

# Ordinary-word uses of the names that are also words, and eponyms whose surname is also a
# person's name in this split. {=KIND:...} marks the keep span.
WORD_SENTENCES = {
    "Charity": ["Financial counselor started a {=word:charity} care application.",
                "Eligible for {=word:charity} care at 200% FPL."],
    "Honor": ["Team will {=word:honor} the pt's wish for no intubation.",
              "Family asked us to {=word:honor} {his} request to go home."],
    "Misty": ["Vision 'kind of {=word:misty}' in the L eye since this morning."],
    "Penny": ["{=word:Penny}-sized area of erythema at the IV site."],
    "Candy": ["Keeps hard {=word:candy} in {his} pocket for lows.",
              "Ate {=word:candy} for a glucose of 61, rechecked 98."],
    "Jewel": ["Pt asked that {his} {=word:jewelry} be sent home with family before surgery."],
    "Major": ["Hx {=word:major} depressive disorder, stable on meds.", "No {=word:major} bleeding events."],
    "Cash": ["Pays {=word:cash} for meds; GoodRx coupon given.", "Works {=word:cash}-only jobs, no insurance."],
    "Chance": ["Discussed the {=word:chance} of recurrence (~30%).", "Small {=word:chance} of needing a drain."],
    "Clay": ["Stools pale, {=word:clay}-colored x1 week."],
    "Art": ["Enjoys {=word:art} therapy group on the unit.", "Radial {=word:arterial} line placed for pressures."],
    "Guy": ["Pt says a '{=word:guy} at work' had the same cough."],
    "Cane": ["Ambulates with a single-point {=word:cane}.", "Uses a quad {=word:cane} indoors."],
    "Block": ["EKG: {=word:right bundle branch block}, unchanged.", "Regional nerve {=word:block} placed pre-op."],
    "Branch": ["{=word:Branch} retinal vein occlusion on the L, per optho."],
    "Hurt": ["Says it {=word:hurt} to swallow for two days.", "Denies being {=word:hurt} by anyone at home."],
    "Sole": ["Callus on the {=word:sole} of the R foot, no ulcer.", "{His} {=word:sole} source of income is SSI."],
    "Hale": ["Looks {=word:hale} for age, walks without aid."],
    "Blood": ["{=word:Blood} cultures x2 drawn before abx.", "No {=word:blood} in stool per pt."],
    "Hand": ["R {=word:hand} dominant.", "{=word:Hand} grip 4/5 on the L."],
    "Moody": ["{His} {k1.rel} describes {him} as '{=word:moody}' since the stroke."],
    "Wise": ["Felt it {=word:wise} to observe overnight given the anticoagulation."],
    "Stout": ["Drinks a pint of {=word:stout} most evenings."],
    "Glass": ["Cut on broken {=word:glass}, wound explored, no FB on XR.",
              "Reading {=word:glasses} only; no acute vision change."],
    "Battle": ["No {=eponym:Battle sign}, no raccoon eyes.", "{=word:Battle} with insurance over the pump for months."],
    "Bloom": ["Cultures: no {=word:bloom} at 48 h."],
    "Fowler": ["HOB up, semi-{=eponym:Fowler position} for comfort.", "Positioned in high {=eponym:Fowler}."],
    "Gram": ["{=eponym:Gram stain}: GPC in clusters.", "Sputum {=eponym:Gram stain} pending."],
    "Holter": ["48-hour {=eponym:Holter monitor} ordered for palpitations."],
    "Doppler": ["Venous {=eponym:Doppler ultrasound} LLE negative for DVT.", "Pulses by {=eponym:Doppler} only."],
    "Coombs": ["{=eponym:Direct Coombs test} negative."],
    "Ewing": ["Hx {=eponym:Ewing sarcoma} of the L femur as a teen, in remission."],
    "Broca": ["Speech halting, consistent with an expressive ({=eponym:Broca}) aphasia."],
    "Weber": ["{=eponym:Weber test} lateralizes to the R."],
    "Kocher": ["Old {=eponym:Kocher incision} well healed."],
    "Sims": ["Placed in left {=eponym:Sims position} for the exam."],
    "Bennett": ["XR: {=eponym:Bennett fracture} of the L thumb base."],
    "Bowen": ["Derm biopsy: {=eponym:Bowen disease} (SCC in situ), R forearm."],
    "Kerley": ["CXR with {=eponym:Kerley B lines} and small effusions."],
    "Fournier": ["Perineal crepitus raised concern for {=eponym:Fournier gangrene}; CT negative."],
    "Sun": ["Avoid prolonged {=word:sun} exposure on doxycycline.", "Rash on {=word:sun}-exposed skin only."],
    "Shin": ["Abrasion over the L {=word:shin}, cleaned and dressed.", "Pitting edema to the mid-{=word:shin}."],
    "He": ["{=word:He} denies chest pain."],
    "Oh": ["Pt's first words on waking: '{=word:Oh}, not again.'"],
    "Song": ["Calms down when {his} {k1.rel} plays a favorite {=word:song}."],
    "Ma": ["Pt calls {his} grandmother '{=word:Ma}'."],
}

_ED_OPT = [
    ["SOCIAL: {~lives} {~substance}", "SH: {~substance} {~lives}"],
    ["CONTACT: {~contactline}", "Callback: {i.phone.pt} (cell). {~contactline}"],
    ["REG: {~payerline}", "Registration verified {~payerline}; SSN on file {i.ssnmask}."],
    ["PMH: {v.dx}; {v.abbr}; {v.epo}.", "PMHx: {v.dx}, {v.abbr}. Last admission {d.past} at {hosp}."],
    ["MEDS (per {pharm} fill hx):\n{v.drugs}", "Home meds reconciled with {k1.rel}:\n{v.drugs.*_}"],
    ["{v.word}", "{v.word} {v.abbr} noted."],
    ["MVC details: other driver {x4.full}; pt's vehicle {year} sedan, plate {i.plate} ({i.st}). Officer {x3.last}, badge {i.badge}, report # {i.police}.",
     "Police at bedside (Ofc. {x3.full}, badge {i.badge}); pt's car, VIN {i.vin}, towed."],
    ["IMAGING: CT A/P w/ contrast (acc {i.acc}) prelim by {c4.drfull}: {a|no free air|no acute findings|findings as above}.",
     "XR read by {cov.dr} at {time}; accession {i.acc}."],
    ["Pt's {k2.rel}, {k2.full} ({i.phone.k2}), updated by phone at {time}.",
     "{k1.full} ({k1.rel}) is HCPOA; at bedside."],
    ["Age {age.num}; DOB {d.dob}.", "Pt is {age.pred}, lives independently."],
]

FAMILIES = [
    # ==================================================================================
    {
        "name": "audit-ed-chart",
        "note_type": "emergency department note",
        "clinicians": ["ed", "res", "rn", "cons", "pcp"],
        "header": [
            "{hosp} Emergency Dept.\nPROVIDER NOTE\nPt: {pt.LF}{pt.pnat}    Unit #: {i.mrn}    DOB {d.dob}\n"
            "Arrival: {d.now.dt}   Mode: {EMS|private vehicle|walk-in|police}\nEnc# {i.enc}\n"
            "Attending: {c1.drfull}   Resident: {c2.full}, MD (PGY-{2|3})\n\n",
            "ED NOTE  |  {pt.full}  |  {age.short}  |  Hosp# {i.mrn}\nSeen {d.now} at {time} in {room}\n"
            "Provider: {c1.sig}\n\n",
            "EMERGENCY MEDICINE ENCOUNTER\nPatient name: {pt.Lf}\nMRN {i.mrn} / Visit {i.enc}\nDate of service: {d.now.wd}\n"
            "Primary RN: {c3.first} {c3.last}\n\n",
        ],
        "core": [
            ["CC: {~edcc}\n\nHPI: {pt.ttl} is a {age} {sex} w/ {v.dx} who presents {~edarrive}. {~edhpi} {~edhpi}\n\n",
             "CHIEF COMPLAINT: {~edcc}\nHISTORY: {age} {sex}, arrived {~edarrive}. {~edhpi} Hx obtained from pt and {his} {k1.rel} {k1.first}.\n\n",
             "cc {~edcc}. {pt.first} is {age.pred}, brought {~edarrive}. {~edhpi}\n\n"],
            ["VS on arrival: {v.vit}\n{~edexam} {~edexam}\n\n",
             "PHYSICAL EXAM\n{v.vittable}\n{~edexam}\n{~edexam}\n\n"],
            ["MDM: {~edmdm} {~edmdm}\n\n", "ED COURSE / MDM\n- {~edmdm}\n- Given {v.drug} at {time}.\n- Reassessed at {time}: improved.\n\n"],
            ["{~eddispo}\n\n", "Plan/Dispo: {~eddispo}\nDx: {v.dx}\n\n"],
        ],
        "optional": _ED_OPT,
        "footer": [
            "e-signed by {c1.sig} {d.now.dt}\nPgr {pager}\n",
            "I personally saw and examined the pt with Dr. {c2.last} and agree with the note as written. -- {c1.full}, MD\n",
            "{c2.full}, MD, PGY-2 / {c1.dr} attending  (x{ext})\n",
        ],
    },
    {
        "name": "audit-ed-fasttrack",
        "note_type": "emergency department note",
        "clinicians": ["ed", "pa", "rn", "pcp", "cons"],
        "header": [
            "FAST TRACK NOTE -- {pt.caps}{pt.pnat}  {age.short}  mrn:{i.mrn}\n{d.now}  arrived {time}\nAPP: {c2.sig}  sup MD: {c1.dr}\n\n",
            "Urgent/Fast Track | {d.now.wd} | Bed {room}\n{pt.band} ({i.mrn}) DOB:{d.dob}\n\n",
        ],
        "core": [
            ["S: {age.short} c/o {~edcc}. {~edhpi}\n", "s/ {~edcc} - {~edhpi}\n"],
            ["O: {v.vit}\n{~edexam}\n", "O/ vitals {v.vit}. {~edexam}\n"],
            ["A: {v.dx}\nP: {v.drug}; {v.abbr}; f/u PCP {c4.ttl} {i.phone.c4} in 2-3 d. Work note given.\n\n",
             "A/P: {v.dx}. rx {v.drug}. pt to f/u w/ {c4.dr} or return if worse. Pt agrees.\n\n"],
        ],
        "optional": [
            ["Tdap given {d.now.ny}; last one unknown.", "Lac repair: 3 cm, 4-0 nylon x5 simple interrupted, {v.abbr}."],
            ["Pt requests excuse for work at {employer}; supervisor {x3.full}, fax {i.fax.new}.",
             "Work note: off {d.now.ny} and {d.soon.ny}."],
            ["{~contactline}", "Pt's email for AVS: {i.email}"],
            ["{v.word}"],
            ["Dog bite: owner {x4.full}, {i.addr.x4}, {i.city.x4}; animal control case {i.ref}.",
             "Bite by a neighbor's dog; owner {x4.full} ({i.phone.x4}) states rabies vaccine current."],
            ["{~payerline}"],
            ["Allergies: {a|NKDA|PCN - hives|sulfa, codeine}. {v.abbr}."],
        ],
        "footer": [
            "-- {c2.full}, {c2.cred} / supervising {c1.drfull}\n",
            "d/w {c1.dr}. {c2.ginit} {c2.cred} {d.now.dt}\n",
        ],
    },
    # ==================================================================================
    {
        "name": "audit-op-report",
        "note_type": "operative note",
        "clinicians": ["surg", "anes", "res", "rn", "pcp"],
        "ages": (18, 98),
        "header": [
            "OPERATIVE REPORT\n{hosp}\n\nPATIENT: {pt.LF}\nMED REC: {i.mrn}   ACCT: {i.acct}\nDATE OF SURGERY: {d.proc}\n"
            "SURGEON: {c1.drfull}\nASSISTANT: {c3.drfull} (resident)\nANESTHESIA: general, {c2.dr}\n\n",
            "Brief Op Note  -  {d.proc.dt}\n{pt.full}  {age.short}  #{i.mrn}\nSurgeon(s): {c1.sig}; {c3.full}\n"
            "Anesthesiologist: {c2.full}, {c2.cred}   Circulator: {c4.first} {c4.last}\n\n",
        ],
        "core": [
            ["PREOPERATIVE DIAGNOSIS: {v.dx}\nPOSTOPERATIVE DIAGNOSIS: same\nPROCEDURE: {~opproc} ({v.code})\n\n",
             "Pre-op dx: {v.dx}.  Post-op dx: same.\nProcedure: {~opproc}\n\n"],
            ["INDICATIONS: {pt.ttl} is a {age} {sex} with {v.dx}. Risks incl. bleeding, infection, conversion to open discussed; "
             "consent signed {d.adm} with {his} {k1.rel} present.\n\n",
             "Indications: {age} {sex}, {v.score}. Risks/benefits/alternatives reviewed w/ pt and {k1.rel} {k1.full}.\n\n"],
            ["FINDINGS: {~opfind}\n\nDESCRIPTION: {~opstep} {~opstep} {~opstep} {~opstep}\n\n",
             "Findings: {~opfind}\nDetails: {~opstep}\n{~opstep}\n{~opstep}\n{~opstep}\n\n"],
            ["EBL: {=vital:50 mL}   Fluids: {=vital:1200 mL LR}   UOP: {=vital:300 mL}\nSpecimens: {a|gallbladder|appendix|femoral head|none}\n"
             "Drains: {a|none|19 Fr Blake|JP x1}\nComplications: none apparent\n\n",
             "EBL {=vital:minimal}. Specimen to path (acc {i.acc}). Implants: see log, lot/serial {i.dev.stim}.\n\n"],
        ],
        "optional": [
            ["Airway: {=score:Mallampati II}, {v.score}. Induction with {=drug:propofol 150 mg IV}.",
             "Anesthesia: GETA. {v.score}. Abx {v.drug} at {time}."],
            ["Post-op plan: {v.drug}; {v.abbr}; advance diet as tol.",
             "Dispo: PACU then floor; {v.abbr}. Will update {his} {k1.rel} by phone {i.phone.k1}."],
            ["{v.word}"],
            ["PCP {c5.drfull} ({i.fax}) to receive copy.", "cc: {c5.dr}, fax {i.fax}"],
            ["Hx: {v.dx}; {v.abbr}. {=drug:apixaban 5 mg BID} held since {d.recent.ny}; home {v.drug} continued."],
            ["Pt has an implanted device, {a|dual-chamber pacemaker|ICD|spinal cord stimulator}, serial {i.dev.pm}; rep from the manufacturer present, device set to asynchronous mode."],
            ["Family ({k1.full}, {k1.rel}) updated in the waiting room at {time}."],
        ],
        "footer": [
            "I was present and scrubbed for the entire procedure.\n{c1.sig}\nDictated {d.proc}, transcribed {d.now}\n",
            "{c1.sigcaps}\n{hosp} Dept of Surgery  pager {pager}\n",
        ],
    },
    # ==================================================================================
    {
        "name": "audit-nursing-shift",
        "note_type": "nursing note",
        "clinicians": ["rn", "rn2", "att", "cov", "sw"],
        "header": [
            "NURSING PROGRESS NOTE  {d.now}  {a|0700-1900|1900-0700|day shift|nights}\nRm {room}  {pt.LF}  MRN {i.mrn}\n\n",
            "Shift note for {pt.full} ({age.short}) - {d.now.wd}\n\n",
            "RN NOTE / {pt.band} / {i.mrn} / Unit {room}\n{d.now.dt}\n\n",
        ],
        "core": [
            ["Received pt from {c2.lowfirst} at {time}, report given at bedside. {~rnassess}\n",
             "Assumed care at {time}. Pt resting, {his} {k1.rel} at bedside.\n"],
            ["{~rnassess}\n{~rnassess}\n{~rnassess}\n", "ASSESSMENT\n- {~rnassess}\n- {~rnassess}\n- {~rnassess}\n"],
            ["VS: {v.vit}\n", "{v.vittable}\n"],
            ["{~rnevent}\n\n", "EVENTS: {~rnevent}\n\n"],
        ],
        "optional": [
            ["Meds given per MAR incl. {v.drug} and {v.drug}.", "PRN {v.drug} x1 at {time} for pain 7/10."],
            ["{His} {k1.rel} {k1.first} called at {time} asking for update; pt gave verbal ok to share info.",
             "Visitors: {k1.full} and {k2.first}. {k1.first} left {his} number {i.phone.k1}."],
            ["{v.word}", "{v.word} {v.abbr}"],
            ["Labs: {v.labs}. {cov.dr} aware.", "AM labs drawn at {time}: {v.lab}."],
            ["SW ({c5.full}) in to see pt re: placement.", "Chaplain visit requested by pt."],
            ["Pt's belongings: cell phone, glasses, wallet with DL {i.dl}; inventory sheet signed."],
            ["I&O: {=vital:+1.2 L}. Last BM {d.recent.ny}.", "Tele: {v.abbr}."],
            ["Plan of care reviewed w/ pt; goals: ambulate 3x/day, {v.abbr}."],
        ],
        "footer": [
            "Report given to oncoming RN {c2.first} at {time}. -{c1.first}\n",
            "{c1.sig}\n",
            "-- {c1.ginit}, {c1.cred}  x{ext}\n",
        ],
    },
    {
        "name": "audit-nursing-sbar",
        "note_type": "nursing note",
        "clinicians": ["rn", "att", "cov", "rn2", "np"],
        "header": [
            "SBAR COMMUNICATION\nTo: {c3.drfull} (covering) via {a|page|secure chat|phone}  {d.now} {time}\nFrom: {c1.full}, {c1.cred}\n"
            "Re: {pt.LF}, rm {room}, {i.mrn}\n\n",
            "SBAR - {pt.full} - {d.now.dt}\nCalled {c3.dr}, pager {pager}.\n\n",
        ],
        "core": [
            ["S: {~rnevent}\n", "SITUATION: pt {age.short} with new {a|hypotension|confusion|chest pain|desaturation}.\n"],
            ["B: admitted {d.adm} for {v.dx}. {v.abbr}. Meds: {v.drug}, {v.drug}.\n",
             "BACKGROUND: adm {d.adm} w/ {v.dx}; hx {v.epo}. Attending {c2.dr}.\n"],
            ["A: {v.vit}. {~rnassess}\n", "ASSESSMENT: {v.vit}\n{~rnassess} {v.lab}.\n"],
            ["R: requested bedside eval. Orders received: {v.drug}; {v.lab} stat. Read back done.\n\n",
             "RECOMMENDATION: eval at bedside; {c3.last} to come up. New order {v.drug}.\n\n"],
        ],
        "optional": [
            ["Update {time}: {~rnassess}", "Reassessed at {time}: {v.vit}."],
            ["{His} {k1.rel} ({k1.full}, {i.phone.k1}) informed of change.",
             "Family updated: {k2.first}, {k2.rel}."],
            ["{v.word}"],
            ["Rapid response RN {c4.full} at bedside {time}-{time}."],
            ["Pt is {age.pred}; DNR per {a|MOLST|POLST|code status order} on {d.past}."],
            ["{v.score}", "{v.abbr}; {v.score}"],
        ],
        "footer": ["{c1.sig}  {d.now}\n", "{c1.full} {c1.cred}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-hp-admit",
        "note_type": "history and physical",
        "clinicians": ["att", "res", "pcp", "cons", "rn"],
        "header": [
            "ADMISSION H&P\n{hosp} - Hospital Medicine\nName: {pt.full}{pt.pnat}   MRN: {i.mrn}   DOB: {d.dob}   Age: {age.num}\n"
            "Admit date: {d.adm}    Attending: {c1.drfull}\nPCP: {c3.drfull}, {i.phone.c3}\nSource: pt, {k1.rel}, chart\n\n",
            "HISTORY & PHYSICAL -- {d.adm.dt}\n{pt.LF}  |  {age.short}  |  {i.mrn}  |  FIN {i.enc}\n\n",
            "H+P\npt: {pt.Lf}\nadm {d.adm}, {hosp}\nteam: {c1.dr} / {c2.full} (intern)\n\n",
        ],
        "core": [
            ["CHIEF COMPLAINT: {~edcc}\n\nHPI: {pt.ttl} is a {age} {sex} with a hx of {v.dx} and {v.abbr} who presents {~edarrive}. {~edhpi} {~edhpi}\n\n",
             "CC: {~edcc}\nHPI: {age} {sex} w/ PMH {v.dx}, {v.epo}, presenting {~edarrive}. {~edhpi}\n\n"],
            ["PMH:\n- {v.dx}\n- {v.epo}\n- {v.abbr}\nPSH: {~opproc} ({year})\n\n",
             "PAST MEDICAL HISTORY: {v.dx}; {v.epo}; {v.abbr}.\nSURGICAL: {~opproc}, {year}.\n\n"],
            ["MEDICATIONS:\n{v.drugs}\nALLERGIES: {a|NKDA|penicillin (rash)|iodinated contrast|latex}\n\n",
             "Home meds:\n{v.drugs.  * _}Allergy: {a|none|sulfa|morphine (itching)}\n\n"],
            ["SOCIAL: {~lives} {~substance}\nFAMILY: {his} {k1.rel} has {v.epo}; father d. {year}.\n\n",
             "SH: {~substance} {~lives}\nFH: {v.epo} in {his} {k2.rel}.\n\n"],
            ["EXAM: {v.vit}\n{~edexam}\n\nA/P: {v.dx}. {~edmdm}\n\n",
             "PE\n{v.vittable}\n{~edexam}\n\nASSESSMENT/PLAN\n1. {v.dx} - {v.drug}\n2. {v.abbr}\n3. {v.score}\n\n"],
        ],
        "optional": [
            ["Code status: {a|Full code|DNR/DNI|DNR, ok to intubate}; discussed with pt and {k1.rel} {k1.full}.",
             "HCPOA: {k1.full} ({k1.rel}), {i.phone.k1}."],
            ["{~payerline}", "Insurance per registration: {~payerline}"],
            ["Labs: {v.labs}", "Admission labs {v.labs}; {v.lab}."],
            ["{v.word}"],
            ["Records sent over by {cov.drfull} in {i.city.new} reviewed (faxed {d.recent.ny} from {i.fax.new})."],
            ["Pt was born in {i.icity}; moved to the US in {year}. Prefers {lang}; "
             "interpreter ID {i.interp} used."],
            ["ROS: 12-point negative except as in HPI."],
            ["Lives at {i.full}. {~contactline}"],
        ],
        "footer": [
            "{c2.full}, MD (intern), for {c1.drfull}\nSeen and examined, agree with above. {c1.ginit}\n",
            "Signed: {c1.sig}  {d.adm.dt}\n",
        ],
    },
    # ==================================================================================
    {
        "name": "audit-dc-summary",
        "note_type": "discharge summary",
        "clinicians": ["att", "pcp", "cons", "cm", "rph"],
        "header": [
            "DISCHARGE SUMMARY\n{hosp}\nPatient: {pt.caps}        Hospital #: {i.mrn}\nDOB: {d.dob}        Account: {i.acct}\n"
            "Admitted: {d.adm}    Discharged: {d.dc}\nAttending: {c1.drfull}    PCP: {c2.drfull}\n\n",
            "Discharge Summary for {pt.full} ({age.short})\nAdmission {d.adm} -> discharge {d.dc}, {hosp}\nMRN {i.mrn}\n\n",
            "** D/C SUMMARY **\n{pt.LF}   DOB {d.dob}   {i.mrn}\nLOS: {a|3|4|6|9} days\n\n",
        ],
        "core": [
            ["PRINCIPAL DX: {v.dx}\nSECONDARY: {v.dx}; {v.epo}; {v.abbr}\n\n",
             "Diagnoses:\n1. {v.dx}\n2. {v.epo}\n3. {v.abbr}\n\n"],
            ["HOSPITAL COURSE: {pt.ttl} is a {age} {sex} who presented {~edarrive} with {~edcc}. {~dccourse} {~dccourse}\n\n",
             "Course: {~dccourse} {~dccourse} {~dccourse}\n\n"],
            ["DISCHARGE MEDS:\n{v.drugs}\n", "Meds at discharge:\n{v.drugs.  _}\n"],
            ["FOLLOW-UP:\n- {~dcfu}\n- {~dcfu}\n\n", "F/U: {~dcfu} {~dcfu}\n\n"],
        ],
        "optional": [
            ["Condition at discharge: stable. {v.vit}", "D/c vitals: {v.vit}"],
            ["Discharged to: home at {i.full} with {his} {k1.rel}.", "Dispo: {i.block}\nwith {agency} (RN visits 2x/wk)."],
            ["Instructions: {~dcinstr} {~dcinstr}"],
            ["Pending at d/c: {v.lab}; final path (acc {i.acc})."],
            ["{v.word}", "{v.word} {v.abbr}"],
            ["Pharmacist {c5.full} ({c5.cred}) did d/c med rec; {v.drug} stopped."],
            ["CM: {c4.full} arranged DME through {payer} (ref {i.pa})."],
            ["Consultants: {c3.dr} ({~specialty}); {cov.drfull} (covering)."],
            ["Code status: {a|Full|DNR/DNI|DNR}. HCPOA {k1.full}, {i.phone.k1}."],
        ],
        "footer": [
            "Time spent on discharge >30 min.\n{c1.sig} -- {d.dc}\ncc: {c2.drfull} (fax {i.fax})\n",
            "Dictated by {c1.full}, {c1.cred}  D: {d.dc}  T: {d.soon.ny}  Job {i.ref}\n",
        ],
    },
    {
        "name": "audit-dc-snf",
        "note_type": "discharge summary",
        "clinicians": ["att", "np", "pcp", "cm", "ther"],
        "ages": (55, 106),
        "header": [
            "INTERFACILITY DISCHARGE / CONTINUITY OF CARE\nFrom: {hosp}   To: {a|Maple Crest SNF|Good Shepherd Rehab|Lutheran Home|the VA CLC}\n"
            "Resident: {pt.Lf}    DOB {d.dob}    Age {age.num}\nMedicare MBI: {i.mbi}    MRN {i.mrn}\n\n",
            "Discharge to SNF  {d.dc}\n{pt.full} / {i.mrn} / {age}\nNP: {c2.full}, {c2.cred}   Attending of record: {c1.dr}\n\n",
        ],
        "core": [
            ["Reason for hospitalization: {v.dx}\nCourse: {~dccourse}\n\n", "Hospitalized {d.adm}-{d.dc} for {v.dx}. {~dccourse}\n\n"],
            ["Function (PT, {c5.full}): {v.score}; {v.score}. Transfers min assist, amb 30 ft RW.\n\n",
             "Therapy: {c5.full} {c5.cred} -- {v.score}, {v.abbr}.\n\n"],
            ["MAR at transfer:\n{v.drugs}\n", "Medications:\n{v.drugs.  -> _}\n"],
            ["Contacts:\n  {k1.rel}: {k1.full}{k1.pnat}  {i.phone.k1}\n  {k2.rel}: {k2.full}  {i.phone.k2}\n\n",
             "Family: {k1.full} ({k1.rel}) {i.phone.k1}; {k2.first} {i.email.k2}\n\n"],
        ],
        "optional": [
            ["Diet: {a|mechanical soft, nectar thick|carb consistent|2 g Na}. {v.abbr}."],
            ["Skin: {=diagnosis:pressure injury R heel, stage 2}, offloading boots. Wound care orders attached."],
            ["Last BM {d.recent.ny}. Foley removed {d.recent.ny}, voiding."],
            ["Vaccines: flu {d.past.my}, pneumococcal {year}, Tdap {d.past.my}."],
            ["{v.word}"],
            ["CM {c4.full} spoke with the SNF admissions liaison {x3.full} ({i.phone.x3}); bed confirmed for {d.dc.ny}.",
             "Auth # {i.pa} from {payer} for 14 days."],
            ["Pt is {age.pred}, hard of hearing (aids bilat, serial {i.dev.hear})."],
            ["Advance directive: {a|DNR/DNI|DNR, selective treatment|full code}; MOLST signed {d.past}."],
        ],
        "footer": ["{c2.sig} for {c1.drfull}\nReport called to SNF nurse at {time}.\n",
                   "Completed by {c2.full} {c2.cred} on {d.dc}; questions {i.phone.clinic}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-referral",
        "note_type": "referral letter",
        "clinicians": ["pcp", "cons", "np", "rn", "surg"],
        "header": [
            "{clinic}\n{i.block.clinic}\nTel {i.phone.clinic}  Fax {i.fax}\n\n{d.now.MonthdY}\n\n{c2.drfull}\n{~specialty}, {hosp}\n\n"
            "RE: {pt.full}   DOB {d.dob}   MRN {i.mrn}\n\n",
            "{d.now}\n\nDear {c2.dr},\n\nThank you for agreeing to see {pt.ttlfull} (DOB {d.dob}; our chart no. {i.mrn}).\n\n",
            "REFERRAL\nTo: {c2.drfull} ({~specialty})\nFrom: {c1.drfull}, {clinic}\nPatient: {pt.LF}  DOB {d.dob}\n"
            "Referral # {i.ref}    Urgency: {a|routine|soon|urgent}\n\n",
        ],
        "core": [
            ["Dear Dr. {c2.last},\n\nI am referring this {age} {sex} with {v.dx}. {~refq}\n\n",
             "Many thanks for seeing {pt.first}, a {age} {sex} with {v.dx} and {v.epo}. {~refq}\n\n",
             "Reason for referral: {v.dx}. {~refq}\n\n"],
            ["Over the last few months {he} has noticed worsening symptoms despite {v.drug}. Recent results: {v.labs}.\n\n",
             "Relevant history: {v.dx}; {v.abbr}. Current meds:\n{v.drugs}\n"],
            ["{He} is accompanied to appointments by {his} {k1.rel}, {k1.full}, who can be reached at {i.phone.k1}.\n\n",
             "Best contact for scheduling: {i.phone.pt}, or {his} {k1.rel} {k1.first} at {i.phone.k1}.\n\n"],
        ],
        "optional": [
            ["Exam today: {v.vit}. {v.sign} noted."],
            ["Insurance: {~payerline}. Prior auth {i.pa} approved through {d.soon}."],
            ["{He} lives at {i.full} and does not drive; please consider a telehealth first visit."],
            ["{v.word}"],
            ["Previous work-up at {hosp} with {cov.drfull} ({d.past.my}) was inconclusive."],
            ["Imaging disc mailed; accession {i.acc}."],
            ["Please send your notes to me by fax ({i.fax}) or via {i.email.c1}."],
            ["{pt.first} is a retired {a|teacher|machinist|nurse's aide|farmer}, {v.abbr}."],
        ],
        "footer": [
            "With best wishes,\n\n{c1.drfull}\n{clinic}\nNPI {i.npi.c1}\n",
            "Kind regards,\n{c1.sig}\ncc: {c3.full}, {c3.cred}\n",
            "Yours sincerely,\n{c1.caps}, {c1.cred}\nDirect line {i.phone.c1}\n",
        ],
    },
    # ==================================================================================
    {
        "name": "audit-phone",
        "note_type": "telephone encounter",
        "clinicians": ["rn", "pcp", "np", "rph", "cov"],
        "header": [
            "TELEPHONE ENCOUNTER  {d.now.dt}\nPt: {pt.full}{pt.pnat}   DOB: {d.dob}   MRN: {i.mrn}\nCaller: {~phonewho}   Callback #: {i.phone.pt}\n\n",
            "Phone note -- {d.now.wd} {time}\n{pt.LF} ({i.mrn})\nSpoke with: {~phonewho}\n\n",
            "TC  {d.now}\nre: {pt.band}  dob {d.dob}\n\n",
        ],
        "core": [
            ["Reason for call: {~phonewhy}\n", "Caller states {~phonewhy}.\n", "c/o {~phonewhy}\n"],
            ["Triage: denies CP, SOB, syncope. {v.drug} taken today. {v.abbr}.\n",
             "Per protocol (adult {a|headache|fever|fall|medication question}): no red flags. Current meds include {v.drug}.\n"],
            ["Plan: {~phoneplan}\n\n", "Disposition: {~phoneplan}\n\n"],
        ],
        "optional": [
            ["Verified identity with name + DOB ({d.dob}).", "Two identifiers confirmed: DOB and address ({i.addr})."],
            ["Pt's {k1.rel} {k1.lowfirst} also on the line ({i.phone.k1})."],
            ["Last visit with {c2.dr} on {d.past}; next appt {d.soon.wd}."],
            ["{v.word}"],
            ["Pharmacy: {pharm}, {i.phone.new}; Rx# {i.rx}."],
            ["Home BP log {d.recent.ny} to {d.now.ny}: 168/92, 174/96, 181/100."],
            ["Pt states number on file is wrong; updated to {i.phone.new}."],
            ["Covering provider {cov.dr} reviewed at {time}: agrees with plan."],
        ],
        "footer": ["{c1.first} {c1.last}, {c1.cred}  {time}\n", "-- {c1.ginit} {c1.cred}, triage line x{ext}\n",
                   "Routed to {c2.full} / {c3.full} pool.\n{c1.sig}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-portal",
        "note_type": "patient portal message",
        "clinicians": ["pcp", "rn", "np", "cons", "rph"],
        "header": [
            "PATIENT MESSAGE  (portal)  received {d.now.dt}\nFrom: {pt.full}{pt.pnat} <{i.email}>\nTo: {c1.drfull} care team\n"
            "Subject: {a|question about meds|form|refill|test results|appt}\nThread: {i.url.portal}\n\n",
            "MyChart-style message {d.now}\nSender: {pt.first} {pt.last} ({i.mrn})\nLogin IP {i.ip4}\n\n",
            "Message from patient -- {d.now.wd}\n{pt.LF}  DOB {d.dob}\nsession from {i.ip6}\n\n",
        ],
        "core": [
            ["> {~portalpt}\n> {~portalpt}\n> thanks, {pt.lowfirst}\n\n",
             "\"{~portalpt} {~portalpt}\"\n-{pt.first}\n\n",
             "{~portalpt}\n\n{~portalpt}\n\nSent from my phone\n\n"],
            ["RN reply ({c2.full}, {c2.cred}, {d.now.ny} {time}): Hi {pt.first}, I've passed this to {c1.dr}. "
             "In the meantime keep taking {v.drug}. If you have chest pain or trouble breathing call 911.\n\n",
             "Reply from {c3.sig}: Thanks for the message. {~phoneplan}\n\n"],
        ],
        "optional": [
            ["Prior message {d.recent.dt}: \"{~portalpt}\""],
            ["Attachment: {a|FMLA form|school form|photo of rash|BP log}.pdf ({a|212|88|1,402} KB)."],
            ["Proxy access: {k1.full} ({k1.rel}) - {i.email.k1}."],
            ["{v.word}"],
            ["Pt's personal page linked in message: {i.url.pt}", "PS my other email is {i.email.obf} if this one bounces"],
            ["Provider note: reviewed {v.labs}. {c1.dr}"],
            ["Portal audit: login {d.now.dt} from {i.ip4}; device iPhone."],
            ["If you'd rather talk, call us at {i.phone.clinic} (option 2)."],
        ],
        "footer": ["--\nMessage closed by {c2.first} {c2.last} {d.now}\n", "{c1.dr} / {c2.full} {c2.cred}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-cm",
        "note_type": "case management note",
        "clinicians": ["cm", "att", "sw", "ther", "pcp"],
        "header": [
            "CASE MANAGEMENT - UTILIZATION / DISCHARGE PLANNING\n{d.now}   {pt.LF}   {i.mrn}\nPayer: {~payerline}\n\n",
            "CM Progress Note {d.now.dt}\nPatient: {pt.full} ({age.short})  Adm {d.adm}  Attending {c2.dr}\n\n",
            "Care Coordination | {pt.Lf} | {i.mrn} | acct {i.acct}\n\n",
        ],
        "core": [
            ["Met with pt and {his} {k1.rel} {k1.first} at bedside. Pt admitted {d.adm} with {v.dx}. "
             "PT/OT ({c4.full}) recs: {a|SNF|home w/ HH|acute rehab|home, no needs}.\n",
             "Reviewed chart; discussed in IDT rounds with {c2.dr}. Anticipated d/c {d.soon.ny}.\n"],
            ["Barriers: {~cmbarrier} {~cmbarrier}\n", "BARRIERS\n- {~cmbarrier}\n- {~cmbarrier}\n"],
            ["Plan: referral sent to {agency} (intake {i.phone.new}); {k1.rel} to provide transport.\n\n",
             "PLAN: faxed clinicals to 3 SNFs ({i.fax.new}); awaiting bed offers. Will update pt/{k1.rel}.\n\n"],
        ],
        "optional": [
            ["InterQual criteria met for {a|acute|observation} level of care. {v.score}."],
            ["Pt's {k2.rel} {k2.full} prefers a facility near {i.city.k2}, {i.st.k2}."],
            ["Address verified: {i.full}. {~contactline}"],
            ["{v.word}"],
            ["Medicare IM letter delivered {d.recent.ny}; MOON given. MBI {i.mbi}."],
            ["Home O2 qual: {v.vit}; DME order to vendor, {v.code}."],
            ["SW ({c3.full}) following for psychosocial needs."],
            ["Pt's SSN (last 4 {i.ssn4}) needed for Medicaid app; pt provided."],
        ],
        "footer": ["{c1.sig}  ext {ext}\n", "-- {c1.full}, {c1.cred}, Case Manager\n"],
    },
    # ==================================================================================
    {
        "name": "audit-sw",
        "note_type": "social work note",
        "clinicians": ["sw", "att", "cm", "pcp", "rn"],
        "header": [
            "SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\n{d.now}  |  {pt.full}  |  MRN {i.mrn}  |  DOB {d.dob}\nReferral from {c2.dr} re: {a|safety concerns|placement|financial strain|substance use|caregiver stress}\n\n",
            "SW note - {d.now.wd}\nPt: {pt.LF} ({age.short})\nSeen at {a|bedside|clinic|the home|by video}\n\n",
        ],
        "core": [
            ["{~swassess} {~swassess}\n\n", "ASSESSMENT: {~swassess}\n{~swassess}\n\n"],
            ["Household: {~lives}\nSupports: {k1.full}{k1.pnat} ({k1.rel}, {i.phone.k1}); {k2.first} ({k2.rel}).\n\n",
             "Living situation: {~lives} Income: {a|SSDI|SSI|pension + SS|none|part-time wages}.\n\n"],
            ["Interventions: provided resource list; completed {a|SNAP|LIHEAP|Medicaid|housing} application with pt.\n",
             "Intervention: supportive counseling; safety planning; {v.score}.\n"],
            ["Plan: SW to follow; next contact {d.soon.ny}.\n\n", "Plan: f/u by phone {d.soon.wd}; {k1.rel} aware.\n\n"],
        ],
        "optional": [
            ["APS report filed {d.now.ny} at {time}, intake # {i.aps}; worker {x3.full}, {i.phone.x3}.",
             "Report made to APS (ref {i.aps}) re: possible financial exploitation by {x2.full}."],
            ["CPS notified re: children in the home; case {i.cps}."],
            ["Guardianship hearing set for {d.soon}, {a|probate|county} court case {i.court}."],
            ["Pt's {x1.rel} {x1.full} ({i.phone.x1}) willing to help with rides."],
            ["{v.word}"],
            ["Pt owns a firearm (CCW permit {i.ccw}); agreed to store at {his} {k1.rel}'s home."],
            ["Housing: eviction notice dated {d.recent}; legal aid referral placed, landlord {x5.full}."],
            ["Pt's mail goes to {i.block}."],
            ["{His} {k1.rel} set up an online fundraiser ({i.url.pt}); donations also via {i.url.cash}."],
            ["{c3.full} (CM) and {c5.first} (RN) updated."],
        ],
        "footer": ["{c1.sig}\n{hosp} Social Work, x{ext}\n", "-- {c1.full}, {c1.cred}  {d.now}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-rph",
        "note_type": "pharmacy note",
        "clinicians": ["rph", "att", "pcp", "np", "cons"],
        "header": [
            "PHARMACOTHERAPY CONSULT\n{d.now.dt}\nPatient: {pt.LF}   MRN {i.mrn}   Rm {room}\nConsult requested by: {c2.dr}\n\n",
            "Clinical Pharmacist Note -- {pt.full}, {age.short}, {i.mrn}\n{d.now}\n\n",
            "RPh MED REC / {pt.band} / DOB {d.dob}\nSources: pt, {pharm} ({i.phone.new}), {k1.rel}\n\n",
        ],
        "core": [
            ["Issue: {~rphissue}.\n\n", "Reason: {~rphissue}\n\n"],
            ["Pertinent: {v.labs}; {v.vit}\n\n", "Labs: {v.labs}\nWt {=vital:64 kg}, ht {=vital:165 cm}\n\n"],
            ["Current therapy:\n{v.drugs}\n", "Home medication list (verified):\n| drug | status |\n| {v.drug} | cont |\n| {v.drug} | hold |\n| {v.drug} | new |\n\n"],
            ["Recommendation: {~rphrec} {~rphrec}\n\n", "RECS:\n1. {~rphrec}\n2. {~rphrec}\n\n"],
        ],
        "optional": [
            ["Rx# {i.rx} last filled {d.recent.ny} at {pharm}; Rx# {i.rx} filled {d.past}."],
            ["Prescriber DEA {i.dea.c3} / NPI {i.npi.c3} verified for CII."],
            ["Prior auth for {v.drug}: {payer} PA# {i.pa}, approved until {d.soon}."],
            ["{v.word}"],
            ["Pt pays cash at {pharm}; discount card offered. Claim {i.claim} rejected (NDC not covered)."],
            ["Spoke with {his} {x1.rel} {x1.full} ({i.phone.x1}), who fills the pill box, to clarify dose."],
            ["Allergy clarified: {a|PCN - childhood rash, tolerated cephalexin|sulfa - hives|none}."],
            ["Pt's insulin pump serial {i.dev.pump}; CGM transmitter {i.dev.cgm}."],
        ],
        "footer": ["{c1.sig}\nPharmacy x{ext}\n", "-- {c1.full}, {c1.cred}, {d.now}\nLicense {i.lic.c1}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-hh",
        "note_type": "home health note",
        "clinicians": ["hh", "pcp", "ther", "cm", "np"],
        "ages": (50, 106),
        "header": [
            "{agency}\nSKILLED NURSING VISIT NOTE\nClient: {pt.Lf}   DOB {d.dob}   Visit: {d.now} {time}-{time}\nAddress: {i.full}\nPhysician: {c2.drfull}  ph {i.phone.c2}  fax {i.fax}\n\n",
            "HOME HEALTH VISIT  {d.now.wd}\n{pt.full}, {age}, episode {d.past}-{d.soon}\nMedicare {i.mbi}\n\n",
            "HH RN visit | {pt.band} | {d.now}\n{i.block}\n\n",
        ],
        "core": [
            ["Pt seen at home with {his} {k1.rel} {k1.first} present. {~hhfind} {~hhfind}\n\n",
             "Findings: {~hhfind}\n{~hhfind}\n{~hhfind}\n\n"],
            ["Vitals: {v.vit}\n", "{v.vittable}\n"],
            ["Meds reviewed:\n{v.drugs}\n", "Med changes since last visit: {v.drug} started by {c2.dr} on {d.recent.ny}.\n"],
            ["Teaching: {a|CHF zones|fall prevention|insulin technique|wound care|pill organizer}; teach-back ok.\nNext visit {d.soon.wd}.\n\n",
             "Plan: RN 2w4, PT ({c3.full}) 1w3. Next visit {d.soon.ny}.\n\n"],
        ],
        "optional": [
            ["Emergency plan: {k1.full} ({k1.rel}) {i.phone.k1}; {his} {x1.rel} {x1.full} has a key.",
             "Caregiver: {his} {k1.rel} {k1.first}, who is {age.k1.pred} {a|and frail|and sharp as a tack|and hard of hearing}."],
            ["Enter through the back door; dog in the yard. Pt's {k2.rel} {k2.first} lives next door."],
            ["Called {c2.dr}'s office at {time} re: {v.lab}; new order received (fax {i.fax})."],
            ["{v.word}"],
            ["Equipment: CPAP SN {i.dev.cpap}; wheelchair {i.dev.chair}."],
            ["Pt is {age.pred} and still manages {his} own finances per {k1.rel}."],
            ["Wound: {=diagnosis:venous stasis ulcer L medial malleolus}; measured and photographed."],
            ["OASIS {a|recert|ROC|follow-up} completed. {v.score}."],
        ],
        "footer": ["{c1.sig}\nTime in {time} / out {time}\n", "Signed electronically by {c1.full}, {c1.cred} on {d.now}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-letter-work",
        "note_type": "work or school letter",
        "clinicians": ["pcp", "np", "cons", "surg", "rn"],
        "ages": (19, 66),
        "header": [
            "{clinic}\n{i.block.clinic}\nPhone {i.phone.clinic}   Fax {i.fax}\n\n{d.now.MonthdY}\n\nDear Sir or Madam,\n\n",
            "{d.now}\n\nRE: {pt.full}, DOB {d.dob}\nEmployer: {employer}   Employee ID {i.emp}\n\nDear {x3.ttl},\n\n",
            "WORK STATUS REPORT\nDate: {d.now}\nEmployee: {pt.LF}   Claim # {i.wc}\nTreating provider: {c1.drfull}\n\n",
        ],
        "core": [
            ["{pt.ttlfull} has been under my care for {v.dx}. {He} was seen in clinic on {d.recent} and "
             "is unable to work from {d.recent.ny} through {d.soon}.\n\n",
             "This is to confirm that {pt.full} was evaluated today for {v.dx} and should remain off work until {d.soon.full}.\n\n",
             "Please excuse {pt.first} from work {d.recent.ny} - {d.soon.ny} for a medical condition.\n\n"],
            ["Restrictions on return: no lifting over 15 lb, no ladders, may sit/stand as needed.\n\n",
             "{He} may return to light duty with the following: seated work only; 4-hour shifts; no driving company vehicles (CDL {i.cdl}).\n\n",
             "Full duty without restrictions from {d.soon}.\n\n"],
        ],
        "optional": [
            ["FMLA paperwork completed; case # {i.fmla}. Intermittent leave for flares, est. 2 days/month."],
            ["Questions may be directed to my nurse, {c5.full}, at {i.phone.clinic} ext {ext}."],
            ["{He} is taking {v.drug}, which may cause drowsiness."],
            ["HR contact on file: {x3.full}, {i.email.x3}."],
            ["Disability carrier claim {i.claim}; policy holder {pt.full}."],
            ["{v.word}"],
        ],
        "footer": [
            "Sincerely,\n\n{c1.drfull}\nNPI {i.npi.c1}\n",
            "{c1.sig}\nLicense {i.lic.c1}\n",
            "Respectfully,\n{c1.full}, {c1.cred}\n{clinic}\n",
        ],
    },
    {
        "name": "audit-letter-school",
        "note_type": "work or school letter",
        "clinicians": ["pcp", "np", "cons", "rn", "ther"],
        "ages": (5, 17),
        "header": [
            "{clinic}\n{d.now}\n\nTo: School Nurse, {school}\nRe: {pt.full}   DOB {d.dob}   Student ID {i.student}\n\n",
            "SCHOOL EXCUSE / MEDICATION AUTHORIZATION\nStudent: {pt.LF}   Grade {a|2|4|6|8|10|11}   School: {school}\nParent/guardian: {k1.full} ({k1.rel}) {i.phone.k1}\n\n",
        ],
        "core": [
            ["{pt.first} was seen in our office on {d.recent} for {v.dx}. Please excuse {his} absence {d.recent.ny} through {d.now.ny}.\n\n",
             "{pt.full} is a {age} {sex} followed here for {v.dx}. {He} may return to school on {d.soon}.\n\n"],
            ["Medication at school: {v.drug}; student {a|may|may not} self-carry. {v.abbr}.\n\n",
             "{He} should be allowed water, snacks and restroom access at all times, and to check sugars in class (CGM transmitter {i.dev.cgm}).\n\n",
             "No PE or contact sports until cleared (expected {d.soon.ny}).\n\n"],
        ],
        "optional": [
            ["504 plan recommended; {his} {k1.rel} {k1.first} will contact the counselor, {x3.ttl}."],
            ["Emergency contacts: {k1.full} {i.phone.k1}; {k2.full} {i.phone.k2}."],
            ["Allergies: {a|peanut - anaphylaxis, EpiPen 0.3 mg|none|bee sting}."],
            ["{v.word}"],
            ["Please fax attendance records to {i.fax}."],
            ["Questions: {c4.full}, {c4.cred} (school-based clinic), {i.email.c4}."],
        ],
        "footer": ["Sincerely,\n{c1.drfull}\n{clinic}  {i.phone.clinic}\n", "{c1.sig}  {d.now}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-death",
        "note_type": "death summary",
        "clinicians": ["att", "res", "rn", "cons", "pcp"],
        "ages": (40, 106),
        "header": [
            "DEATH SUMMARY / EXPIRATION NOTE\n{hosp}\nDecedent: {pt.caps}    MRN {i.mrn}    DOB {d.dob}    Age {age.num}\n"
            "Date/time of death: {d.dod.dt}\nPronounced by: {c2.drfull}\n\n",
            "Expiration note -- {pt.LF} -- {d.dod}\nCalled to bedside by RN {c3.full} at {time}.\n\n",
        ],
        "core": [
            ["Pt was found unresponsive, without spontaneous respirations, no pulse on auscultation x1 min, pupils fixed. "
             "Time of death {time}.\n\n",
             "On exam: no heart sounds, no breath sounds, no response to painful stimuli. Pronounced at {time}.\n\n"],
            ["Summary: {pt.ttl} was a {age} {sex} admitted {d.adm} with {v.dx}. {~deathcourse} {~deathcourse}\n\n",
             "HOSPITAL COURSE: {~deathcourse} {~deathcourse}\n\n"],
            ["Family: {his} {k1.rel} {k1.full}{k1.pnat} was notified by phone ({i.phone.k1}) at {time}. {k2.first} ({k2.rel}) present.\n",
             "Next of kin {k1.full} ({k1.rel}) notified at {time}; declined to view.\n"],
            ["Autopsy {a|declined|requested|not offered - ME case}. Organ procurement org called, ref {i.unos}.\n\n",
             "ME notified ({a|fall within 30 days|unwitnessed|post-op death}); case # {i.medcert}. Body released to {a|Olson Funeral Home|the ME|Riverside Mortuary}.\n\n"],
        ],
        "optional": [
            ["Cause of death: (a) {v.dx} (b) {v.dx}. Other: {v.abbr}."],
            ["Attending {c1.drfull} and PCP {c5.drfull} notified."],
            ["Pt's {k3.rel} in {i.icity} contacted at {i.phone.intl}."],
            ["{v.word}"],
            ["Death certificate to be completed by {c1.dr}; SSN {i.ssn} verified for the certificate."],
            ["Funeral home contact {x4.full}, {i.phone.x4}."],
            ["Survived by {his} {k1.rel} {k1.full} ({age.k1.num}) and {his} {k2.rel} {k2.first}."],
            ["Chaplain present. Belongings (ring, dentures, phone) given to {k1.first}."],
            ["Pt's pacemaker (serial {i.dev.pm}) to be deactivated/explanted per funeral home."],
        ],
        "footer": ["{c2.sig}\nfor {c1.drfull}\n", "-- {c2.full}, {c2.cred}  {d.dod.dt}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-transfer",
        "note_type": "transfer summary",
        "clinicians": ["att", "ed", "rn", "cons", "pcp"],
        "header": [
            "INTERHOSPITAL TRANSFER SUMMARY\nSending: {hosp}    Receiving: {hosp2}\nPt: {pt.LF}  DOB {d.dob}  MRN {i.mrn}\n"
            "Accepting physician: {c4.drfull}  Transfer center ref {i.ref}\n\n",
            "Transfer note {d.now.dt}\n{pt.full}, {age}, {i.mrn}\nReason: higher level of care ({a|cath lab|neurosurgery|ECMO|burn unit|PICU})\n\n",
        ],
        "core": [
            ["Summary: {age.short} with {v.dx} presented {~edarrive}. {~edhpi}\n", "HPI: {~edhpi} {~edhpi}\n"],
            ["Vitals prior to transport: {v.vit}\nLines/airway: {v.abbr}. Drips: {v.drug}.\n",
             "Current status:\n{v.vittable}\n{~edexam}\n"],
            ["Transport: {a|ALS ground|rotor wing|fixed wing} ({i.ems}); ETA {time}. Records and images (acc {i.acc}) sent.\n\n",
             "Mode: critical care transport, crew notified at {time}. Imaging pushed via PACS.\n\n"],
        ],
        "optional": [
            ["Family: {k1.full}{k1.pnat} ({k1.rel}) {i.phone.k1} - will drive to receiving hospital."],
            ["Labs: {v.labs}."],
            ["{v.word}"],
            ["EMTALA form signed; pt consented. Capacity intact."],
            ["Insurance: {~payerline}."],
            ["PCP {c5.drfull} informed via fax {i.fax}."],
            ["Belongings: wallet, phone, {a|glasses|hearing aids|dentures}; sent with pt."],
            ["Code status: {a|Full code|DNR|DNI}."],
        ],
        "footer": ["{c1.sig}  {d.now.dt}\nNurse-to-nurse report given by {c3.first} at {time}.\n",
                   "Sending physician {c2.full}, {c2.cred}  pgr {pager}\n"],
    },
    # ==================================================================================
    {
        "name": "audit-outside",
        "note_type": "outside records summary",
        "clinicians": ["pcp", "cons", "np", "rn", "rph"],
        "foreign": True,
        "header": [
            "OUTSIDE RECORDS REVIEW\n{d.now}\nPatient: {pt.full}{pt.pnat}   MRN {i.mrn}   DOB {d.dob}\nRecords from {i.icity}, {country} ({a|translated|partially translated|in English})\n\n",
            "Summary of records brought by pt / {k1.rel}\n{pt.nboth}   DOB {d.dob}\nReviewed by {c1.drfull} on {d.now}\n\n",
        ],
        "core": [
            ["Discharge letter dated {d.past.intl}: admitted for {v.dx}, treated with {v.drug}.\n",
             "Clinic note ({d.past.intl}) from {cov.full}: {v.dx}; {v.labs}.\n"],
            ["Prior address abroad: {i.intl}\nHealth insurance no. there: {i.natid}\n",
             "Previous residence: {i.intl}. National health ID {i.natid}. Passport {i.passport}.\n"],
            ["Relevant results: {v.labs}. Imaging {d.past.intl}: {v.epo}.\n\n",
             "Labs from abroad (units converted): {v.labs}.\n\n"],
            ["Family abroad: {k2.full}{k2.pnat} ({k2.rel}), {i.phone.intl}.\n\n", "Contact in {country}: {k3.nat} ({k3.rel}) {i.phone.intl}\n\n"],
        ],
        "optional": [
            ["Vaccination card: BCG {year}; hep B x3; MMR {d.past.intl}."],
            ["Interpreter used ({lang}, ID {i.interp})."],
            ["{v.word}"],
            ["Current meds per records:\n{v.drugs}"],
            ["Pt arrived in the US on {d.past}; currently living at {i.full}."],
            ["Email for records requests: {i.email}."],
            ["Assessment: records reviewed; {v.dx}. Plan per {c2.dr}."],
        ],
        "footer": ["{c1.sig}\n", "{c1.full}, {c1.cred} - {d.now}\n"],
    },
]


# ---- more optional sections, by family -------------------------------------------------------
EXTRA_OPTIONAL = {
    "audit-ed-chart": [
        ["ROS: + fatigue, + poor appetite; denies fever, dysuria, melena. All other systems reviewed and neg.",
         "ROS negative x10 other than HPI."],
        ["Allergies: {a|NKDA|PCN (hives)|sulfa, latex|contrast - premedicate}. Tetanus {a|UTD|unknown, given today}."],
        ["Prior ED visit {d.past} for similar sx; seen by {cov.dr}.", "Pt seen here {d.past.my} for {v.dx}."],
        ["Reg: guarantor {k1.full}, acct {i.acct}. SSN {i.ssn}.", "Acct # {i.acct} / Hosp svc ED / FC: {payer}"],
        ["Sepsis reassessment at {time}: cap refill <3 s, mentation at baseline, {v.vit}."],
        ["Differential includes {v.dx}, {v.epo}, ACS; low suspicion for dissection."],
        ["Consultant {c4.drfull} ({~specialty}) returned page at {time}, recommends {v.drug} and admission."],
    ],
    "audit-ed-fasttrack": [
        ["PMH: {v.abbr}, {v.dx}. Meds: {v.drug}.", "pmh {v.abbr}; meds {v.drug}, {v.drug}"],
        ["XR {a|R wrist|L ankle|R hand} 3 views: no fx. Read by {cov.full}."],
        ["Splint applied, NV intact post. Crutches fitted."],
        ["Pt drove self; car in lot ({year} pickup, plate {i.plate})."],
        ["Rx sent to {pharm}, Rx # {i.rx}."],
        ["Lives at {i.full}.", "Address confirmed: {i.addr}, {i.city}."],
    ],
    "audit-op-report": [
        ["Antibiotic prophylaxis: {v.drug}. VTE ppx: SCDs + {v.drug}.", "Positioning: {v.proc}; arms tucked, safety strap."],
        ["Wound class {a|I|II|III}. Local: {=drug:bupivacaine 0.25% 20 mL} infiltrated."],
        ["Implant: {a|cemented stem|locking plate 7-hole|mesh 15 x 15 cm}; manufacturer label in chart, UDI/serial {i.dev.stim}."],
        ["Path req # {i.acc}; frozen section not sent."],
        ["Blood type O+, 2 u on hold. Pre-op {v.labs}."],
        ["Consent witnessed by {c4.full}, {c4.cred}; interpreter not needed."],
        ["Patient account {i.acct}; case # {i.enc}; {v.code}."],
    ],
    "audit-nursing-shift": [
        ["Diet: {a|cardiac|renal|clear liquids|NPO|dysphagia III}; ate {a|25|50|75|100}% of dinner.",
         "Tube feeds at goal 55 mL/h via {=abbreviation:PEG}."],
        ["Lines: {a|R AC 20g|L FA 18g|R IJ CVC|PICC L arm}, site c/d/i. {v.drug} infusing."],
        ["Fall risk: {v.score}. Skin risk: {v.score}."],
        ["Pt tearful, asking about going home to {i.city}. Emotional support provided."],
        ["Pt's {k2.rel} {k2.full} brought in CPAP (serial {i.dev.cpap}) from home; biomed checked."],
        ["Interpreter (ID {i.interp}) used for med teaching via video."],
    ],
    "audit-nursing-sbar": [
        ["Pt's baseline per {k1.rel}: {a|independent|walks w/ cane|bedbound|confused at baseline}."],
        ["Allergies: {a|NKDA|PCN|morphine}. Wt {=vital:71.3 kg}."],
        ["Last dose {v.drug} at {time}."],
        ["{=score:MEWS 5} at {time}; charge RN {c4.first} aware."],
        ["Attending {c2.dr} updated by covering at {time}."],
    ],
    "audit-hp-admit": [
        ["Immunizations: flu {d.past.my}; Tdap {year}; COVID x3."],
        ["Functional status: {v.score}. Uses {a|cane|walker|wheelchair|no aids}."],
        ["Pt drives a {year} truck; plate {i.plate}. Holds a commercial license ({i.cdl}) - counseled re: driving restrictions."],
        ["Advance directive on file dated {d.past}; MOLST {a|DNR/DNI|full treatment}."],
        ["Tele monitoring: {v.abbr}. EKG: {a|sinus tach 112|AF w/ RVR|NSR, QTc 478|paced}."],
        ["Diet: {a|NPO|cardiac|renal|carb-controlled}. VTE ppx {=drug:enoxaparin 30 mg SC q12h}. GI ppx none."],
        ["Expected LOS 2 midnights. Dispo pending PT/OT."],
    ],
    "audit-dc-summary": [
        ["Procedures this admission: {~opproc} on {d.proc}; {v.proc}."],
        ["Significant results: {v.labs}; echo EF {a|35|45|55-60|60-65}%; {v.sign} negative."],
        ["Allergies reconciled: {a|NKDA|PCN|iodine|latex}."],
        ["Activity: {a|as tolerated|walker at all times|non-weight bearing L leg|no driving x 2 weeks}."],
        ["Copies to: {c2.drfull}; {c3.drfull}; {agency} (fax {i.fax.new})."],
        ["Medicare MBI {i.mbi}; acct {i.acct}."],
    ],
    "audit-dc-snf": [
        ["Pertinent labs at transfer: {v.labs}."],
        ["Code status reviewed with {k1.rel} {k1.first} by phone ({i.phone.k1}) {d.dc.ny}."],
        ["Transport: {a|wheelchair van|BLS ambulance|family car} at {time}."],
        ["Hospital acct {i.acct}; SNF 3-midnight qualifying stay met."],
        ["Isolation: {a|none|contact (ESBL)|contact (VRE)|enteric}."],
        ["Cognition: {=score:BIMS 9/15}; oriented to self and place."],
    ],
    "audit-referral": [
        ["Past history also notable for {v.dx} and {v.abbr}."],
        ["Allergies: {a|none known|penicillin|NSAIDs (GI bleed)}."],
        ["Social: lives with {his} {k1.rel}; {~substance}"],
        ["{He} would prefer appointments after 2 pm as {his} {k1.rel} works mornings."],
        ["Copy of this letter to {pt.ttlfull}, {i.block}"],
        ["Medicaid ID {i.medicaid} - please check network status."],
        ["Most recent study ({d.recent}): {v.sign}."],
    ],
    "audit-phone": [
        ["Allergies verified: {a|NKDA|codeine|sulfa}."],
        ["Caller asks that messages go to {k1.full} only; HIPAA release on file {d.past}."],
        ["Advised to bring all pill bottles to next appt on {d.soon}."],
        ["Last labs: {v.labs} ({d.recent})."],
        ["Pt confused about {v.drug} vs {v.drug}; clarified."],
        ["Caller ID showed {i.phone.new}."],
    ],
    "audit-portal": [
        ["Prior RN note {d.recent.ny}: pt asked about {v.drug} refills; sent."],
        ["MRN {i.mrn} / acct {i.acct}"],
        ["\"also my {k2.rel} {k2.first} wants to be added to my contacts, her cell is {i.phone.k2}\""],
        ["Auto-reply sent at {time}: response within 2 business days."],
        ["\"forgot to say - I moved. new address {i.full}\""],
        ["Visit summary link sent: {i.url.portal}"],
    ],
    "audit-cm": [
        ["Pt prefers {agency} (used before, {d.past.my})."],
        ["Discussed SNF vs home; pt chooses home. Risks discussed, {k1.rel} in agreement."],
        ["Handicap parking placard application signed; placard # {i.placard}. Pt's car plate {i.plate}."],
        ["Medicaid {i.medicaid} active; waiver case mgr {x3.full} ({i.phone.x3})."],
        ["Readmission risk: high (LACE 13). Follow-up appt booked with {c5.dr} on {d.soon}."],
        ["Insurance auth denied {d.recent.ny}; peer-to-peer scheduled with {c2.dr} at {time}, ref {i.pa}."],
    ],
    "audit-sw": [
        ["Collateral from {k2.rel} {k2.full} by phone ({i.phone.k2})."],
        ["{His} {k1.rel} {k1.first} is {age.k1.pred} and can no longer provide hands-on care.",
         "{His} {x1.rel}, {x1.full} ({age.x1.num}), has been bringing meals."],
        ["Pt has SSDI; SSN {i.ssn} used to verify benefits with SSA, claim # {i.claim}."],
        ["Pt's vehicle ({year} sedan, VIN {i.vin}) was repossessed last month."],
        ["Substance use: {~substance} {v.score}."],
        ["Pt asked SW to call {his} probation officer {x4.full} at {i.phone.x4}."],
        ["Advance care planning: pt names {k1.full} as HCPOA; form witnessed."],
        ["Mental status: alert, oriented, linear; mood 'tired'; affect constricted."],
    ],
    "audit-rph": [
        ["Height/weight verified; IBW {=vital:61.5 kg}; est. CrCl {=lab:34 mL/min}."],
        ["Renal function trending: {v.lab} on {d.recent.ny}, {v.lab} today."],
        ["Drug-drug interaction: {v.drug} + {v.drug} (moderate); monitor."],
        ["Pt counseled on {v.drug}; verbalized understanding. Teach-back with {k1.rel}."],
        ["Anticoag: {v.drug}; INR goal 2-3; next INR {d.soon}."],
        ["Outpatient pharmacy {pharm} NCPDP on file; pt's member ID {i.member}, group {i.group}."],
    ],
    "audit-hh": [
        ["Homebound status: leaves home only for medical appts, requires taxing effort and assist of 1."],
        ["Caregiver {k1.full} ({k1.rel}) demonstrates {a|insulin injection|dressing change|ostomy care} correctly."],
        ["Pt's car ({year} Buick, plate {i.plate}) no longer driven; {k2.rel} sold it."],
        ["Falls since last visit: {a|none|1, no injury|2, see incident report}. {v.score}."],
        ["Episode/claim # {i.claim}; Medicare {i.mbi}."],
        ["{His} {x2.rel} {x2.full} checks in daily; phone {i.phone.x2}."],
    ],
    "audit-letter-work": [
        ["{He} has a follow-up appointment on {d.soon} and will be reassessed then."],
        ["Diagnosis withheld per patient request; functional limitations as above."],
        ["Please contact our office at {i.phone.clinic} with questions; patient has signed a release dated {d.now}."],
        ["Expected duration of condition: {a|2 weeks|6-8 weeks|lifelong, episodic flares|unknown}."],
    ],
    "audit-letter-school": [
        ["{He} may need to leave class for nurse visits; please allow."],
        ["Parent email: {i.email.k1}"],
        ["Address on file: {i.block}"],
        ["Next visit {d.soon}; will update plan then."],
    ],
    "audit-death": [
        ["Time of last assessment before death: {time} ({v.vit})."],
        ["Pt had a {a|DNR/DNI|comfort care|POLST DNR} order since {d.recent}."],
        ["Decedent's last address: {i.full}."],
        ["Medical examiner investigator {x3.full}, badge {i.badge}, phone {i.phone.x3}."],
        ["Informant for death certificate: {k1.full} ({k1.rel}), {i.block.k1}"],
        ["Hospital acct {i.acct}. Decedent SSN on file {i.ssnmask}."],
    ],
    "audit-transfer": [
        ["Allergies: {a|NKDA|PCN|iodine}. Wt {=vital:88 kg}."],
        ["Airway: {a|intubated, 7.5 ETT 23 cm at lip|on BiPAP|NC 4 L|RA}."],
        ["Sending RN {c3.full} callback {i.phone.clinic} ext {ext}."],
        ["Pt's {k1.rel} will bring {his} CPAP (SN {i.dev.cpap}) and med list."],
        ["Accepted at {time}; bed assignment {room}."],
        ["MRN at receiving facility {i.mrn}; acct {i.enc}."],
    ],
    "audit-outside": [
        ["Prior surgeon abroad: {cov.full}; contact {i.phone.intl}."],
        ["Records request faxed to {i.fax.new}; consent signed {d.now}."],
        ["Translation by {x3.full} (family friend) - may be imprecise."],
        ["Vaccines abroad: {a|BCG scar present|unknown|hep B complete}; {=eponym:Mantoux test} {a|positive|negative}, CXR clear."],
        ["Insurance here: {~payerline}"],
        ["Local contact: {k1.full} ({k1.rel}), {i.phone.k1}, {i.addr.k1}, {i.city.k1}."],
    ],
}
for _f in FAMILIES:
    _f["optional"] = list(_f["optional"]) + EXTRA_OPTIONAL.get(_f["name"], [])
