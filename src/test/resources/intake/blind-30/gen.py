"""Blind-30: managers' announcements written by hand, one at a time (7 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-29's gen.py, itself blind-28's) only turn the date a reader means into a calendar
date counted from TODAY (Thursday 2026-12-03). Run: python3 gen.py
"""
import datetime as dt
import json
import os
import re

TODAY = dt.date(2026, 12, 3)
ROLES = {None, "account-manager", "care-worker", "facility-coordinator", "software-engineer"}
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _day(name):
    name = name.lower()
    return EN_DAYS.index(name) if name in EN_DAYS else NL_DAYS.index(name)


def D(y, m, d):
    return dt.date(y, m, d).isoformat()


def MD(m, d):
    """A day and month without a year: the first such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    return (x if x >= TODAY else dt.date(TODAY.year + 1, m, d)).isoformat()


def P(n):
    """n days from today; negative in the past."""
    return (TODAY + dt.timedelta(days=n)).isoformat()


def WD(name):
    """A bare, 'this coming', 'komende' or 'a.s.' weekday: the first such day after today."""
    return (TODAY + dt.timedelta(days=(_day(name) - TODAY.weekday()) % 7 or 7)).isoformat()


def NW(name):
    """'volgende week X' / 'X next week': that day in the week of Monday 2026-12-07."""
    return (dt.date(2026, 12, 7) + dt.timedelta(days=_day(name))).isoformat()


def LW(name):
    """'vorige week X' / 'X last week': that day in the week of Monday 2026-11-23."""
    return (dt.date(2026, 11, 23) + dt.timedelta(days=_day(name))).isoformat()


def WK(week, name="monday", year=2027):
    """A day of an ISO week ('maandag week 3')."""
    return dt.date.fromisocalendar(year, week, _day(name) + 1).isoformat()


def ON(name, iso):
    """A weekday written next to a date must agree with it."""
    assert dt.date.fromisoformat(iso).weekday() == _day(name), (name, iso)
    return iso


NOW = TODAY.isoformat()


def J(name, date, role=None):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def MV(name, date, role, frm):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm}


MESSAGES = []


def m(lang, text, *expect, past=False, none=False):
    """past: a date before today is meant; none: the message announces no one."""
    MESSAGES.append((lang, text, list(expect), past, none))


AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"



# ---------------------------------------------------------------- part 1 (v001-v150)
# A pawnshop (pandjeshuis) with branches in Amsterdam, Utrecht, Rotterdam, Den Haag, Haarlem, Antwerp

m("nl", "Goedemorgen,\n\nPer maandag 4 januari 2027 komt Ilse Vonk ons team in de vestiging aan de Lijnbaansgracht versterken als taxateur goud en sieraden. Willen jullie een laptop en een pas klaarzetten?\n\nMet vriendelijke groet,\nRenée Adriaanse\nBedrijfsleider",
  J("Ilse Vonk", ON("maandag", D(2027, 1, 4))))
m("en", "new counter guy starting tue 15 dec: dennis vrolijk. he'll do the intake of pledges mostly, mornings only 👍",
  J("Dennis Vrolijk", ON("tuesday", D(2026, 12, 15))))
m("nl", "Onze hoofdtaxateur Gerard Oosterveen gaat per 1 maart met pensioen. Zijn laatste werkdag is vrijdag 26 februari, daarna mag alles dicht.",
  L("Gerard Oosterveen", ON("vrijdag", D(2027, 2, 26))))
m("en", "Quick question: do the people from the auction house who come in on viewing days need their own login for the pledge system, or can they use a shared one?",
  none=True)
m("nl", "Vanaf 1 februari stapt Noortje Brandsma van de balie over naar de online verkoop; ze wordt daar onze accountmanager voor de opkopers.",
  MV("Noortje Brandsma", D(2027, 2, 1), AM, None))
m("en", "We've hired a developer for the loan registration system: Pieter Hamming, starting Monday 18 January. Please set up a dev laptop and repo access.",
  J("Pieter Hamming", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Met verdriet laat ik weten dat onze kluisbeheerder Wim Ravensbergen afgelopen zondag is overleden. Hij werkte hier 31 jaar. Willen jullie hem uit de systemen halen? Rustig aan graag.",
  L("Wim Ravensbergen", P(-4)), past=True)
m("en", "Hello together, from the 01.02.2027 Mrs. Katrin Vogelsang works by us as appraiser for watches. Many greetings, Uwe",
  J("Katrin Vogelsang", D(2027, 2, 1)))
m("nl", "jeroen mulderij is vanochtend op staande voet ontslagen ivm verduistering uit de kluis. alles direct blokkeren aub",
  L("Jeroen Mulderij", NOW))
m("nl", "Twee nieuwe baliemedewerkers voor de decemberdrukte:\n- Sevda Arslan, per 7 december\n- Thijs Noordam, per 14 december\nBeiden 32 uur.",
  J("Sevda Arslan", D(2026, 12, 7)), J("Thijs Noordam", D(2026, 12, 14)))
m("en", "FYI our facilities coordinator Marloes Geerdink moves from the Amsterdam branch to Rotterdam as of 4 January; same job, just a different building.",
  MV("Marloes Geerdink", D(2027, 1, 4), FC, FC))
m("nl", "Dag Annelies,\nLaurens Van Hecke vervoegt ons kantoor in Antwerpen vanaf maandag 11 januari als taxateur. Gelieve zijn toegang tot het pandregister te voorzien.\nMvg,\nKoen",
  J("Laurens Van Hecke", ON("maandag", D(2027, 1, 11))))
m("nl", "Onze nieuwe vertegenwoordiger voor de tweedehands sieraden, Amira Belkacem, begint over vijf weken. Kunnen jullie alvast een telefoon voor haar regelen?",
  J("Amira Belkacem", P(35), AM))
m("nl", "correctie op mijn bericht van gisteren: frits kamminga begint niet op 4 januari maar op maandag 11 januari",
  J("Frits Kamminga", ON("maandag", D(2027, 1, 11))))
m("en", "Heads up: Esther from the counter goes on maternity leave from 21 December, back in April. No action for IT I think?",
  none=True)
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat de arbeidsovereenkomst met de heer Ruud Tempelman in onderling overleg eindigt per 31 januari 2027.\n\nHoogachtend,\nAfdeling P&O",
  L("Ruud Tempelman", D(2027, 1, 31)))
m("en", "Dear Team, This is to inform that Mr. Vikram Sethi has tendered his resignation and his last working day will be 29th January 2027. Kindly arrange the exit formalities. Regards, Anand",
  L("Vikram Sethi", D(2027, 1, 29)))
m("nl", "Per 1 januari neemt Hanneke Wijnbergen het filiaal in Utrecht over van Joop Dekkers, die donderdag 31 december zijn laatste werkdag heeft. Hanneke komt van buiten.",
  J("Hanneke Wijnbergen", D(2027, 1, 1)), L("Joop Dekkers", ON("donderdag", D(2026, 12, 31))))
m("nl", "volgende week woensdag begint er een stagiair bij de taxatie, bram olthof. hbo, 4 dagen pw",
  J("Bram Olthof", NW("wednesday")))
m("en", "The vacancy for a second appraiser in Haarlem is withdrawn for now, so ignore my earlier request about it. Sorry for the noise!",
  none=True)
m("nl", "Karin Hoogstraten gaat per 1 februari van de balie naar de facilitaire dienst. Ze regelt dan de kluisdeuren, de schoonmaak en de sleutels.",
  MV("Karin Hoogstraten", D(2027, 2, 1), FC, None))
m("nl", "Sander Wolthuis gaat over drie weken weg, zijn contract wordt niet verlengd. Hij heeft nog een token en een sleutel van de achterdeur.",
  L("Sander Wolthuis", P(21)))
m("nl", "Vanmiddag hebben we afscheid genomen van Melvin Doornbos (baliemedewerker); ontslag op staande voet na een incident met een klant. Graag per direct alle toegang intrekken.",
  L("Melvin Doornbos", NOW))
m("en", "Two leavers in Rotterdam: Chantal Verkerk on 18 December and Ömer Kaplan on 8 January. Both have a locker key and a token.",
  L("Chantal Verkerk", D(2026, 12, 18)), L("Ömer Kaplan", D(2027, 1, 8)))
m("nl", "Sinds maandag werkt Lisanne Pot bij ons aan de balie in Den Haag, vergeten door te geven 🙈 kan ze alsnog een account krijgen?",
  J("Lisanne Pot", P(-3)), past=True)
m("en", "Start date 2027-01-25 for our new watchmaker and appraiser Bastiaan Roelofsen. He'll sit in the back office in Utrecht.",
  J("Bastiaan Roelofsen", D(2027, 1, 25)))
m("nl", "Onze verkoper in de winkel, Ricardo Lopes, vertrekt per 1 maart naar een juwelier in Zwolle. Hij heeft nog een sleutel van de vitrinekasten die terug moet.",
  L("Ricardo Lopes", D(2027, 3, 1), AM))
m("nl", "Staat Hennie nog in het systeem? Ze is in oktober met pensioen gegaan maar volgens mij is haar mailbox nog actief.",
  none=True)
m("nl", "De enige programmeur die we hebben, Joost Verhagen, stopt per 1 februari. Wie neemt de koppeling met de veilingsite over??",
  L("Joost Verhagen", D(2027, 2, 1), SE))
m("en", "Tomorrow is Femke Lubbers' first day at the counter in Amsterdam. Her badge isn't ready yet, can someone chase that?",
  J("Femke Lubbers", P(1)))

# A cooperage (kuiperij) in Schiedam with a workshop in Cognac, barrels for distilleries and wine houses

m("nl", "Hallo servicedesk,\n\nMet ingang van maandag 1 februari 2027 treedt Sjoerd Bakels in dienst als kuiper in onze werkplaats in Schiedam. Hij heeft geen laptop nodig, wel een pas en een kluisje.\n\nGroet,\nMarijke Lamers",
  J("Sjoerd Bakels", ON("maandag", D(2027, 2, 1))))
m("en", "new apprentice cooper: finn ostendorf, first day mon 11 jan. hes 17 so no forklift pls 😅",
  J("Finn Ostendorf", ON("monday", D(2027, 1, 11))))
m("nl", "Meesterkuiper Henk Schalkwijk stopt per 1 april. Zijn laatste werkdag is woensdag 31 maart, we geven een borrel in de werkplaats.",
  L("Henk Schalkwijk", ON("woensdag", D(2027, 3, 31))))
m("en", "Do the Scottish repair guys who come over in February need a visitor account or nothing at all?",
  none=True)
m("nl", "Per 1 maart wordt Jolien Haverman, nu nog in de planning, onze vertegenwoordiger voor de wijnhuizen in Frankrijk. Ze spreekt vloeiend Frans, dus dat komt goed uit.",
  MV("Jolien Haverman", D(2027, 3, 1), AM, None))
m("en", "Nikhil Raman joins on 1 February as developer for the webshop and the barrel-tracking app. Remote from Leiden mostly.",
  J("Nikhil Raman", D(2027, 2, 1), SE))
m("nl", "Gisteravond is onze chauffeur Arie van der Plas plotseling overleden. We zijn er stil van. Graag zijn account en tankpas blokkeren.",
  L("Arie van der Plas", P(-1)), past=True)
m("en", "Hello, Mr. Tomasz Grabowski is start by us on 04.01.2027 like cooper helper. Please make for him access card. Best regards Marek",
  J("Tomasz Grabowski", D(2027, 1, 4)))
m("nl", "dirk roozendaal is vandaag ontslagen, per direct. ging niet meer. pas en sleutels heb ik al",
  L("Dirk Roozendaal", NOW))
m("nl", "Nieuwe collega's brandmeesterij:\n1. Yannick Boer – start maandag 4 januari\n2. Sem Hofstede – start maandag 18 januari",
  J("Yannick Boer", ON("maandag", D(2027, 1, 4))), J("Sem Hofstede", ON("maandag", D(2027, 1, 18))))
m("en", "From Monday 8 February Gertjan Wessels swaps the workshop for facilities: he becomes our facility coordinator for both halls.",
  MV("Gertjan Wessels", ON("monday", D(2027, 2, 8)), FC, None))
m("nl", "Dag Bart,\nOnze vertegenwoordiger Wout De Clercq verlaat ons op vrijdag 29 januari. Gelieve zijn gsm en laptop op te halen.\nMvg, Els",
  L("Wout De Clercq", ON("vrijdag", D(2027, 1, 29)), AM))
m("nl", "Hamza Akkouh begint over twee weken als kuipersmaat. Graag ook veiligheidsschoenen maat 44 bestellen 🙏",
  J("Hamza Akkouh", P(14)))
m("nl", "Die nieuwe houtsorteerder van januari komt toch niet, hij heeft elders getekend. De aanvraag mag weg.",
  none=True)
m("en", "Update: the temp contract of Jasper Hulsbos is extended, he now leaves on 30 April instead of 31 January.",
  L("Jasper Hulsbos", D(2027, 4, 30)))
m("nl", "Marco van de brandmeesterij is langdurig ziek, kan zijn laptop voorlopig bij mij? Hij komt niet voor maart terug.",
  none=True)
m("en", "Good day Sir, kindly be informed that Mr. Emeka Nwosu shall resume duty as Sales Representative (West Africa) on Monday, 15th February 2027. Thank you.",
  J("Emeka Nwosu", ON("monday", D(2027, 2, 15)), AM))
m("nl", "morgen is de laatste dag van stagiaire lotte wiersma, daarna kan alles dicht",
  L("Lotte Wiersma", P(1)))
m("en", "We let go of Kevin Smits last week Friday (probation). Sorry for reporting late, his login probably still works.",
  L("Kevin Smits", LW("friday")), past=True)
m("nl", "Per 4 januari beginnen drie kuipers in de nieuwe hal: Daan Sluiter, Kees Mollema en Ruben Bijlsma.",
  J("Daan Sluiter", D(2027, 1, 4)), J("Kees Mollema", D(2027, 1, 4)), J("Ruben Bijlsma", D(2027, 1, 4)))
m("nl", "Uit dienst: Annemarie Zuidema (kantoor), laatste dag 2027-01-15. Tot die tijd neemt ze de kantoorlaptop mee naar huis.",
  L("Annemarie Zuidema", D(2027, 1, 15)))
m("nl", "Vanaf januari werkt Gea nog maar drie dagen, maandag t/m woensdag. Verder verandert er niks.",
  none=True)
m("en", "Rutger Koopmans's last day is Thursday 17 December, he's off to a distillery in Ireland.",
  L("Rutger Koopmans", ON("thursday", D(2026, 12, 17))))
m("nl", "Met ingang van 18-01-2027 is Mirjam Stoker onze nieuwe facilitair medewerker in Schiedam. Ze doet de sleutels, de kantine en het wagenpark.",
  J("Mirjam Stoker", D(2027, 1, 18), FC))
m("en", "Our developer Oscar Veenstra moves to production planning from 1 March; no more coding for him.",
  MV("Oscar Veenstra", D(2027, 3, 1), None, SE))
m("nl", "Overmorgen (zaterdag) helpt Bas Kruithof voor het eerst mee op de open dag en daarna blijft hij als weekendkracht in de winkel.",
  J("Bas Kruithof", P(2)))
m("nl", "Heeft iemand de accounts dichtgezet van die jongen die deze zomer bij de kuiperij is weggegaan? Henk nog wat. Even checken.",
  none=True)
m("nl", "Vincent Smeulders (kuiper) gaat per 1 januari van de hal in Schiedam naar onze werkplaats in Cognac, zelfde werk.",
  MV("Vincent Smeulders", D(2027, 1, 1), None, None))
m("en", "Two of our seasonal barrel washers, Lucas Ferraz and Mateo Silva, finish on 31 December. Their passes can go.",
  L("Lucas Ferraz", D(2026, 12, 31)), L("Mateo Silva", D(2026, 12, 31)))
m("nl", "Vandaag is Naomi Tielemans begonnen op de administratie, kan iemand haar account activeren? Ze zit nu met een lege laptop 😬",
  J("Naomi Tielemans", NOW))

# A district-heating company (warmtebedrijf) with networks in Groningen, Gent and the east

m("nl", "Beste collega's,\n\nOp maandag 11 januari 2027 begint Erwin Stegeman bij ons als storingsmonteur warmtenet regio Oost. Vanaf februari draait hij mee in de storingsdienst.\n\nGroet,\nIngrid Voskuil\nTeamleider Techniek",
  J("Erwin Stegeman", ON("maandag", D(2027, 1, 11))))
m("en", "hi, meter reader starting thu 7 jan: joey lankhorst. needs the app on a phone + van keys",
  J("Joey Lankhorst", ON("thursday", D(2027, 1, 7))))
m("nl", "Onze netbeheerder Cor Zandstra gaat per 1 februari met pensioen. Laatste werkdag: vrijdag 29 januari. Hij krijgt een afscheid in het ketelhuis, iedereen is welkom.",
  L("Cor Zandstra", ON("vrijdag", D(2027, 1, 29))))
m("en", "Do the contractors who connect the new houses in Meerstad need a VPN account? They're from a different firm.",
  none=True)
m("nl", "Per 1 maart wordt Hilde Swart, nu werkvoorbereider, accountmanager voor de woningcorporaties. Haar opvolger als werkvoorbereider zoeken we nog.",
  MV("Hilde Swart", D(2027, 3, 1), AM, None))
m("en", "New SCADA developer: Mehmet Yurt, starting Tuesday 5 January. He'll need admin rights on the test server.",
  J("Mehmet Yurt", ON("tuesday", D(2027, 1, 5)), SE))
m("nl", "Eergisteren is onze collega Jan Hendrik Lubach overleden na een kort ziekbed. Hij werkte nog twee dagen in de week bij de meteropname.",
  L("Jan Hendrik Lubach", P(-2)), past=True)
m("en", "Good morning, I inform you that Mr. Alessandro Conti will start the 8 of February as heat engineer (pipes, not software). Best regards",
  J("Alessandro Conti", D(2027, 2, 8)))
m("nl", "gisteren is stefan wubbels op staande voet ontslagen. bus en pas zijn al ingeleverd",
  L("Stefan Wubbels", P(-1)), past=True)
m("nl", "Twee nieuwe klantenservicemedewerkers:\n- Dewi Sardjoe, start 4 januari\n- Rosa Hakkert, start 11 januari\nAllebei in de vaste dagdienst, met een headset graag.",
  J("Dewi Sardjoe", D(2027, 1, 4)), J("Rosa Hakkert", D(2027, 1, 11)))
m("nl", "Onze facilitair coördinator Bernadette Lowe begint op 4 januari, ze neemt de sleutels van de pompstations van mij over.",
  J("Bernadette Lowe", D(2027, 1, 4), FC))
m("nl", "Dag Peter,\nOnze nieuwe technieker Jens Vandamme start op dinsdag 2 februari in Gent. Gelieve hem een laptop en een badge te voorzien.\nMvg,\nSofie",
  J("Jens Vandamme", ON("dinsdag", D(2027, 2, 2))))
m("en", "Martijn Overdijk, our sales representative for business parks, leaves in six weeks. He goes to a solar company.",
  L("Martijn Overdijk", P(42), AM))
m("nl", "Kleine wijziging: Ellen Brinkhuis stopt niet op 31 januari maar al op vrijdag 15 januari.",
  L("Ellen Brinkhuis", ON("vrijdag", D(2027, 1, 15))))
m("en", "Paul is on parental leave every Friday from January until June, nothing changes for his accounts.",
  none=True)
m("en", "Dear Sir/Madam,\nPlease be informed that the appointment of Mr. Kofi Mensah-Ansah has been terminated with effect from 31st December 2026.\nYours faithfully,\nHuman Resources",
  L("Kofi Mensah-Ansah", D(2026, 12, 31)))
m("nl", "volgende week maandag begint onze nieuwe vertegenwoordiger zakelijke markt, iris jongbloed",
  J("Iris Jongbloed", NW("monday"), AM))
m("en", "We had to let go of Wesley Pronk last week Wednesday; I forgot to tell you. His van is back in the yard.",
  L("Wesley Pronk", LW("wednesday")), past=True)
m("nl", "Softwareontwikkelaar Laura Dijkgraaf stopt per 1/3, ze gaat naar een netbeheerder. Haar laptop en de VPN-token graag op haar laatste dag innemen.",
  L("Laura Dijkgraaf", D(2027, 3, 1), SE))
m("nl", "Heeft de nieuwe monteur van 11 januari al een pas aangevraagd of moet ik dat zelf doen?",
  none=True)
m("en", "In week 3 two new mechanics start, Bart Tjalsma on the Monday and Olaf Mensink on the Wednesday.",
  J("Bart Tjalsma", WK(3, "monday")), J("Olaf Mensink", WK(3, "wednesday")))
m("nl", "Vanaf 1 januari zit storingsmonteur Rik Heijnen in het team Noord in plaats van Zuid; verder blijft alles hetzelfde.",
  MV("Rik Heijnen", D(2027, 1, 1), None, None))
m("en", "As of Monday 1 March Yasmin El Idrissi moves from customer service to account management: she becomes account manager for the big housing associations.",
  MV("Yasmin El Idrissi", ON("monday", D(2027, 3, 1)), AM, None))
m("nl", "sinds dinsdag zit gijs vermeer bij de meteropname, is nog niet aangemeld denk ik",
  J("Gijs Vermeer", P(-2)), past=True)
m("nl", "Per 31 december gaan er twee mensen weg bij de klantenservice: Ilona Bosveld en Patrick Haan.",
  L("Ilona Bosveld", D(2026, 12, 31)), L("Patrick Haan", D(2026, 12, 31)))
m("en", "fyi tmrw is the last day of our intern niels hoogeveen, can his laptop be wiped after?",
  L("Niels Hoogeveen", P(1)))
m("nl", "Over vijf weken begint Monique Terpstra als facilitair medewerker op ons kantoor in Groningen.",
  J("Monique Terpstra", P(35), FC))
m("en", "Erik Kolkman (control room) switches from the day shift to nights as of 4 January, same job.",
  MV("Erik Kolkman", D(2027, 1, 4), None, None))
m("nl", "Als een gepensioneerde monteur een paar maanden terugkomt als oproepkracht, moet ik hem dan opnieuw aanmelden?",
  none=True)
m("en", "Lena Hofmann starts Monday the 21st of December in billing. Yes, right before Christmas 🎄",
  J("Lena Hofmann", ON("monday", D(2026, 12, 21))))

# An epilepsy centre (wards, day care, children's ward, observation unit)

m("nl", "Geachte collega's,\n\nHierbij deel ik u mede dat mevrouw Jolanda Vreugdenhil met ingang van maandag 4 januari 2027 in dienst treedt als verzorgende IG op paviljoen De Linde.\n\nHoogachtend,\ndrs. A. Kooistra\nManager Zorg",
  J("Jolanda Vreugdenhil", ON("maandag", D(2027, 1, 4)), CW))
m("en", "night carer starting sun 13 dec: mia schoonhoven. she'll need the nurse-call phone + a key for the med room",
  J("Mia Schoonhoven", ON("sunday", D(2026, 12, 13)), CW))
m("nl", "Zorgmedewerker Anja Bouwhuis stopt per 1 februari, ze gaat dichter bij huis werken. Haar laatste diensten staan al in het rooster.",
  L("Anja Bouwhuis", D(2027, 2, 1), CW))
m("en", "Do the students from the ROC who do their internship on our wards need a full account or just the e-learning?",
  none=True)
m("nl", "Per 1 maart gaat Samira Bouzidi van de huishoudelijke dienst naar de zorg; ze wordt zorgmedewerker op De Eik.",
  MV("Samira Bouzidi", D(2027, 3, 1), CW, None))
m("en", "Our EEG software has a new developer: Arjen Stuut, starting Monday 1 February 2027. He'll work with the clinical physics team.",
  J("Arjen Stuut", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Vorige week donderdag is onze activiteitenbegeleider Tineke Hazelhoff overleden. De uitvaart is morgen.",
  L("Tineke Hazelhoff", LW("thursday")), past=True)
m("en", "Hello, I inform that Mrs. Lucía Romero begins like caregiver in the night team the day 18 of January. Thank you",
  J("Lucía Romero", D(2027, 1, 18), CW))
m("nl", "vanochtend is bart lindeboom (woonbegeleider) op staande voet ontslagen. graag alles blokkeren",
  L("Bart Lindeboom", NOW))
m("nl", "Op 4 januari beginnen Fleur Kemper en Anouk Smeets als zorgmedewerker op De Linde. Ze lopen eerst twee weken mee met een vaste collega.",
  J("Fleur Kemper", D(2027, 1, 4), CW), J("Anouk Smeets", D(2027, 1, 4), CW))
m("nl", "Jeroen Lamberts gaat per 1 februari van de keuken naar de facilitaire dienst, als facilitair coördinator. Iemand moet hem de loper nog geven.",
  MV("Jeroen Lamberts", D(2027, 2, 1), FC, None))
m("nl", "Dag Inge,\nZorgkundige Lien Verstraete start bij ons op maandag 8 februari, in de nachtploeg.\nMet vriendelijke groeten,\nHilde",
  J("Lien Verstraete", ON("maandag", D(2027, 2, 8)), CW))
m("en", "Our new healthcare assistant, Precious Adeyemi, starts three weeks from today on the children's ward.",
  J("Precious Adeyemi", P(21), CW))
m("nl", "Ze begint toch niet op 4 januari: Wendy Oldenhof start pas op maandag 1 februari, als verzorgende.",
  J("Wendy Oldenhof", ON("maandag", D(2027, 2, 1)), CW))
m("en", "Carla from De Eik is off sick for at least six weeks. Can her shifts be hidden in the roster app? No need to close anything.",
  none=True)
m("nl", "Neuroloog dr. Sanne Rijkaart stopt eind maart; haar laatste werkdag is woensdag 31 maart.",
  L("Sanne Rijkaart", ON("woensdag", D(2027, 3, 31))))
m("en", "Nurse Heleen Bruggink leaves on 15 January, and her place on the ward is taken by carer Dominique Afolabi from 18 January.",
  L("Heleen Bruggink", D(2027, 1, 15)), J("Dominique Afolabi", D(2027, 1, 18), CW))
m("nl", "Per maandag 11 januari komt verpleegkundige Thomas Koning ons versterken op de observatieafdeling. Hij werkte hiervoor zes jaar in het UMC.",
  J("Thomas Koning", ON("maandag", D(2027, 1, 11))))
m("en", "Dear HR, please note Ms. Ananya Iyer, Healthcare Assistant, is joining w.e.f. 25th January 2027. Kindly create her ID. Thanks & regards",
  J("Ananya Iyer", D(2027, 1, 25), CW))
m("nl", "Aanstaande woensdag begint Jesse Haarsma bij de technische dienst, hij moet nog een pas hebben.",
  J("Jesse Haarsma", WD("woensdag")))
m("en", "Sabine Looman (verzorgende) moves from De Linde to De Beuk on 1 January, same role.",
  MV("Sabine Looman", D(2027, 1, 1), CW, CW))
m("nl", "Marieke komt na haar zwangerschapsverlof op 4 januari weer terug. Werkt haar pas nog?",
  none=True)
m("en", "We've hired Oksana Hrytsenko as a temporary carer from Monday 14 December until 28 February.",
  J("Oksana Hrytsenko", ON("monday", D(2026, 12, 14)), CW))
m("nl", "facilitair medewerker kim bloemendaal vertrekt, laatste dag is vrijdag 22 januari",
  L("Kim Bloemendaal", ON("vrijdag", D(2027, 1, 22)), FC))
m("en", "Caregiver Jordan Mwangi: dismissed effective today after the incident on the night shift. Please revoke the med-room key too.",
  L("Jordan Mwangi", NOW, CW))
m("nl", "Over twee weken begint Ayla Demir als zorgmedewerker op de kinderafdeling, 24 uur. Ze heeft haar diploma net binnen.",
  J("Ayla Demir", P(14), CW))
m("en", "From 1 April Priya Nair, now carer on De Eik, becomes team leader of the night team.",
  MV("Priya Nair", D(2027, 4, 1), None, CW))
m("nl", "Het contract van Rachel Wolters (verzorgende, invalpool) loopt op 31 januari af en wordt niet verlengd.",
  L("Rachel Wolters", D(2027, 1, 31), CW))
m("nl", "Weg bij de dagbesteding: Hans Keizer op 22 december en Yvonne Tan op 8 januari. Allebei activiteitenbegeleider.",
  L("Hans Keizer", D(2026, 12, 22)), L("Yvonne Tan", D(2027, 1, 8)))
m("nl", "Morgen begint Lotte Brouwers als zorgmedewerker op De Linde, graag even een account.",
  J("Lotte Brouwers", P(1), CW))

# A ship chandler (scheepsleverancier) in the Rotterdam and Antwerp ports

m("nl", "Hoi allemaal,\n\nPer maandag 18 januari 2027 begint Gerben Feenstra bij ons als magazijnmedewerker op de Waalhaven. Hij krijgt een scanner en een havenpas.\n\nGroeten,\nTjitske Dam\nDam & Zn. Scheepsleveranciers",
  J("Gerben Feenstra", ON("maandag", D(2027, 1, 18))))
m("en", "new driver for the port runs: callum fraser, starts wed 13 jan, early shift 5am 🚐",
  J("Callum Fraser", ON("wednesday", D(2027, 1, 13))))
m("nl", "Accountmanager rederijen Maarten Vos vertrekt per 1 maart. Laatste werkdag is vrijdag 26 februari. Hij neemt zijn klanten niet mee, dat is afgesproken 😉",
  L("Maarten Vos", ON("vrijdag", D(2027, 2, 26)), AM))
m("en", "Can the ship's agents we work with get read access to our order portal? Or is that a customer thing and not HR?",
  none=True)
m("nl", "Per 1 februari wordt Ahmed Chaouch, nu magazijnmedewerker, verkoper binnendienst. Hij gaat telefonische bestellingen aannemen en heeft een headset nodig.",
  MV("Ahmed Chaouch", D(2027, 2, 1), AM, None))
m("en", "Webshop developer Hugo Meijerink starts Monday 25 January. Can he get a MacBook instead of the standard laptop?",
  J("Hugo Meijerink", ON("monday", D(2027, 1, 25)), SE))
m("nl", "Zaterdag is Piet Kalkman overleden. Hij was al met pensioen maar reed nog als oproepkracht voor ons naar de schepen. Zijn pas mag uit.",
  L("Piet Kalkman", P(-5)), past=True)
m("en", "Hello, Mr. Burak Özdemir will start by us at Monday 11 January like warehouse worker. Thanks, Serkan",
  J("Burak Özdemir", ON("monday", D(2027, 1, 11))))
m("nl", "vanmiddag anton kleverlaan ontslagen (diefstal uit de bonded store). alles dicht graag",
  L("Anton Kleverlaan", NOW))
m("nl", "Vanaf 4 januari hebben we twee nieuwe bezorgers: Ramon Veldhoen en Kerem Aslan. Ze rijden allebei de Europoort-route.",
  J("Ramon Veldhoen", D(2027, 1, 4)), J("Kerem Aslan", D(2027, 1, 4)))
m("en", "Facilities coordinator Tamara Gilbert moves with the office from Schiedam to the new building in Vlaardingen on 1 February; same job.",
  MV("Tamara Gilbert", D(2027, 2, 1), FC, FC))
m("nl", "Dag Jan,\nLaura Van Acker vervoegt ons team in Antwerpen als vertegenwoordiger vanaf maandag 15 februari. Gelieve alles klaar te zetten.\nMvg,\nDirk",
  J("Laura Van Acker", ON("maandag", D(2027, 2, 15)), AM))
m("nl", "Jorien Kuijpers vertrekt over vier weken van de inkoop, ze emigreert naar Canada 🇨🇦",
  L("Jorien Kuijpers", P(28)))
m("nl", "Moet ik voor een stagiair van de zeevaartschool die alleen een week meeloopt ook een account aanvragen?",
  none=True)
m("en", "Dennis Vlot was dismissed on Monday, sorry, I only heard it now. Van keys are back.",
  L("Dennis Vlot", P(-3)), past=True)
m("nl", "Over drie weken begint Fenna Reitsma als inkoper proviand. Ze komt van een groothandel in Delft.",
  J("Fenna Reitsma", P(21)))
m("en", "Correction: Stijn Valkenburg starts on Monday 8 February, not on the 1st.",
  J("Stijn Valkenburg", ON("monday", D(2027, 2, 8))))
m("nl", "bezorger henk-jan siebelink stopt 31/12, pensioen 🎉",
  L("Henk-Jan Siebelink", D(2026, 12, 31)))
m("en", "Our two Christmas temps in the shop, Eva Lindholm and Noah Berg, work until 24 December and then they're done.",
  L("Eva Lindholm", D(2026, 12, 24)), L("Noah Berg", D(2026, 12, 24)))
m("nl", "Startdatum 2027-02-01: Jelle Postma, programmeur voor de koppeling met de systemen van de rederijen.",
  J("Jelle Postma", D(2027, 2, 1), SE))
m("en", "Yesterday Chloe Madsen started in customer service and she still has no login. Can you please hurry?",
  J("Chloe Madsen", P(-1)), past=True)
m("nl", "Onze verkoopster in de winkel, Annet Koster, vertrekt op 8 januari. Ze heeft nog een sleutel van de winkel en een kassacode.",
  L("Annet Koster", D(2027, 1, 8), AM))
m("en", "Please set up an account for Isaac Ofori, who starts in the warehouse next week Thursday.",
  J("Isaac Ofori", NW("thursday")))
m("nl", "Sjaak heeft zijn ontslag ingetrokken, hij blijft dus toch. Het verzoek van vorige week mag je vergeten.",
  none=True)
m("en", "From 1 January Rob Heemskerk takes on facilities next to his warehouse work: he becomes our facility coordinator.",
  MV("Rob Heemskerk", D(2027, 1, 1), FC, None))
m("nl", "Fatma Yıldız begint de elfde januari als verkoper binnendienst. Ze heeft al bij een scheepsleverancier in Den Helder gewerkt en kent de klanten.",
  J("Fatma Yıldız", D(2027, 1, 11), AM))
m("en", "The new warehouse guy from 4 January is not coming after all, he stays at his current job. Please cancel.",
  none=True)
m("nl", "Harm Dijkstra (magazijnchef) stopt per 1 februari; Yusuf Doğan neemt het magazijn over vanaf dezelfde dag, hij is nu nog heftruckchauffeur.",
  L("Harm Dijkstra", D(2027, 2, 1)), MV("Yusuf Doğan", D(2027, 2, 1), None, None))
m("en", "jan pieter bos starts monday on the counter, pls sort an account",
  J("Jan Pieter Bos", WD("monday")))
m("nl", "Invalkracht Merel Vegter werkt nog tot en met woensdag 23 december bij ons op kantoor.",
  L("Merel Vegter", ON("woensdag", D(2026, 12, 23))))

# ---------------------------------------------------------------- part 2 (v151-v320)
# A seaweed farm on the Oosterschelde, with a drying shed, a webshop and a site near Nieuwpoort

m("nl", "Goedemiddag,\n\nPer maandag 1 februari 2027 komt Maaike Verburg ons team op de Oosterschelde versterken als teeltmedewerker. Ze heeft een vaarbewijs, dus ze mag ook de werkboot varen.\n\nHartelijke groet,\nJoris Kodde\nZeewierkwekerij Kodde",
  J("Maaike Verburg", ON("maandag", D(2027, 2, 1))))
m("en", "new deckhand for the harvest boat: liam o'connor, first day fri 8 jan. can he get a phone w/ the tide app",
  J("Liam O'Connor", ON("friday", D(2027, 1, 8))))
m("nl", "Onze schipper Kees Bolier stopt per 1 maart; zijn laatste werkdag is vrijdag 26 februari. Hij gaat de visserij weer in.",
  L("Kees Bolier", ON("vrijdag", D(2027, 2, 26))))
m("en", "Do the divers we hire per season from the diving company need an account, or do they just sign the paper log?",
  none=True)
m("nl", "Per 1 februari wordt Evi Lindhout, nu in de droogloods, onze accountmanager voor de restaurants en de groothandels. Ze kent de chefs al van de proeverijen.",
  MV("Evi Lindhout", D(2027, 2, 1), AM, None))
m("en", "Tim Kloosterboer starts Monday 11 January as developer for our webshop and the harvest-planning tool. Laptop with a proper screen please!",
  J("Tim Kloosterboer", ON("monday", D(2027, 1, 11)), SE))
m("nl", "Afgelopen dinsdag is onze duiker Rens Hage overleden bij een ongeluk buiten werktijd. Iedereen is aangeslagen. Wil iemand zijn accounts netjes afsluiten?",
  L("Rens Hage", P(-2)), past=True)
m("en", "Hello, I inform you that Mme Camille Lefèvre will start the 1 March as food product developer (recipes, not software). Cordialement, Julien",
  J("Camille Lefèvre", D(2027, 3, 1)))
m("nl", "gisteren is mike verhage ontslagen, op staande voet. hij heeft de sleutels van de boot nog!!",
  L("Mike Verhage", P(-1)), past=True)
m("nl", "Voor het oogstseizoen komen er twee mensen bij:\n- Jorn Polderman vanaf 4 januari\n- Sara Goedegebure vanaf 18 januari\nAllebei tot eind april.",
  J("Jorn Polderman", D(2027, 1, 4)), J("Sara Goedegebure", D(2027, 1, 18)))
m("nl", "Onze facilitair coördinator Hennie Boogaard vertrekt op 29 januari, ze verhuist met haar man naar Brabant.",
  L("Hennie Boogaard", D(2027, 1, 29), FC))
m("nl", "Dag Tine,\nWe hebben Arne Claeys aangeworven als kweker voor de nieuwe lijnen bij Nieuwpoort. Hij begint op maandag 15 februari.\nMvg,\nPieter-Jan",
  J("Arne Claeys", ON("maandag", D(2027, 2, 15))))
m("nl", "Onze accountmanager Sophie Brandwijk gaat over twee weken weg, ze heeft een aanbod van een supermarktketen. Haar telefoon en laptop graag innemen.",
  L("Sophie Brandwijk", P(14), AM))
m("nl", "even een correctie: koen leijdekker begint op maandag 25 januari, niet op 18 januari zoals ik eerder schreef",
  J("Koen Leijdekker", ON("maandag", D(2027, 1, 25))))
m("en", "Is there a way to give our seasonal pickers a simple login for the time clock only? They don't need e-mail.",
  none=True)
m("nl", "Geachte collega,\n\nHierbij informeer ik u dat het tijdelijke contract van mevrouw Linda Geluk (verwerking) op 31 januari 2027 eindigt en niet wordt verlengd.\n\nMet vriendelijke groet,\nAdministratie",
  L("Linda Geluk", D(2027, 1, 31)))
m("nl", "Afgelopen maandag is Jurgen Meulmeester begonnen in de verwerking, maar hij heeft nog steeds geen inlog voor de weegschaal-app.",
  J("Jurgen Meulmeester", P(-3)), past=True)
m("en", "From Monday 4 January Bas Schot moves from the boat crew to the office as planner. He keeps his boat licence, but won't sail anymore.",
  MV("Bas Schot", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Onze programmeur Wessel Hanse stopt eind februari. Zijn laatste werkdag is vrijdag 19 februari, daarna heeft hij nog verlof.",
  L("Wessel Hanse", ON("vrijdag", D(2027, 2, 19)), SE))
m("nl", "Twee vertrekkers op de boten: Kobus de Kam op 18 december en Ricky Rijk op 22 januari. Allebei hebben ze een sleutel van de loods.",
  L("Kobus de Kam", D(2026, 12, 18)), L("Ricky Rijk", D(2027, 1, 22)))
m("nl", "Morgen begint Nina Zuurbier in de droogloods, drie dagen per week. Ze heeft alleen een pas nodig, geen laptop.",
  J("Nina Zuurbier", P(1)))
m("en", "Jesse goes on paternity leave for five weeks from next Monday. He'll still be in the system, just not around.",
  none=True)
m("nl", "Per 1-3-2027 wordt Dirk-Jan Quist ploegleider op de oogstboot; hij is nu nog matroos. Hij krijgt dan ook de sleutels van de stuurhut.",
  MV("Dirk-Jan Quist", D(2027, 3, 1), None, None))
m("nl", "morgen is de laatste werkdag van sophie kraaijeveld, ze gaat studeren. laptop kan daarna terug",
  L("Sophie Kraaijeveld", P(1)))
m("en", "On Wednesday 13 January Anita Koopal starts as facilitair medewerker, she'll do the canteen, the cleaning and the keys.",
  J("Anita Koopal", ON("wednesday", D(2027, 1, 13)), FC))
m("nl", "Kan ik Lars Moerland, die op 1 maart bij ons begint als duiker, nu al aanmelden of is dat te vroeg?",
  J("Lars Moerland", D(2027, 3, 1)))
m("en", "Kweker Mirte Francke moves from our Yerseke site to the new plot near Zierikzee in five weeks; same work.",
  MV("Mirte Francke", P(35), None, None))
m("en", "Hello together, from the 15.03.2027 Mr. Jonas Schreiber will support us as biologist for the seed lines. Best greetings, Anke",
  J("Jonas Schreiber", D(2027, 3, 15)))
m("nl", "Per 1 januari gaat onze magazijnman Adrie Sinke met pensioen en neemt Tom Kesteloo het magazijn erbij, naast de boot.",
  L("Adrie Sinke", D(2027, 1, 1)), MV("Tom Kesteloo", D(2027, 1, 1), None, None))

# A cranberry farm on Terschelling, with a juice press, a farm shop, a café and a bike rental

m("nl", "Hallo,\n\nOp maandag 8 maart 2027 begint Wietske Hoekstra bij ons op Terschelling als teler. Ze woont op de wal, dus ze krijgt een bootabonnement van ons.\n\nGroet,\nFokke Cupido\nCranberryhoeve De Vlakte",
  J("Wietske Hoekstra", ON("maandag", D(2027, 3, 8))))
m("en", "hey, new guy for the juice press: pim zeinstra, first day mon 4 jan 🍒",
  J("Pim Zeinstra", ON("monday", D(2027, 1, 4))))
m("nl", "Onze verkoopster in de boerderijwinkel, Greetje Kiewiet-Sijbrandij, stopt per 1 februari. Haar kassacode en de sleutel van de winkel moeten dan terug.",
  L("Greetje Kiewiet-Sijbrandij", D(2027, 2, 1), AM))
m("en", "Do the island kids who help us with the harvest in autumn need anything from IT? They're 16 and only work weekends.",
  none=True)
m("nl", "Per 1 maart gaat Jildou Bakker van de bediening in het café naar de verkoop: ze wordt accountmanager voor de winkels op de wal.",
  MV("Jildou Bakker", D(2027, 3, 1), AM, None))
m("en", "Our webshop developer Rowan Dijkhuis starts the 1st of February. He works from Harlingen, so he needs VPN.",
  J("Rowan Dijkhuis", D(2027, 2, 1), SE))
m("nl", "Afgelopen vrijdag is Sjoerd Kaspers, die al 40 jaar bij ons werkte en nog twee ochtenden per week in de sapperij stond, overleden.",
  L("Sjoerd Kaspers", P(-6)), past=True)
m("en", "Hello, I inform that Mr. Pablo Navarro begins like cook in our café the day 1 of April. Thank you very much",
  J("Pablo Navarro", D(2027, 4, 1)))
m("nl", "vanochtend hebben we afscheid genomen van dennis wijnja, ontslag op staande voet. graag alles dicht",
  L("Dennis Wijnja", NOW))
m("nl", "Twee nieuwe vaste krachten per 1 februari: Hidde Bruinsma en Tjitske Folkertsma. Eentje voor de velden, eentje voor de sapperij.",
  J("Hidde Bruinsma", D(2027, 2, 1)), J("Tjitske Folkertsma", D(2027, 2, 1)))
m("nl", "Onze facilitair coördinator Geert Mulder vertrekt op 31 januari. Zijn sleutels van de schuren en de fietsenstalling moeten terug.",
  L("Geert Mulder", D(2027, 1, 31), FC))
m("nl", "Dag Marijke,\nOnze nieuwe vertegenwoordiger voor België, Jonas Peeters, start op woensdag 3 februari. Gelieve hem een laptop en gsm te voorzien.\nMvg,\nStefaan",
  J("Jonas Peeters", ON("woensdag", D(2027, 2, 3)), AM))
m("nl", "Anouk Visser (fietsverhuur) gaat over drie weken weg, dan loopt haar seizoenscontract af.",
  L("Anouk Visser", P(21)))
m("nl", "Niet op 15 januari maar op vrijdag 29 januari stopt Marten Hylkema, hij blijft dus twee weken langer.",
  L("Marten Hylkema", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Kan ik nu al een seizoensplukker aanmelden die pas in september begint? Het gaat om Hylke Dijkema, start 1 september 2027.",
  J("Hylke Dijkema", D(2027, 9, 1)))
m("nl", "De teler Auke de Boer stopt per 1/4 en gaat zelf cranberries telen op Vlieland 😄 Zijn tractorsleutels liggen al op kantoor.",
  L("Auke de Boer", D(2027, 4, 1)))
m("en", "Respected Sir, this is to inform that Mr. Rahul Chopra has joined today as Accounts Executive. Kindly create his mail ID. Regards",
  J("Rahul Chopra", NOW))
m("nl", "volgende week dinsdag begint femke de wolf in de winkel als verkoopster, kan ze een kassacode krijgen",
  J("Femke de Wolf", NW("tuesday"), AM))
m("en", "From Monday 1 February Harold Bosma, now our handyman, becomes facilities coordinator for the farm and the shop.",
  MV("Harold Bosma", ON("monday", D(2027, 2, 1)), FC, None))
m("nl", "Vandaag heeft Renske Faber haar laatste werkdag in het café, ze verhuist naar Leeuwarden. Haar account mag vanavond dicht.",
  L("Renske Faber", NOW))
m("nl", "Het contract van Kim Wierda (sapperij) eindigt op 28 februari en wordt niet verlengd.",
  L("Kim Wierda", D(2027, 2, 28)))
m("nl", "Over zes weken begint Ruben Terluin als ontwikkelaar van onze webshop, hij werkt vanuit Groningen. Hij wil een laptop met Linux, zegt hij.",
  J("Ruben Terluin", P(42), SE))
m("en", "Starting 4 January: Marit Jellema (shop) and Bauke Hiemstra (fields). Both need a pass for the barns, only Marit needs a till login.",
  J("Marit Jellema", D(2027, 1, 4)), J("Bauke Hiemstra", D(2027, 1, 4)))
m("nl", "Sietske heeft haar ontslag teruggetrokken! Ze blijft gewoon bij ons in de winkel, dus niks afsluiten 🙂",
  none=True)
m("en", "Our bike mechanic Lars Wiersum was dismissed this afternoon after the theft. His key to the shed is already back.",
  L("Lars Wiersum", NOW))
m("nl", "Teler Jappie Smeding gaat per 1 januari van de velden bij Hoorn naar die bij Formerum, zelfde werk. Hij gaat er ook wonen, in het huisje bij de schuur.",
  MV("Jappie Smeding", D(2027, 1, 1), None, None))
m("en", "Can you make an account for Emma Bergsma, who starts next Wednesday in the café? She'll do the lunch shifts.",
  J("Emma Bergsma", WD("wednesday")))
m("nl", "Startdatum 2027-03-15: Hester Kramer, verkoper in de boerderijwinkel en de webshop. Ze heeft eerder bij de VVV gewerkt.",
  J("Hester Kramer", D(2027, 3, 15), AM))

# A trampoline park with parks in Zoetermeer, Delft and Gent

m("nl", "Hoi servicedesk,\n\nPer zaterdag 2 januari 2027 komt Kaylee Brons ons team in Zoetermeer versterken als host op de vloer. Ze werkt vooral in de weekenden.\n\nGroetjes,\nDaphne Roest\nParkmanager",
  J("Kaylee Brons", ON("zaterdag", D(2027, 1, 2))))
m("en", "new jump host starting sat 12 dec: tygo van lith. 16 y/o, weekends only",
  J("Tygo van Lith", ON("saturday", D(2026, 12, 12))))
m("nl", "Shiftmanager Kevin Oosterhuis stopt per 1 maart. Zijn laatste dienst is zondag 28 februari. Hij gaat bij een klimhal in Leiden werken.",
  L("Kevin Oosterhuis", ON("zondag", D(2027, 2, 28))))
m("en", "Do the birthday-party hosts we hire through an agency need a login for the booking system? They only check in guests.",
  none=True)
m("nl", "Per 1 februari wordt Demi Vreeken, nu kassamedewerker, onze accountmanager voor scholen en bedrijfsuitjes.",
  MV("Demi Vreeken", D(2027, 2, 1), AM, None))
m("en", "We've found a developer for the booking app: Sven Lagerweij, starts Monday 4 January. Please give him access to the staging environment.",
  J("Sven Lagerweij", ON("monday", D(2027, 1, 4)), SE))
m("nl", "Met pijn in het hart: onze monteur Gert-Jan Hoving is zondag overleden. Hij onderhield de trampolines al sinds de opening.",
  L("Gert-Jan Hoving", P(-4)), past=True)
m("en", "Hello, Mrs. Agnieszka Wójcik starts by us 18.01.2027 like cleaning lady for the evenings. Regards, Paweł",
  J("Agnieszka Wójcik", D(2027, 1, 18)))
m("nl", "vandaag jay hoogendoorn ontslagen, per direct. kwam weer niet opdagen. pas blokkeren pls",
  L("Jay Hoogendoorn", NOW))
m("nl", "Voor de kerstvakantie:\n1. Lina Bakkal\n2. Milan Ruiters\n3. Job Verweij\nAlle drie vanaf maandag 21 december, tot en met 3 januari.",
  J("Lina Bakkal", ON("maandag", D(2026, 12, 21))), J("Milan Ruiters", ON("maandag", D(2026, 12, 21))),
  J("Job Verweij", ON("maandag", D(2026, 12, 21))))
m("en", "Our facility coordinator in Zoetermeer, Wendy Snijders, goes to the Delft park on 1 March, same role.",
  MV("Wendy Snijders", D(2027, 3, 1), FC, FC))
m("nl", "Dag Ann,\nYentl Goossens begint bij ons in Gent als onthaalmedewerkster op vrijdag 15 januari. Gelieve haar een badge te voorzien.\nMvg,\nKurt",
  J("Yentl Goossens", ON("vrijdag", D(2027, 1, 15))))
m("en", "Our sales rep for company outings, Thomas Geurts, leaves in four weeks' time. Please collect his laptop and phone.",
  L("Thomas Geurts", P(28), AM))
m("nl", "Voor ons aangepast springen op woensdagmiddag hebben we een zorgmedewerker aangenomen: Ilse Kampman, ze begint op woensdag 6 januari.",
  J("Ilse Kampman", ON("woensdag", D(2027, 1, 6)), CW))
m("en", "Small change: Bilal Amrani doesn't start on 4 January but on Monday 11 January. He had to finish a course first.",
  J("Bilal Amrani", ON("monday", D(2027, 1, 11))))
m("nl", "Rick van de kassa is voorlopig ziek thuis, schouderoperatie. Kan zijn rooster-app op slot of maakt dat niks uit?",
  none=True)
m("en", "Hello, Mr. Emre Polat will start at Monday 1 February like technician for the trampolines. Greetings, Murat",
  J("Emre Polat", ON("monday", D(2027, 2, 1))))
m("nl", "Over twee weken begint Hatice Kurt als facilitair medewerker in Delft. Ze doet de schoonmaak en de inkoop van de kantine.",
  J("Hatice Kurt", P(14), FC))
m("nl", "Er gaan twee hosts weg: Joyce Hermans op 20 december en Stan Koelewijn op 10 januari. Beide passen kunnen daarna uit.",
  L("Joyce Hermans", D(2026, 12, 20)), L("Stan Koelewijn", D(2027, 1, 10)))
m("nl", "morgen begint ruben scholte als host 👍 heeft nog geen inlog",
  J("Ruben Scholte", P(1)))
m("en", "From 1 January Gianni Russo, now a jump host, becomes shift manager in Zoetermeer. He'll need the manager keys and the cash-up login.",
  MV("Gianni Russo", D(2027, 1, 1), None, None))
m("nl", "Vorige week dinsdag is Shanice Wouters gestopt, ze is gewoon niet meer gekomen. Kan alles dicht?",
  L("Shanice Wouters", LW("tuesday")), past=True)
m("en", "Account manager for the corporate events, Nadia Haddou, starts Tuesday 2 February. She'll need a laptop and a phone.",
  J("Nadia Haddou", ON("tuesday", D(2027, 2, 2)), AM))
m("nl", "Het contract van onze programmeur Daan Kerkhof loopt op 31 december af. Zijn toegang tot de boekingsapp moet dan dicht.",
  L("Daan Kerkhof", D(2026, 12, 31), SE))
m("en", "Quick one: Maud Ligthart started on Tuesday at the front desk and still can't log in to the till.",
  J("Maud Ligthart", P(-2)), past=True)
m("nl", "Per a.s. maandag komt Quinten Mertens erbij als host in Delft, voorlopig alleen de avonden.",
  J("Quinten Mertens", WD("maandag")))
m("en", "Our volunteer first-aider Mandy Hulst gets a paid contract as host from 1 January. Can she get a proper account then?",
  J("Mandy Hulst", D(2027, 1, 1)))
m("nl", "Vanaf 1 maart neemt Ronald Bijl de facilitaire dienst erbij; hij is nu technisch medewerker en wordt dan facilitair coördinator voor beide parken.",
  MV("Ronald Bijl", D(2027, 3, 1), FC, None))
m("en", "fyi kyra blom leaves us fri 18 dec, last shift that evening",
  L("Kyra Blom", ON("friday", D(2026, 12, 18))))

# A well driller (bronboringen, bodemenergie) with crews in Twente and Brabant

m("nl", "Goedemorgen,\n\nMet ingang van maandag 18 januari 2027 treedt Gerrit Schuttenbeld in dienst als boormeester. Hij komt van een collega-bedrijf uit Twente en neemt zijn eigen ploeg op.\n\nMet vriendelijke groet,\nH. Lansink\nDirectie Lansink Bronboringen",
  J("Gerrit Schuttenbeld", ON("maandag", D(2027, 1, 18))))
m("en", "drill assistant starting tue 12 jan: koen heuvelink. needs ppe + a tablet for the logs",
  J("Koen Heuvelink", ON("tuesday", D(2027, 1, 12))))
m("nl", "Hydrogeoloog Frank Ebbers gaat met vervroegd pensioen. Zijn laatste werkdag is donderdag 25 februari. Zijn opvolger zoeken we nog.",
  L("Frank Ebbers", ON("donderdag", D(2027, 2, 25))))
m("nl", "De groutploeg krijgt versterking: Stefan Ruesink begint per 8 februari. Hij heeft alleen een pas en een tablet nodig.",
  J("Stefan Ruesink", D(2027, 2, 8)))
m("nl", "Per 1 april wordt Sandra Tijhuis, nu werkvoorbereider, accountmanager voor de installateurs van warmtepompen.",
  MV("Sandra Tijhuis", D(2027, 4, 1), AM, None))
m("en", "Starting 01-02-2027 we have a developer for the well database: Mohammed Ait Ouali. He can work from home most days.",
  J("Mohammed Ait Ouali", D(2027, 2, 1), SE))
m("nl", "Gisteren is onze boorassistent Henk Wolbers verongelukt op weg naar huis. We zijn er kapot van. Zijn bus staat nog bij hem thuis.",
  L("Henk Wolbers", P(-1)), past=True)
m("en", "Hello together, from the 01.03.2027 Mr. Stefan Brückner works by us as drilling engineer (geothermal, no software). Many greetings, Klaus",
  J("Stefan Brückner", D(2027, 3, 1)))
m("nl", "vanochtend jordi ten hove ontslagen, reed dronken met de boorwagen. pas en tankpas blokkeren",
  L("Jordi ten Hove", NOW))
m("nl", "Twee nieuwe boorassistenten:\n- Niek Reinders, per 4 januari\n- Sjors Eppink, per 1 februari",
  J("Niek Reinders", D(2027, 1, 4)), J("Sjors Eppink", D(2027, 2, 1)))
m("en", "Annelies Stroeve starts as facility coordinator on Monday 15 February. She'll manage the yard, the vans and the canteen.",
  J("Annelies Stroeve", ON("monday", D(2027, 2, 15)), FC))
m("nl", "Dag Wim,\nBoorder Glenn Maes verlaat ons op vrijdag 5 februari, hij gaat naar de concurrentie. Gelieve zijn gsm en tablet terug te vragen.\nMvg,\nAn",
  L("Glenn Maes", ON("vrijdag", D(2027, 2, 5))))
m("en", "Our planner Lisa Hengeveld finishes two weeks from today; she's going back to school.",
  L("Lisa Hengeveld", P(14)))
m("nl", "Correctie: Wouter Nijhof begint niet op 4 januari maar pas op maandag 8 februari, hij moet nog een opzegtermijn uitdienen.",
  J("Wouter Nijhof", ON("maandag", D(2027, 2, 8))))
m("en", "Harm takes three months of unpaid leave from January to travel. He keeps his laptop, just letting you know.",
  none=True)
m("nl", "Per 1 januari stopt boormeester Bert Hulshof; hij gaat met pensioen na 42 jaar. Zijn laptop mag naar de werkplaats.",
  L("Bert Hulshof", D(2027, 1, 1)))
m("en", "Good day Sir/Ma, I wish to inform you that Engr. Chukwudi Eze will resume as Hydrogeologist on Monday, 11th January 2027. Best regards",
  J("Chukwudi Eze", ON("monday", D(2027, 1, 11))))
m("nl", "over drie weken stopt onze ontwikkelaar bram hesselink, laatste dag is dus 24 dec",
  L("Bram Hesselink", D(2026, 12, 24), SE))
m("en", "Drill master Marco Kamphuis moves from the Twente crew to the Brabant crew on 11 January, same job.",
  MV("Marco Kamphuis", D(2027, 1, 11), None, None))
m("nl", "Vorige week maandag is Job Harbers begonnen als boorassistent, maar hij staat nog nergens in. Kan dat alsnog?",
  J("Job Harbers", LW("monday")), past=True)
m("en", "Hydrogeologist Aisha Yusuf leaves on the 15th of January, her project contract ends then.",
  L("Aisha Yusuf", D(2027, 1, 15)))
m("nl", "Vanaf maandag 1 maart hebben we een verkoper binnendienst: Tessa Groothuis. Ze doet de offertes voor particulieren.",
  J("Tessa Groothuis", ON("maandag", D(2027, 3, 1)), AM))
m("en", "The drill assistant who was supposed to start in January has pulled out; instead Dylan Wissink starts on 11 January.",
  J("Dylan Wissink", D(2027, 1, 11)))
m("nl", "Per 31 december gaan Gert Nijenhuis en Egbert Dijkman met pensioen, allebei boormeester. Hun boorwagens gaan naar de nieuwe ploeg.",
  L("Gert Nijenhuis", D(2026, 12, 31)), L("Egbert Dijkman", D(2026, 12, 31)))
m("en", "Leonie Krol joins the office as bookkeeper on Monday the 8th of February. She replaces our old bookkeeper, who retired in the summer.",
  J("Leonie Krol", ON("monday", D(2027, 2, 8))))
m("nl", "Per 1 februari gaat Thijs Oonincx, nu werkvoorbereider, fulltime aan de slag als softwareontwikkelaar van onze boorlog-app.",
  MV("Thijs Oonincx", D(2027, 2, 1), SE, None))
m("en", "lucas bennink started yesterday in the yard, pls make an account, he has nothing yet",
  J("Lucas Bennink", P(-1)), past=True)
m("nl", "In week 2 begint Marloes Veltkamp op de planning, op de dinsdag. Ze komt via een uitzendbureau en blijft in ieder geval een half jaar.",
  J("Marloes Veltkamp", WK(2, "tuesday")))

# A wind tunnel (low-speed and transonic tunnels, a model workshop)

m("nl", "Beste collega's,\n\nPer maandag 1 februari 2027 begint dr. Floor Wijnands bij ons als aerodynamicus in de lagesnelheidstunnel.\n\nMet vriendelijke groet,\nir. M. Roskam\nHoofd Testbedrijf",
  J("Floor Wijnands", ON("maandag", D(2027, 2, 1))))
m("en", "new model maker in the workshop: tessa meijboom, starts mon 18 jan. she needs the cnc login too",
  J("Tessa Meijboom", ON("monday", D(2027, 1, 18))))
m("nl", "Tunneloperator Jan Willem Houtman stopt per 1 maart. Zijn laatste dienst draait hij op vrijdag 26 februari.",
  L("Jan Willem Houtman", ON("vrijdag", D(2027, 2, 26))))
m("en", "Our customers' engineers from Toulouse are here for three weeks in January. Do they need accounts or do we use guest Wi-Fi?",
  none=True)
m("nl", "Per 1 april wordt Martin Achterberg, nu projectleider, onze accountmanager voor de luchtvaartklanten.",
  MV("Martin Achterberg", D(2027, 4, 1), AM, None))
m("en", "Software engineer for the data-acquisition system: Ravi Krishnan, starting Monday 11 January 2027. He'll need access to the test-rig network.",
  J("Ravi Krishnan", ON("monday", D(2027, 1, 11)), SE))
m("nl", "Dinsdag is onze beveiliger Ton Brugman overleden, hij was 61. De uitvaart wordt later bekendgemaakt.",
  L("Ton Brugman", P(-2)), past=True)
m("en", "Please set up Ms. Hanna Berglund, test engineer (instrumentation and sensors, not software), starting 1 March.",
  J("Hanna Berglund", D(2027, 3, 1)))
m("nl", "gisteren is rob stegink op staande voet ontslagen. heeft nog een sleutel van de regelkamer!!",
  L("Rob Stegink", P(-1)), past=True)
m("nl", "Twee modelmakers erbij: Vera Huisman per 4 januari en Stijn Klomp per 11 januari. Ze krijgen allebei een CNC-cursus in de eerste week.",
  J("Vera Huisman", D(2027, 1, 4)), J("Stijn Klomp", D(2027, 1, 11)))
m("en", "Our facilities coordinator, Peter Holwerda, leaves on Friday 12 February after 20 years.",
  L("Peter Holwerda", ON("friday", D(2027, 2, 12)), FC))
m("nl", "Dag Hilde,\nIngenieur Pieter Wauters vervoegt ons team in Zaventem op maandag 1 maart. Hij doet de metingen aan de windturbinemodellen, geen software.\nMvg,\nDries",
  J("Pieter Wauters", ON("maandag", D(2027, 3, 1))))
m("nl", "Onderzoeker Olga Novak vertrekt over vijf weken; haar postdoc loopt dan af. Haar data moeten wel bewaard blijven!",
  L("Olga Novak", P(35)))
m("nl", "Wijziging: Mark Vlaskamp blijft langer, hij stopt niet op 31 december maar op vrijdag 29 januari.",
  L("Mark Vlaskamp", ON("vrijdag", D(2027, 1, 29))))
m("en", "Our senior operator Dick Rademaker retires on 31 December, and Roos Akkerman, who joins us from Schiphol, takes over his shifts from 4 January.",
  L("Dick Rademaker", D(2026, 12, 31)), J("Roos Akkerman", D(2027, 1, 4)))
m("nl", "Is het normaal dat de stagiairs van de TU geen pas krijgen voor de tunnelhal? Twee van hen staan elke ochtend voor de deur.",
  none=True)
m("en", "Dear Sir, This is to inform you that Mr. Sandeep Kulkarni, Senior Technician, shall be relieved from his duties on 22nd January 2027. Regards, HR",
  L("Sandeep Kulkarni", D(2027, 1, 22)))
m("nl", "Per 1 februari komt er een programmeur bij voor de besturing van de tunnel: Karel Boonstra. Hij komt van de TU Delft.",
  J("Karel Boonstra", D(2027, 2, 1), SE))
m("en", "Model maker Ferdinand Ploeg moves from the Marknesse workshop to Emmeloord on 1 February, same work.",
  MV("Ferdinand Ploeg", D(2027, 2, 1), None, None))
m("nl", "Over vijf weken begint Ingeborg Jansma als secretaresse van het testbedrijf. Ze neemt het werk over van Gerda, die al met pensioen is.",
  J("Ingeborg Jansma", P(35)))
m("en", "We let go of technician Marvin Kok yesterday afternoon. Please block his badge for the tunnel hall.",
  L("Marvin Kok", P(-1)), past=True)
m("nl", "Accountmanager automotive Evelien Broekhuis vertrekt per 1 maart naar een autofabrikant in Duitsland.",
  L("Evelien Broekhuis", D(2027, 3, 1), AM))
m("en", "Security guard Daniel Okoro starts tomorrow on the night shift; the agency sends his papers today.",
  J("Daniel Okoro", P(1)))
m("nl", "Vanaf volgende week maandag is Yvette Roelink niet meer operator maar planner van de tunneltijd.",
  MV("Yvette Roelink", NW("monday"), None, None))
m("en", "Reminder: Petra Lohuis starts in the control room on Monday 4 January, please don't forget her badge this time.",
  J("Petra Lohuis", ON("monday", D(2027, 1, 4))))
m("nl", "Op maandag 4 januari beginnen Mustafa Kaya (ontwikkelaar) en Teun Kleinhuis (operator).",
  J("Mustafa Kaya", ON("maandag", D(2027, 1, 4)), SE), J("Teun Kleinhuis", ON("maandag", D(2027, 1, 4))))
m("en", "Aerodynamicist Julien Moreau leaves us on the 29th of January to go back to France. Please keep his mailbox for a month.",
  L("Julien Moreau", D(2027, 1, 29)))
m("nl", "volgende week vrijdag is de laatste dag van stagiair mees hollander",
  L("Mees Hollander", NW("friday")))

# A calibration laboratory (pressure, temperature, mass, electrical), labs in Delft, Eindhoven, Mechelen

m("nl", "Goedemiddag,\n\nOp maandag 11 januari 2027 begint Wilco Hoekman bij ons als kalibratietechnicus druk en temperatuur. Graag een laptop met de kalibratiesoftware en een labjas in maat L.\n\nMvg,\nJacqueline Stam\nLabmanager",
  J("Wilco Hoekman", ON("maandag", D(2027, 1, 11))))
m("en", "new metrologist: ines barbosa, first day wed 6 jan. she's portuguese, english is fine",
  J("Ines Barbosa", ON("wednesday", D(2027, 1, 6))))
m("nl", "Laborant Joke Ruitenberg stopt per 1 april. Laatste werkdag: woensdag 31 maart. Ze gaat met pensioen na 38 jaar.",
  L("Joke Ruitenberg", ON("woensdag", D(2027, 3, 31))))
m("en", "Can auditors from the accreditation body get temporary read access to our quality system in February?",
  none=True)
m("nl", "Vanaf 1 maart gaat Remco Meester, nu buitendienst-kalibrateur, als accountmanager de industriële klanten doen.",
  MV("Remco Meester", D(2027, 3, 1), AM, None))
m("en", "New developer for the certificate portal: Ilias Benali. He starts on 18 January, two days a week remote.",
  J("Ilias Benali", D(2027, 1, 18), SE))
m("nl", "Afgelopen maandag is onze collega Hanny Vermeulen overleden. Ze werkte nog drie ochtenden per week op de receptie.",
  L("Hanny Vermeulen", P(-3)), past=True)
m("en", "Hello, Mr. Andrei Popescu will start to work by us at 01.02.2027 as calibration technician. Thank you, Cristina",
  J("Andrei Popescu", D(2027, 2, 1)))
m("nl", "vanmiddag hebben we tobias lammers laten gaan, per direct. pas is ingeleverd, laptop nog niet",
  L("Tobias Lammers", NOW))
m("nl", "Per 1 januari vertrekken twee collega's van de buitendienst: Frank Overmars en Gijsbert Hoogland.",
  L("Frank Overmars", D(2027, 1, 1)), L("Gijsbert Hoogland", D(2027, 1, 1)))
m("en", "Our new facilities coordinator, Zoë van Beek, starts on 1 February. She'll also look after the climate control of the labs.",
  J("Zoë van Beek", D(2027, 2, 1), FC))
m("nl", "Dag Katrien,\nLaborante Eline Van Damme start bij ons op maandag 22 februari in het labo in Mechelen.\nMvg,\nBram",
  J("Eline Van Damme", ON("maandag", D(2027, 2, 22))))
m("nl", "Kwaliteitsmanager Thea Lindeman gaat over drie weken weg. Wie haar opvolgt weten we nog niet.",
  L("Thea Lindeman", P(21)))
m("nl", "Ivo Meijers begint toch eerder: al op maandag 4 januari in plaats van 18 januari. Zijn oude werkgever laat hem eerder gaan.",
  J("Ivo Meijers", ON("maandag", D(2027, 1, 4))))
m("en", "Good news, Monique is back from her burn-out leave on Monday and starts with half days. Nothing to change I guess.",
  none=True)
m("nl", "Per 15-02-2027 komt Esmee Harmsen ons team versterken als planner. Ze plant de kalibraties bij de klanten in de buitendienst.",
  J("Esmee Harmsen", D(2027, 2, 15)))
m("en", "From Monday 1 February Otto Vreman, now a lab technician, joins IT as a software developer for our measurement scripts.",
  MV("Otto Vreman", ON("monday", D(2027, 2, 1)), SE, None))
m("nl", "Het tijdelijke contract van Kiki Zwanenburg (receptie) eindigt op 15 januari. Haar pas en sleutels graag die dag innemen.",
  L("Kiki Zwanenburg", D(2027, 1, 15)))
m("en", "FYI Roy Zegers was dismissed last Friday, I was on holiday so it wasn't passed on. Please close his accounts.",
  L("Roy Zegers", P(-6)), past=True)
m("nl", "Nieuwe kalibratietechnicus: Luuk van Dalen, start 2027-01-25. Hij gaat vooral de massa-kalibraties doen.",
  J("Luuk van Dalen", D(2027, 1, 25)))
m("en", "Two new calibration technicians start on 4 January: Lukas Dvořák and Iris Boelens.",
  J("Lukas Dvořák", D(2027, 1, 4)), J("Iris Boelens", D(2027, 1, 4)))
m("nl", "Metroloog Dieuwke Bleeker gaat per 1 maart van het lab in Delft naar ons nieuwe lab in Eindhoven, zelfde functie.",
  MV("Dieuwke Bleeker", D(2027, 3, 1), None, None))
m("en", "Do we need to announce an intern who only comes for a three-day taster in January? Or is that overkill?",
  none=True)
m("nl", "Volgende week donderdag is de laatste werkdag van Marco Tuinstra, hij gaat naar een concurrent in Utrecht.",
  L("Marco Tuinstra", NW("thursday")))
m("en", "Account manager Laila Bensaid starts 1-2-2027 for the pharma customers. She comes from a lab supplier and knows half our customers already.",
  J("Laila Bensaid", D(2027, 2, 1), AM))
m("nl", "morgen begint jasmijn koot op de receptie, heeft ze al een account?",
  J("Jasmijn Koot", P(1)))
m("en", "Leavers in January: Henrike Stoel on the 8th and Ferry Wassink on the 29th.",
  L("Henrike Stoel", D(2027, 1, 8)), L("Ferry Wassink", D(2027, 1, 29)))
m("nl", "Facilitair medewerker Jos Brinkman stopt per 1 februari; hij gaat na 25 jaar met pensioen. Hij heeft de sleutels van alle labs.",
  L("Jos Brinkman", D(2027, 2, 1), FC))

SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
         "ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag",
         "za": "zaterdag", "zo": "zondag"}
MONTHS = {}
for _i, _names in enumerate([
        ("january", "januari", "jan"), ("february", "februari", "feb"), ("march", "maart", "mar", "mrt"),
        ("april", "apr"), ("may", "mei"), ("june", "juni", "jun"), ("july", "juli", "jul"),
        ("august", "augustus", "aug"), ("september", "sep", "sept"), ("october", "oktober", "oct", "okt"),
        ("november", "nov"), ("december", "dec")], 1):
    for _n in _names:
        MONTHS[_n] = _i
DAYS = "|".join(EN_DAYS + NL_DAYS + sorted(SHORT, key=len, reverse=True))
HEADER = re.compile(r"^(from|van|date|datum|verzonden|sent|op .* schreef|on .* wrote)", re.I)


def weekday_dates(text):
    """(weekday, month, day) for every weekday written right before a date, outside mail headers."""
    found = []
    for line in text.split("\n"):
        if HEADER.match(line.strip()):
            continue
        low = line.lower()
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|de|ste)?\s+(?:of\s+)?([a-z]+)", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, mo, d in re.findall(r"\b(" + DAYS + r")\.?,?\s+([a-z]+)\.?\s+(\d{1,2})\b", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(\d{1,2})[/.-](\d{1,2})\b", low):
            found.append((w, int(mo), int(d)))
    return [(SHORT.get(w, w), mo, d) for w, mo, d in found]


def check():
    texts, names = set(), set()
    for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
        where = "v%03d" % i
        assert lang in ("nl", "en"), where
        assert text not in texts, where
        texts.add(text)
        assert bool(expect) != none, where
        dates = set()
        for e in expect:
            assert e["kind"] in ("JOINER", "LEAVER", "MOVER"), where
            assert e["role"] in ROLES, where
            if e["kind"] == "MOVER":
                assert e["fromRole"] in ROLES, where
            else:
                assert "fromRole" not in e, where
            assert e["name"].lower() in text.lower(), (where, e["name"])
            assert e["name"] not in names, (where, e["name"])
            assert e["name"] == e["name"].strip() and "  " not in e["name"], where
            names.add(e["name"])
            if e["date"] is None:
                continue  # a date no reader can tell: expected empty
            d = dt.date.fromisoformat(e["date"])
            dates.add(d)
            if d < TODAY:
                assert past, (where, d)
            assert d <= dt.date(2028, 6, 3), (where, d)
        if past:
            assert any(d < TODAY for d in dates), where
        for w, mo, day in weekday_dates(text):
            ok = [d for d in dates if d.month == mo and d.day == day]
            assert ok, (where, w, mo, day)
            assert all(d.weekday() == _day(w) for d in ok), (where, w, mo, day)


def write(path):
    check()
    with open(path, "w", encoding="utf-8") as out:
        for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
            out.write(json.dumps({"id": "v%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")


def stats(part):
    """Counts for the README (not used by any test)."""
    n = len(part)
    nl = sum(1 for x in part if x[0] == "nl")
    lens = [len(x[1]) for x in part]
    kinds = {}
    for x in part:
        for e in x[2]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("  %d messages, %d nl (%.1f %%), %d people %s, none %d, multi %d, past %d, "
          "len mean %.1f, <75 %d, 75-159 %d, 160+ %d" % (
              n, nl, 100.0 * nl / n, sum(len(x[2]) for x in part), kinds,
              sum(1 for x in part if x[4]), sum(1 for x in part if len(x[2]) > 1),
              sum(1 for x in part if x[3]), sum(lens) / n,
              sum(1 for v in lens if v < 75), sum(1 for v in lens if 75 <= v < 160),
              sum(1 for v in lens if v >= 160)))


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-30.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
