"""Blind-22: managers' announcements written by hand, one at a time (session 32).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-21's gen.py, itself blind-20's) only turn the date a reader means into a calendar date counted from
TODAY (Thursday 2026-12-03). Run: python3 gen.py
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



# ---- Part 1 (r001-r150) -------------------------------------------------------------
# A potato-processing plant (fries and flakes).
m("nl", "Goedemorgen,\n\nPer maandag 11 januari komt Bram Hoekstra ons team op de schillijn versterken als operator. Hij heeft hiervoor bij een zuivelbedrijf in Veghel gewerkt, dus ploegendienst is hij gewend. Willen jullie zorgen dat zijn pas en schoenen klaarliggen?\n\nMet vriendelijke groet,\nIngrid Maas\nProductieleider lijn 2",
  J("Bram Hoekstra", ON("maandag", D(2027, 1, 11))))
m("en", "new forklift driver jayden brink starts monday",
  J("Jayden Brink", WD("monday")))
m("nl", "Ons kwaliteitslab verliest Femke Wouters: zij heeft ontslag genomen en haar laatste werkdag is vrijdag 8 januari. Vervanging zoeken we nog.",
  L("Femke Wouters", ON("vrijdag", D(2027, 1, 8))))
m("en", "Hi all, quick heads-up from sales. Tomás Ferreira joins us on 1 February as account manager for the Iberian retail chains. He'll be home-based in Porto most weeks but comes to the plant for the first fortnight, so he needs a desk in the sales office and a laptop. Thanks! Lotte",
  J("Tomás Ferreira", D(2027, 2, 1), "account-manager"))
m("nl", "Vraagje: moeten uitzendkrachten voor de campagne ook via jullie aangemeld worden, of regelt het uitzendbureau de passen?",
  none=True)
m("nl", "ruud van gils (onderhoudsmonteur) gaat met pensioen, laatste werkdag donderdag 24 december",
  L("Ruud van Gils", ON("donderdag", D(2026, 12, 24))))
m("en", "Hello, I want to say you that Piotr Zieliński will not work anymore by our company after 15.01.2027, he go back to Poland. Regards Marek",
  L("Piotr Zieliński", D(2027, 1, 15)))
m("nl", "Vanaf 4 januari wordt Sanne Koster, nu nog ploegleider frituurlijn, onze facilitair coördinator. Haar opvolger op de lijn volgt.",
  MV("Sanne Koster", D(2027, 1, 4), "facility-coordinator", None))
m("en", "Sad news: our night-shift mechanic Hennie Broekman passed away yesterday after a short illness. We'll share details about the funeral later.",
  L("Hennie Broekman", P(-1)), past=True)
m("nl", "Twee nieuwe inpakkers voor de nachtploeg: Ilse Veenstra en Dmitri Popov, allebei vanaf maandag 14 december.",
  J("Ilse Veenstra", ON("maandag", D(2026, 12, 14))), J("Dmitri Popov", D(2026, 12, 14)))
m("en", "We hired a developer for the MES/traceability system: Nikhil Rao, first day Tuesday 5 January.",
  J("Nikhil Rao", ON("tuesday", D(2027, 1, 5)), "software-engineer"))
m("nl", "Kees Hendriks gaat vanaf januari vier dagen per week werken i.p.v. vijf. Verder verandert er niets aan zijn functie.",
  none=True)
m("nl", "Dag Griet,\nVanaf maandag 18 januari vervoegt Lowie Vermeersch onze technische dienst als elektromechanieker. Gelieve zijn badge en werkkledij te voorzien.\nMvg,\nSteven",
  J("Lowie Vermeersch", ON("maandag", D(2027, 1, 18))))
m("en", "FYI Kevin Lammers (line operator) was dismissed this morning after the incident on the peeling line. Please block his badge straight away.",
  L("Kevin Lammers", NOW))
m("nl", "Over zes weken begint Noor Bakker bij ons als vertegenwoordiger voor de foodservice-markt.",
  J("Noor Bakker", P(42), "account-manager"))
m("en", "Correction to my message from this morning: Lucy Harrington starts on Monday 11 January, not on the 4th. Sorry for the confusion!",
  J("Lucy Harrington", ON("monday", D(2027, 1, 11))))
m("nl", "Gisteren is Jeroen Smits op staande voet ontslagen (diefstal uit het magazijn).",
  L("Jeroen Smits", P(-1)), past=True)
m("en", "Anouk Verbeek moves from the Lelystad plant to our Emmeloord site on 1 February, same job (facilities coordinator).",
  MV("Anouk Verbeek", D(2027, 2, 1), "facility-coordinator", "facility-coordinator"))
m("nl", "Helaas: Timo Kuijpers, die maandag als operator zou beginnen, heeft afgezegd. Zijn account mag weer weg.",
  none=True)
m("nl", "Hallo allemaal,\n\nNa 38 jaar gaat onze chef expeditie Gerard Peeters met pensioen. Zijn laatste werkdag is woensdag 30 december; op 29 december houden we een afscheidsborrel in de kantine. Kunnen jullie zorgen dat zijn spullen na de 30e worden ingenomen?\n\nGroet,\nMarieke",
  L("Gerard Peeters", ON("woensdag", D(2026, 12, 30))))
m("en", "Starting the week after next, on the Monday, Grace Osei joins the R&D kitchen as food technologist.",
  J("Grace Osei", D(2026, 12, 14)))
m("nl", "Ik vergat het te melden: Yusuf Demir is afgelopen maandag begonnen als heftruckchauffeur. Kan hij alsnog een account krijgen?",
  J("Yusuf Demir", P(-3)), past=True)
m("en", "Heads-up: Charlotte Dekker goes on maternity leave from 18 January, back around May.",
  none=True)
m("nl", "Per 1 maart vertrekt onze accountmanager Wendy Schouten naar een concurrent; Martijn de Graaf, nu nog planner, neemt haar klanten over en wordt per die datum accountmanager.",
  L("Wendy Schouten", D(2027, 3, 1), "account-manager"), MV("Martijn de Graaf", D(2027, 3, 1), "account-manager", None))
m("en", "Ahmed Bouzid last day tmrw, he's going back to school",
  L("Ahmed Bouzid", P(1)))

# A pest-control company.
m("nl", "Beste collega's,\n\nMet ingang van maandag 4 januari treedt Rik Oosterhout bij ons in dienst als buitendienstmedewerker plaagdierbeheersing. Hij rijdt de regio Utrecht-Oost en krijgt bus 14. Graag telefoon, tablet en werkkleding klaarzetten.\n\nVriendelijke groet,\nHans Vos\nBedrijfsleider",
  J("Rik Oosterhout", ON("maandag", D(2027, 1, 4))))
m("en", "pls set up olivia chen, new technician, start 11 jan",
  J("Olivia Chen", D(2027, 1, 11)))
m("nl", "Jan-Peter Kool stopt bij ons; zijn contract loopt 31 januari af en wordt niet verlengd.",
  L("Jan-Peter Kool", D(2027, 1, 31)))
m("en", "Does a technician who only does bird control need the same pesticide-licence check in the system as the others?",
  none=True)
m("nl", "Linda Hermans gaat van de planning naar de verkoop: vanaf 1 februari is zij vertegenwoordiger voor de horeca en de voedingsindustrie.",
  MV("Linda Hermans", D(2027, 2, 1), "account-manager", None))
m("en", "Good day, please be informed that our colleague Mr. Emeka Nwosu shall be resuming as field technician on Monday, 11th January 2027. Thank you.",
  J("Emeka Nwosu", ON("monday", D(2027, 1, 11))))
m("nl", "rachid amrani is vanaf volgende week dinsdag onze nieuwe facilitair medewerker",
  J("Rachid Amrani", NW("dinsdag"), "facility-coordinator"))
m("en", "It is with great sadness that I inform you that Bas Kroeze, who trained half of our technicians, died on Sunday.",
  L("Bas Kroeze", P(-4)), past=True)
m("nl", "Dag Sofie,\nMarnix Desmet, onze verdeler in West-Vlaanderen, verlaat ons. Zijn laatste werkdag is vrijdag 22 januari. Gelieve zijn wagen en gsm op te halen.\nMvg,\nKoen",
  L("Marnix Desmet", ON("vrijdag", D(2027, 1, 22))))
m("en", "Two new starters for the south team:\n- Ryan Walsh, Monday 7 December\n- Priya Sharma, Monday 14 December\nBoth technicians, vans already ordered.",
  J("Ryan Walsh", ON("monday", D(2026, 12, 7))), J("Priya Sharma", ON("monday", D(2026, 12, 14))))
m("nl", "Voor onze route- en rapportage-app hebben we een ontwikkelaar gevonden: Joost Leenders begint 1 maart.",
  J("Joost Leenders", D(2027, 3, 1), "software-engineer"))
m("en", "Stefan Hoogland was let go yesterday afternoon. He still has the key to the Zwolle depot, can someone collect it?",
  L("Stefan Hoogland", P(-1)), past=True)
m("nl", "Ellen van Rooij komt na haar ouderschapsverlof weer terug, vanaf 11 januari.",
  none=True)
m("en", "In two weeks Hamza Idrissi takes over the Amersfoort region as sales rep; Tom will introduce him to the customers.",
  J("Hamza Idrissi", P(14), "account-manager"))
m("nl", "Mieke Janssen heeft vandaag haar laatste dag, ze gaat verhuizen naar Groningen.",
  L("Mieke Janssen", NOW))
m("en", "Dear HR,\n\nAfter 31 years with us our warehouse man Dirk Schipper retires at the end of January. His last working day is Friday 29 January 2027. He has keys to the chemicals store and the main gate, plus a company phone. We'd like to arrange a small goodbye on the 28th.\n\nKind regards,\nPaula Verhoef\nOperations",
  L("Dirk Schipper", ON("friday", D(2027, 1, 29))))
m("nl", "Per 1 februari verhuist Khalid Mansouri naar onze vestiging in Tilburg, hij blijft verkoper.",
  MV("Khalid Mansouri", D(2027, 2, 1), "account-manager", "account-manager"))
m("en", "The technician we announced for Monday, Jordy Verschoor, has accepted another job and won't be starting.",
  none=True)
m("nl", "Per direct is de samenwerking met Patrick Biemans beëindigd. Graag vandaag nog zijn accounts blokkeren.",
  L("Patrick Biemans", NOW))
m("en", "Hannah Lewis (customer service) leaves us next Friday, she's moving to Ireland.",
  L("Hannah Lewis", WD("friday")))
m("nl", "Het tijdelijke contract van Lisa Dijkman loopt eind januari af; zij blijft niet.",
  L("Lisa Dijkman", D(2027, 1, 31)))
m("en", "From 1 March Chris Bauer stops as developer and becomes team lead of our customer support.",
  MV("Chris Bauer", D(2027, 3, 1), None, "software-engineer"))
m("nl", "Nieuwe facilitair coördinator voor het hoofdkantoor: Esra Yıldız, zij begint woensdag 6 januari.",
  J("Esra Yıldız", ON("woensdag", D(2027, 1, 6)), "facility-coordinator"))
m("en", "hey, can you tell me if Mark's account is already gone? he left in october",
  none=True)
m("nl", "Drie nieuwe buitendienstmensen per 4 januari: Thijs Brouwer, Eva Mulder en Arjen Post.",
  J("Thijs Brouwer", D(2027, 1, 4)), J("Eva Mulder", D(2027, 1, 4)), J("Arjen Post", D(2027, 1, 4)))

# A scaffolding contractor.
m("nl", "Goedemiddag,\n\nVolgende week maandag begint Wesley Kramer als steigerbouwer in ploeg 3 (ploegbaas Henk). VCA heeft hij, de steigerbouwpas haalt hij in februari. Wil iemand zorgen voor zijn helm, harnas en pasje?\n\nGroeten,\nRon Westerhof\nUitvoering",
  J("Wesley Kramer", NW("maandag")))
m("en", "Craig Dunn, scaffolder, quit today. no notice.",
  L("Craig Dunn", NOW))
m("nl", "Tom Verhagen wordt per 1 februari werkvoorbereider; hij stopt dan als steigerbouwer.",
  MV("Tom Verhagen", D(2027, 2, 1), None, None))
m("en", "Hi, Mister Andrzej Nowicki is start by us like scaffolder on 04-01-2027, he is coming with his brother Tomasz Nowicki same day.",
  J("Andrzej Nowicki", D(2027, 1, 4)), J("Tomasz Nowicki", D(2027, 1, 4)))
m("nl", "Krijgen de zzp'ers die we in januari inhuren ook een account, of alleen een bouwplaatspas?",
  none=True)
m("en", "Please create an account for Rebecca Stone, our new account manager for the petrochemical clients. Her first day is 18 January.",
  J("Rebecca Stone", D(2027, 1, 18), "account-manager"))
m("nl", "Met grote verslagenheid melden wij dat onze collega Harm Bosman afgelopen zaterdag is overleden.",
  L("Harm Bosman", P(-5)), past=True)
m("nl", "jurgen de wit laatste werkdag 18 dec, gaat voor zichzelf beginnen",
  L("Jurgen de Wit", D(2026, 12, 18)))
m("en", "Nathalie Simon, currently facilities coordinator at the yard, moves to the head office in Rotterdam from Monday 4 January. Same role.",
  MV("Nathalie Simon", ON("monday", D(2027, 1, 4)), "facility-coordinator", "facility-coordinator"))
m("nl", "Beste Annick,\nHierbij laat ik weten dat Jonas Verstraete op dinsdag 12 januari start als stellingbouwer op de werf in Gent. Gelieve zijn toegang tot het magazijn te voorzien.\nMet vriendelijke groeten,\nBart Lambrecht",
  J("Jonas Verstraete", ON("dinsdag", D(2027, 1, 12))))
m("en", "Morning! Hope everyone survived the storm yesterday. On a happier note: Dylan Foster starts on Monday 11 January as our planning software developer - he'll be building the new material-tracking tool with the IT partner. Could he get a proper laptop rather than one of the yard tablets? Cheers, Mike",
  J("Dylan Foster", ON("monday", D(2027, 1, 11)), "software-engineer"))
m("nl", "Even ter info: Sandra Meijer werkt vanaf volgend jaar alleen nog op maandag, dinsdag en donderdag op de administratie.",
  none=True)
m("nl", "Vanochtend hebben we afscheid genomen van Mehmet Aydın; zijn proeftijd is niet goed afgerond. Graag zijn pas en account vandaag blokkeren.",
  L("Mehmet Aydın", NOW))
m("en", "Small change: Oliver Brennan will start on Monday 14 December instead of 4 January, the client wants the crew earlier.",
  J("Oliver Brennan", ON("monday", D(2026, 12, 14))))
m("nl", "Onze vertegenwoordiger voor de industrie, Hans-Dieter Krause, gaat ons per 1 april verlaten.",
  L("Hans-Dieter Krause", D(2027, 4, 1), "account-manager"))
m("en", "Forgot to tell you: Sam O'Brien started yesterday in the yard team. Can he get his account today?",
  J("Sam O'Brien", P(-1)), past=True)
m("nl", "Over twee weken vertrekt Bianca Hofstede (salarisadministratie).",
  L("Bianca Hofstede", P(14)))
m("en", "Is there a way to see which scaffolders still have a van key? Asking before the Christmas stop.",
  none=True)
m("nl", "Per 1 maart start Ilona Veldhuis bij de facilitaire dienst.",
  J("Ilona Veldhuis", D(2027, 3, 1), "facility-coordinator"))
m("en", "Two leavers for the Antwerp crew: Lars Peeters on 18 December and Kenji Watanabe on 22 December. Both end-of-project contracts.",
  L("Lars Peeters", D(2026, 12, 18)), L("Kenji Watanabe", D(2026, 12, 22)))
m("nl", "Marco Tielemans gaat per 1 januari van de werkvoorbereiding naar de verkoop, als accountmanager voor de scheepsbouw.",
  MV("Marco Tielemans", D(2027, 1, 1), "account-manager", None))
m("en", "Effective today Joanna Kowalczyk no longer works for us (mutual agreement).",
  L("Joanna Kowalczyk", NOW))
m("nl", "Jesse Lammers komt op 7 december bij ons als leerling-steigerbouwer via de BBL. Hij is 17, dus graag even letten op de werktijden.",
  J("Jesse Lammers", D(2026, 12, 7)))
m("en", "Pieter Baas is on long-term sick leave from today; his manager will let you know when he returns.",
  none=True)
m("nl", "Op donderdag 31 december is het de laatste werkdag van Cor Visser, daarna geniet hij van zijn pensioen.",
  L("Cor Visser", ON("donderdag", D(2026, 12, 31))))

# A land-surveying bureau.
m("en", "Hello,\n\nI'm pleased to tell you that Elena Rossi will join us as a survey engineer (GNSS and laser scanning - not software) on Monday 1 February. She comes from a surveying firm in Milan and speaks good English, her Dutch is still in progress. Could you please prepare her accounts and a field tablet?\n\nBest regards,\nJeroen Mol\nHead of Surveying",
  J("Elena Rossi", ON("monday", D(2027, 2, 1))))
m("nl", "landmeter ricardo gomes begint 4 januari",
  J("Ricardo Gomes", D(2027, 1, 4)))
m("nl", "Tekenaar Saskia Hoekman heeft ontslag genomen, haar laatste dag is 29-01-2027.",
  L("Saskia Hoekman", D(2027, 1, 29)))
m("en", "From Monday 8 February Wouter Smit moves from the field team to the office as GIS specialist.",
  MV("Wouter Smit", ON("monday", D(2027, 2, 8)), None, None))
m("nl", "Hoe lang blijft een account actief als iemand met onbetaald verlof gaat? Het gaat om drie maanden.",
  none=True)
m("en", "New programmer for our point-cloud tooling: Aleksander Berg, starts 11/01/2027.",
  J("Aleksander Berg", D(2027, 1, 11), "software-engineer"))
m("nl", "Onze collega en parttime landmeter Frits Wijnands is eergisteren overleden.",
  L("Frits Wijnands", P(-2)), past=True)
m("en", "Dear team, I like to inform that Ms. Chiara Bianchi finish her internship by us on 22 January, after that she go back to the university in Delft for finishing the thesis. Best, Paolo",
  L("Chiara Bianchi", D(2027, 1, 22)))
m("nl", "Dag Els,\nVanaf 1 februari vervoegt Arne Claes ons team als landmeter-expert. Gelieve een laptop en een wagen te voorzien.\nMvg,\nDirk",
  J("Arne Claes", D(2027, 2, 1)))
m("en", "Dismissed today: Patrick Moore (field assistant). Please revoke everything.",
  L("Patrick Moore", NOW))
m("nl", "Vanaf maandag wordt Hanneke Bos accountmanager voor de gemeenten en waterschappen; ze was projectleider.",
  MV("Hanneke Bos", WD("maandag"), "account-manager", None))
m("en", "We're adding two people to the drone team next month: Mia Hughes on 4 January and Ethan Cole on 18 January.",
  J("Mia Hughes", D(2027, 1, 4)), J("Ethan Cole", D(2027, 1, 18)))
m("nl", "Volgende week vrijdag is de laatste werkdag van Peter Claassen, hij gaat naar Rijkswaterstaat.",
  L("Peter Claassen", NW("vrijdag")))
m("en", "Ignore my earlier message about Johan Dekkers leaving - he has decided to stay after all.",
  none=True)
m("nl", "Per 15 januari komt Aylin Kaya ons secretariaat versterken, voorlopig voor 24 uur per week.",
  J("Aylin Kaya", D(2027, 1, 15)))
m("en", "Our facilities coordinator Gareth Evans retires on Thursday 28 January; we'll recruit a successor in the spring.",
  L("Gareth Evans", ON("thursday", D(2027, 1, 28)), "facility-coordinator"))
m("nl", "Vorige week woensdag is Dennis van Leeuwen gestopt, ik had het nog niet doorgegeven. Excuus!",
  L("Dennis van Leeuwen", LW("woensdag")), past=True)
m("en", "hi! marta kowalska (cadastral drafter) starts tomorrow, is her laptop ready?",
  J("Marta Kowalska", P(1)))
m("nl", "Hoi Monique,\n\nGoed nieuws na een lange zoektocht: we hebben eindelijk een softwareontwikkelaar gevonden voor ons meetdataplatform. Daan Verschuren begint op maandag 1 maart, eerst drie dagen per week. Hij werkt deels thuis, dus graag een laptop met VPN.\n\nGroetjes,\nRobert",
  J("Daan Verschuren", ON("maandag", D(2027, 3, 1)), "software-engineer"))
m("en", "Sophie Laurent leaves the dev team and becomes our product owner from 1 February.",
  MV("Sophie Laurent", D(2027, 2, 1), None, "software-engineer"))
m("nl", "Nicole Brands gaat toch niet bij ons beginnen, ze heeft elders getekend.",
  none=True)
m("en", "In three weeks we lose Henry Palmer, he's emigrating to Canada.",
  L("Henry Palmer", P(21)))
m("nl", "Laatste werkdag van Joyce Tan: 15/01/2027.",
  L("Joyce Tan", D(2027, 1, 15)))
m("en", "Luuk Vermaat starts as sales representative for the Benelux on Monday 25 January.",
  J("Luuk Vermaat", ON("monday", D(2027, 1, 25)), "account-manager"))
m("nl", "Twee wijzigingen per 1 januari: Kim van Dongen wordt teamleider buitendienst en Stijn Verbruggen neemt haar plek als landmeter in Zeeland over.",
  MV("Kim van Dongen", D(2027, 1, 1), None, None), MV("Stijn Verbruggen", D(2027, 1, 1), None, None))

# A toy-shop chain.
m("nl", "Hallo,\n\nPer zaterdag 5 december versterkt Fleur de Ruiter ons filiaal in Amersfoort als verkoopster voor de decemberdrukte. Ze heeft een contract tot en met 9 januari. Kan ze een kassacode en een account krijgen?\n\nGroet,\nJacqueline Hol\nFiliaalmanager Amersfoort",
  J("Fleur de Ruiter", ON("zaterdag", D(2026, 12, 5)), "account-manager"))
m("en", "noah peters starts saturday in the utrecht store",
  J("Noah Peters", WD("saturday")))
m("nl", "Onze webshop-ontwikkelaar Bart Jonker gaat ons per 1 maart verlaten.",
  L("Bart Jonker", D(2027, 3, 1), "software-engineer"))
m("en", "Do the students who help out at the Sinterklaas event in the flagship store need a badge, or is a visitor pass enough?",
  none=True)
m("nl", "Vanaf 4 januari gaat Naima Bakkali van ons filiaal in Breda naar dat in Roosendaal; ze blijft verkoper.",
  MV("Naima Bakkali", D(2027, 1, 4), "account-manager", "account-manager"))
m("en", "Christmas temps for the Haarlem shop:\nEmily Brooks - from 12 December\nJack Turner - from 14 December\nboth until 2 January.",
  J("Emily Brooks", D(2026, 12, 12)), J("Jack Turner", D(2026, 12, 14)))
m("nl", "Verdrietig bericht: onze magazijnmedewerker Wim Sanders is zondag overleden.",
  L("Wim Sanders", P(-4)), past=True)
m("nl", "dag lies, nele peeters begint maandag 11 januari als winkelbediende in hasselt, kan je haar account aanmaken? merci",
  J("Nele Peeters", ON("maandag", D(2027, 1, 11))))
m("en", "Tyler Reed, store manager Rotterdam, has resigned. Last day Thursday 14 January.",
  L("Tyler Reed", ON("thursday", D(2027, 1, 14))))
m("nl", "Per 1 februari wordt Anita Goossens, nu verkoper in Tilburg, filiaalmanager in Eindhoven.",
  MV("Anita Goossens", D(2027, 2, 1), None, "account-manager"))
m("en", "Hi HR team,\n\nAs discussed in the MT, we are finally getting someone to look after our buildings and shop fittings. Rosa Martínez starts as facilities coordinator on Monday 18 January; she'll be based at the distribution centre but travel to all 22 stores. Please arrange a car and a master key.\n\nThanks a lot,\nDavid",
  J("Rosa Martínez", ON("monday", D(2027, 1, 18)), "facility-coordinator"))
m("nl", "Julia Kok is gisteravond ontslagen na het kassaverschil. Pas en account graag blokkeren.",
  L("Julia Kok", P(-1)), past=True)
m("en", "Hallo, I inform you that Mr. Jürgen Hoffmann begins at 01.02.2027 like sales representative for Germany. Many greetings, Uwe",
  J("Jürgen Hoffmann", D(2027, 2, 1), "account-manager"))
m("nl", "Ingrid Wolters gaat met zwangerschapsverlof per 4 januari; haar vervanging volgt.",
  none=True)
m("en", "Abdel Haddad, warehouse, starts next Wednesday.",
  J("Abdel Haddad", WD("wednesday")))
m("nl", "Het contract van de twee sinterklaashulpen, Merel Bos en Tess Willemsen, eindigt zondag 6 december.",
  L("Merel Bos", ON("zondag", D(2026, 12, 6))), L("Tess Willemsen", D(2026, 12, 6)))
m("en", "Sorry, late one: Ben Hartley left us on Monday. He still has a shop key!",
  L("Ben Hartley", P(-3)), past=True)
m("nl", "Over vijf weken begint Sven Kuipers als inkoper speelgoed.",
  J("Sven Kuipers", P(35)))
m("en", "app developer grace kim starts 1 feb",
  J("Grace Kim", D(2027, 2, 1), "software-engineer"))
m("nl", "Kleine correctie: Robin Schouten vertrekt niet op 31 december maar al op vrijdag 18 december.",
  L("Robin Schouten", ON("vrijdag", D(2026, 12, 18))))
m("en", "Laura Finch is back from her sabbatical on Monday, nothing changes to her job.",
  none=True)
m("nl", "Erik Mertens, nu magazijnchef, wordt vanaf 11 januari facilitair medewerker op het hoofdkantoor.",
  MV("Erik Mertens", D(2027, 1, 11), "facility-coordinator", None))
m("en", "Amara Okafor joins as customer service agent on the 7th of January.",
  J("Amara Okafor", D(2027, 1, 7)))
m("nl", "Na 25 jaar in de winkel in Zwolle gaat Riet Hendriksen eind januari met pensioen. Haar laatste werkdag is zaterdag 30 januari.",
  L("Riet Hendriksen", ON("zaterdag", D(2027, 1, 30))))
m("nl", "Demi Vos begint morgen in het magazijn.",
  J("Demi Vos", P(1)))

# An ice-cream maker with its own parlours.
m("nl", "Beste Petra,\n\nGraag wil ik je laten weten dat Mustafa Öztürk per maandag 4 januari bij ons begint als productiemedewerker in de ijsbereiding. Hij werkt in de vroege dienst (6.00-14.30). Zou je zijn pas en kleding willen regelen?\n\nMet vriendelijke groet,\nFrank Timmer\nHoofd productie",
  J("Mustafa Öztürk", ON("maandag", D(2027, 1, 4))))
m("en", "Our export account manager Isabel Moreno leaves on 26 February.",
  L("Isabel Moreno", D(2027, 2, 26), "account-manager"))
m("nl", "vanaf 1 maart komt giulia romano ons team in de ijssalon in den bosch versterken",
  J("Giulia Romano", D(2027, 3, 1)))
m("en", "How early can we create accounts for the seasonal parlour staff starting in March? They sign their contracts in January.",
  none=True)
m("nl", "Laura van Beek (kwaliteitsdienst) wordt per 1 januari productieplanner.",
  MV("Laura van Beek", D(2027, 1, 1), None, None))
m("en", "Sad news from the factory: Ton Vermeulen, our freezer technician, passed away on Tuesday.",
  L("Ton Vermeulen", P(-2)), past=True)
m("nl", "Hierbij twee nieuwe chauffeurs voor de koelwagens: Remco Dijkstra (vanaf 7 december) en Samir El Amrani (vanaf 14 december).",
  J("Remco Dijkstra", D(2026, 12, 7)), J("Samir El Amrani", D(2026, 12, 14)))
m("en", "Good morning, I write you to say that Marco Bellini, our gelato maker, he stop working here the 31 of December, he open his own shop. Grazie, Luca",
  L("Marco Bellini", D(2026, 12, 31)))
m("nl", "Dag Evi,\nVanaf maandag 1 februari vervoegt Jens Maes ons team in Brugge als verantwoordelijke ijssalon. Gelieve alles klaar te zetten.\nMvg,\nSarah",
  J("Jens Maes", ON("maandag", D(2027, 2, 1))))
m("en", "We had to dismiss Connor Blake this afternoon (repeated no-shows). Please disable his login today.",
  L("Connor Blake", NOW))
m("nl", "Voor de bestelapp van de ijssalons komt er een programmeur bij: Niels Evers, start 18 januari.",
  J("Niels Evers", D(2027, 1, 18), "software-engineer"))
m("nl", "Marjolein Groen gaat na de kerstvakantie minder uren werken (24 i.p.v. 32), verder blijft alles hetzelfde.",
  none=True)
m("en", "Victoria Adams starts as facilities coordinator at the Oss factory on Monday the 11th of January.",
  J("Victoria Adams", ON("monday", D(2027, 1, 11)), "facility-coordinator"))
m("nl", "Brenda Kamps stopt eind januari; haar laatste werkdag wordt vrijdag 29 januari.",
  L("Brenda Kamps", ON("vrijdag", D(2027, 1, 29))))
m("en", "Jason Murphy moves from sales (he was our rep for the petrol stations) to production planning on 1 March.",
  MV("Jason Murphy", D(2027, 3, 1), None, "account-manager"))
m("nl", "Hoi allemaal,\n\nJe had het misschien al gehoord: Esther Koning heeft besloten haar eigen ijssalon te beginnen in Zeeland. Wij vinden het jammer, maar gunnen het haar van harte. Haar laatste werkdag als vertegenwoordiger is 12 februari. Afscheid volgt, taart is er uiteraard genoeg.\n\nGroet,\nMaarten",
  L("Esther Koning", D(2027, 2, 12), "account-manager"))
m("en", "Ivan Petrov starts today on the packing line",
  J("Ivan Petrov", NOW))
m("nl", "Volgende week woensdag start Lieke Hermsen bij de facilitaire dienst.",
  J("Lieke Hermsen", NW("woensdag"), "facility-coordinator"))
m("en", "Kwame Asante's start is postponed, we don't know the new date yet. Please hold his account.",
  none=True)
m("nl", "Vorige week vrijdag is de arbeidsovereenkomst met Rob Hageman beëindigd.",
  L("Rob Hageman", LW("vrijdag")), past=True)
m("en", "New parlour managers for the season, all starting Monday 1 March:\n1. Zoe Clarke (Scheveningen)\n2. Finn de Vries (Zandvoort)\n3. Lena Braun (Noordwijk)",
  J("Zoe Clarke", ON("monday", D(2027, 3, 1))), J("Finn de Vries", D(2027, 3, 1)), J("Lena Braun", D(2027, 3, 1)))
m("nl", "Per 8 februari wordt Jeroen Kolk, nu facilitair medewerker, accountmanager voor de horeca.",
  MV("Jeroen Kolk", D(2027, 2, 8), "account-manager", "facility-coordinator"))
m("en", "Lucas Fontaine's last day is 31-12-2026.",
  L("Lucas Fontaine", D(2026, 12, 31)))
m("nl", "Tamara Wijers is weer hersteld en komt vanaf maandag gewoon weer werken.",
  none=True)
m("nl", "Morgen over een week begint Koen Jacobs in de expeditie.",
  J("Koen Jacobs", P(8)))

# ---- Part 2 (r151-r320) -------------------------------------------------------------
# A knitting mill (socks and technical textiles).
m("nl", "Goedemorgen Anja,\n\nHierbij de melding dat Gijs Hoogendoorn op maandag 4 januari bij ons begint als breimachinesteller in de sokkenafdeling. Hij komt uit Tilburg en heeft tien jaar ervaring in de textiel. Graag een pas voor de poort en een kluisje in de kleedruimte.\n\nMet vriendelijke groet,\n\nWillemijn Scholten\nAfdelingshoofd productie",
  J("Gijs Hoogendoorn", ON("maandag", D(2027, 1, 4))))
m("nl", "naaister fatma kilic stopt vrijdag 11 december, ze gaat verhuizen",
  L("Fatma Kilic", ON("vrijdag", D(2026, 12, 11))))
m("en", "Hi Wendy,\n\nAfter three rounds of interviews we've found a new sales rep for the sportswear brands: Daniel Okoye. He starts 1 February and will mostly be on the road in Germany and Scandinavia, so a laptop, a phone with EU roaming and a lease car would be great.\n\nThanks,\nGraham Holt\nCommercial Director",
  J("Daniel Okoye", D(2027, 2, 1), "account-manager"))
m("nl", "ria kamphuis (ververij) wordt per 18/1 hoofd kwaliteit",
  MV("Ria Kamphuis", D(2027, 1, 18), None, None))
m("nl", "Hoi allemaal,\n\nDe orders voor het voorjaar lopen goed, dus we breiden de nachtploeg uit. Per maandag 11 januari komen Gert-Jan Wessels en Dilan Aksoy erbij als productiemedewerkers. Beiden hebben al een introductiedag gehad.\n\nGroet,\nHarry",
  J("Gert-Jan Wessels", ON("maandag", D(2027, 1, 11))), J("Dilan Aksoy", D(2027, 1, 11)))
m("en", "I'm sorry to tell you that Jan Roelofs from the dye house died yesterday evening at home.",
  L("Jan Roelofs", P(-1)), past=True)
m("nl", "Als iemand van de productie tijdelijk op kantoor meehelpt, moet die dan een ander profiel krijgen? Het gaat om zes weken.",
  none=True)
m("nl", "Hallo allemaal,\n\nFijn nieuws: Yara Haddad komt op woensdag 13 januari ons team versterken als softwareontwikkelaar voor de breipatroon-software. Ze heeft eerder bij een webshop in Enschede gewerkt. Graag een laptop met ontwikkelrechten en toegang tot de ontwerpserver.\n\nGroet,\nBerend",
  J("Yara Haddad", ON("woensdag", D(2027, 1, 13)), "software-engineer"))
m("nl", "Dag Kathleen,\nIk laat je weten dat Ward Lemmens ons verlaat. Zijn laatste werkdag is donderdag 17 december; hij gaat aan de slag in de bouw. Gelieve zijn badge en sleutels terug te vragen.\nMvg,\nGeert",
  L("Ward Lemmens", ON("donderdag", D(2026, 12, 17))))
m("en", "Hello, this is to inform you that Mrs. Nguyen Thi Lan will start to work in the sewing room from 7/12. She was here before as temporary. Thanks, Minh",
  J("Nguyen Thi Lan", D(2026, 12, 7)))
m("nl", "Carla Evers stopt over drie weken (vervroegd pensioen).",
  L("Carla Evers", P(21)))
m("nl", "Goedemiddag,\n\nNa het vertrek van Anja hebben we intern een opvolger gevonden: Henk Roeterink, nu nog onze magazijnchef, wordt per 1 februari facilitair coördinator voor beide fabrieken. De vacature voor magazijnchef zetten we volgende week uit.\n\nMet vriendelijke groet,\nGerben Nijland\nDirectie",
  MV("Henk Roeterink", D(2027, 2, 1), "facility-coordinator", None))
m("en", "We terminated Lewis Grant's contract this morning - please make sure his access is gone before he gets home.",
  L("Lewis Grant", NOW))
m("nl", "uitzendkracht bogdan ionescu: einde contract 31-12-2026",
  L("Bogdan Ionescu", D(2026, 12, 31)))
m("nl", "Ella Johansson komt op maandag 18 januari als breiontwerper bij de ontwerpstudio.",
  J("Ella Johansson", ON("maandag", D(2027, 1, 18))))
m("nl", "Ilse Timmermans, accountmanager medisch textiel, start 1 maart",
  J("Ilse Timmermans", D(2027, 3, 1), "account-manager"))
m("en", "fyi new warehouse guy tobias weber is here from monday, 7 dec",
  J("Tobias Weber", ON("monday", D(2026, 12, 7))))
m("nl", "Onze ontwikkelaar Rutger Bosch vertrekt per 1 februari. De nieuwe ontwikkelaar, Maaike Vonk, begint op 18 januari zodat ze twee weken kunnen overdragen.",
  L("Rutger Bosch", D(2027, 2, 1), "software-engineer"), J("Maaike Vonk", D(2027, 1, 18), "software-engineer"))
m("en", "Dear all,\n\nAfter 40 years at the looms - he started here when we still made only socks - Jean Dubois retires. His last working day is Tuesday 22 December, just before the Christmas stop. Coffee and cake in the canteen at three that day; please come and say goodbye.\n\nBest wishes,\nMonique",
  L("Jean Dubois", ON("tuesday", D(2026, 12, 22))))
m("nl", "Tim Nijhuis (onderhoud) gaat per 1 maart naar de nieuwe fabriek in Oldenzaal, zelfde functie.",
  MV("Tim Nijhuis", D(2027, 3, 1), None, None))
m("en", "From next Monday Priscilla Mensah stops as sales representative and becomes facilities coordinator at the Enschede site.",
  MV("Priscilla Mensah", WD("monday"), "facility-coordinator", "account-manager"))
m("nl", "Hoi Saskia,\n\nEven een lastige: het contract van Marloes Tijink (ontwerpafdeling) loopt eind januari af en we verlengen het niet. Ze weet het sinds vorige week en neemt het goed op. Wil je haar account en de licentie voor het tekenprogramma dan laten stoppen?\n\nGroet,\nJoris",
  L("Marloes Tijink", D(2027, 1, 31)))
m("en", "Anna Kowalski, our new planner, starts the week after next on Wednesday.",
  J("Anna Kowalski", D(2026, 12, 16)))
m("nl", "Ahmet Yavuz is afgelopen dinsdag ontslagen, dat was nog niet aan jullie doorgegeven.",
  L("Ahmet Yavuz", P(-2)), past=True)
m("nl", "per 4/1 begint sem kuiper op de verzendafdeling",
  J("Sem Kuiper", D(2027, 1, 4)))
m("en", "Hi both,\n\nHope the audit went well yesterday! Two things from my side. First, Beatriz Costa, our textile engineer (fibres and coatings, so no IT at all), is leaving us on 29 January for a job in Portugal. Second, please don't give her laptop away yet - her successor might need it.\n\nBest,\nNiek",
  L("Beatriz Costa", D(2027, 1, 29)))
m("nl", "Dinsdag 5 januari begint Oksana Melnyk als naaister, zij komt via het UWV-traject.",
  J("Oksana Melnyk", ON("dinsdag", D(2027, 1, 5))))
m("nl", "Per 1 maart gaat vertegenwoordiger Peter-Paul Reijnders de Belgische markt doen vanuit ons kantoor in Gent; zijn functie blijft gelijk.",
  MV("Peter-Paul Reijnders", D(2027, 3, 1), "account-manager", "account-manager"))
m("en", "nadia fernandes ends 18/12",
  L("Nadia Fernandes", D(2026, 12, 18)))

# A parking-garage operator.
m("nl", "Beste HR,\n\nPer maandag 7 december begint Ricky van Dam als parkeerwachter in garage Centrum. Hij draait avond- en nachtdiensten, dus het liefst heeft hij vóór zijn eerste dienst een werkende pas voor de slagbomen en de kassa-automaat.\n\nMet vriendelijke groet,\nMirjam Dekker\nManager operatie Utrecht",
  J("Ricky van Dam", ON("maandag", D(2026, 12, 7))))
m("en", "Please offboard Marcus Reid, car park attendant at the airport, last shift Sunday 20 December.",
  L("Marcus Reid", ON("sunday", D(2026, 12, 20))))
m("nl", "Hallo,\n\nGoed nieuws uit de meldkamer, al verliezen we er een fijne collega: Sharon Pinas gaat vanaf 1 januari naar de verkoop. Zij wordt accountmanager zakelijke abonnementen en gaat vooral de ziekenhuizen en kantoorparken bellen. Haar plek in het rooster vullen we met uitzendkrachten.\n\nGroeten,\nRoel",
  MV("Sharon Pinas", D(2027, 1, 1), "account-manager", None))
m("nl", "morgen beginnen mo el khattabi en lars hendriks in de nachtploeg van garage oost",
  J("Mo El Khattabi", P(1)), J("Lars Hendriks", P(1)))
m("en", "Heads up - Florian Richter, one of our two app developers, has resigned. His last day is the 15th of January. He has admin rights on the payment gateway and the app store accounts, so please make sure those are handed over to Naomi before he goes.",
  L("Florian Richter", D(2027, 1, 15), "software-engineer"))
m("nl", "Moeten de mensen van de beveiligingsfirma die 's nachts in onze garages rondlopen ook in Handover? Ze zijn niet bij ons in dienst.",
  none=True)
m("nl", "Ons bereikte het droevige bericht dat Theo Wassink, monteur slagboominstallaties, afgelopen vrijdag is overleden.",
  L("Theo Wassink", P(-6)), past=True)
m("nl", "Beste Ilse,\n\nGoed nieuws voor de garages in het noorden: vanaf maandag 1 februari hebben we eindelijk weer een facilitair coördinator. Gemma Price komt over van een vastgoedbeheerder in Groningen en gaat de locaties Assen, Groningen en Leeuwarden doen. Zou je een leaseauto en een sleutelbos willen regelen?\n\nGroet,\nArend",
  J("Gemma Price", ON("maandag", D(2027, 2, 1)), "facility-coordinator"))
m("nl", "Dag Bram,\nBen Vandenberghe, onze verantwoordelijke voor de parking aan het station, gaat op pensioen. Zijn laatste werkdag is woensdag 27 januari. Gelieve zijn sleutels en gsm in te zamelen.\nMet vriendelijke groeten,\nLiesbeth",
  L("Ben Vandenberghe", ON("woensdag", D(2027, 1, 27))))
m("en", "Good afternoon, kindly note that Mr. Abdullahi Musa has been employed as a parking attendant and will commence duty on 4th January, 2027. Warm regards",
  J("Abdullahi Musa", D(2027, 1, 4)))
m("nl", "Vanaf vandaag is Kevin Smeets niet meer werkzaam bij ons. Zijn pas werkt nog, graag blokkeren.",
  L("Kevin Smeets", NOW))
m("en", "Olga Ivanova - control room - starts 11 Jan, nights",
  J("Olga Ivanova", D(2027, 1, 11)))
m("nl", "Beste collega's,\n\nCorrectie op mijn bericht van gisteren: Joep Lenders begint niet op 4 januari maar pas op maandag 1 februari. Zijn huidige werkgever houdt hem aan zijn opzegtermijn. De rest (garage West, nachtdiensten) blijft zoals gemeld.\n\nGroet,\nIris",
  J("Joep Lenders", ON("maandag", D(2027, 2, 1))))
m("en", "Tariq Hussain moves from the Rotterdam garages to Den Haag on 11 January. Still an account manager, just a different patch.",
  MV("Tariq Hussain", D(2027, 1, 11), "account-manager", "account-manager"))
m("nl", "Wilma Rutten blijft toch bij ons, ze heeft haar ontslag ingetrokken. Haar uitschrijving mag dus geannuleerd worden.",
  none=True)
m("nl", "Nieuwe handhavers per 1 februari:\n- Dewi Sutanto\n- Rik Janssens\n- Ismail Benali\nAllemaal voor de garages in Amsterdam-Zuid.",
  J("Dewi Sutanto", D(2027, 2, 1)), J("Rik Janssens", D(2027, 2, 1)), J("Ismail Benali", D(2027, 2, 1)))
m("en", "Hi Sam, hope the week is treating you well. Derek Holt's contract ends next Friday and won't be renewed - budget cuts, unfortunately. He has a pass for all four garages, so please make sure it's collected. Thanks, Neil",
  L("Derek Holt", WD("friday")))
m("nl", "Hallo Marieke,\n\nZoals besproken in het MT gaan we de app zelf verder bouwen in plaats van alles uit te besteden. Daarom komen er twee programmeurs bij: Thomas Lindqvist per 11 januari en Naomi Blom per 1 februari. Ze komen allebei in het team van Hugo. Laptops graag met de ontwikkelstraat erop.\n\nDank je!\nJasper",
  J("Thomas Lindqvist", D(2027, 1, 11), "software-engineer"), J("Naomi Blom", D(2027, 2, 1), "software-engineer"))
m("en", "Ryan Fletcher was sacked yesterday for sleeping on nights, please block all his passes.",
  L("Ryan Fletcher", P(-1)), past=True)
m("nl", "hatice güler (klantenservice) laatste dag volgende week donderdag",
  L("Hatice Güler", NW("donderdag")))
m("en", "Jessica Palmer will be on parental leave for three months starting in January.",
  none=True)
m("nl", "Met ingang van maandag 8 februari wordt Fenna Dijk, nu medewerker meldkamer, teamleider meldkamer.",
  MV("Fenna Dijk", ON("maandag", D(2027, 2, 8)), None, None))
m("nl", "Welkom aan Leila Ahmadi, onze nieuwe vertegenwoordiger voor ziekenhuizen en evenementen! Zij begint dinsdag 19 januari.",
  J("Leila Ahmadi", ON("dinsdag", D(2027, 1, 19)), "account-manager"))
m("nl", "over 5 weken begint jamal ouahbi als monteur",
  J("Jamal Ouahbi", P(35)))
m("en", "Just realised I never told you: Oscar Lindgren left on Tuesday. He handed in his pass but I think his accounts are still open.",
  L("Oscar Lindgren", P(-2)), past=True)
m("nl", "Onze facilitair medewerker Monique Verhoeven stopt per 1 april 2027.",
  L("Monique Verhoeven", D(2027, 4, 1), "facility-coordinator"))
m("nl", "Dennis Holtkamp zou maandag beginnen, maar is niet komen opdagen en neemt de telefoon niet op. We gaan niet met hem verder.",
  none=True)
m("nl", "Twee vertrekkers bij team Eindhoven: Callum Wright (laatste dag 23 december) en Sara Lindahl (laatste dag 8 januari).",
  L("Callum Wright", D(2026, 12, 23)), L("Sara Lindahl", D(2027, 1, 8)))
m("nl", "Laatste werkdag Germaine Hol: morgen.",
  L("Germaine Hol", P(1)))

# A vegetable-seed breeder.
m("en", "Dear colleagues,\n\nIt's a pleasure to announce that Dr. Ananya Iyer will join our breeding department as a tomato breeder on Monday 1 March. Ananya did her PhD in Wageningen and has worked at a seed company in Pune for six years. She will need access to the greenhouse compartments and the breeding database.\n\nKind regards,\nMarjan Koopman\nHead of Breeding",
  J("Ananya Iyer", ON("monday", D(2027, 3, 1))))
m("nl", "Kassenmedewerker Jeroen Wijnhoven stopt op 22 januari, hij gaat bij zijn broer in de bloembollen werken.",
  L("Jeroen Wijnhoven", D(2027, 1, 22)))
m("nl", "nieuwe veredelingsassistent: inge ter beek, begint maandag 14 december",
  J("Inge ter Beek", ON("maandag", D(2026, 12, 14))))
m("en", "From 1 February Arjun Mehta moves from our software team (he's a developer on the LIMS) to the bioinformatics group as data scientist.",
  MV("Arjun Mehta", D(2027, 2, 1), None, "software-engineer"))
m("nl", "Per 1 februari begint Lisa Brinkhuis bij ons als biostatisticus. Ze komt van de WUR en gaat vooral met de komkommerdata aan de slag.",
  J("Lisa Brinkhuis", D(2027, 2, 1)))
m("nl", "Twee nieuwe accountmanagers voor Afrika en het Midden-Oosten: Youssef Benjelloun start op 4 januari, Karim Haddadi op 1 februari.",
  J("Youssef Benjelloun", D(2027, 1, 4), "account-manager"), J("Karim Haddadi", D(2027, 2, 1), "account-manager"))
m("nl", "Met grote droefheid laten wij weten dat onze labmedewerker Gerda Mulderij, die 27 jaar bij ons werkte, zaterdag is overleden.",
  L("Gerda Mulderij", P(-5)), past=True)
m("nl", "Dag Jan,\nVolgende week dinsdag start Lotte Wouters als laborante in ons labo in Roeselare. Gelieve haar toegang tot de zaaddatabank te voorzien.\nVriendelijke groeten,\nAn-Sofie",
  J("Lotte Wouters", NW("dinsdag")))
m("en", "We ended Mark Jansen's employment today (breach of the confidentiality rules around our parent lines). Please revoke all access now.",
  L("Mark Jansen", NOW))
m("nl", "Vanaf 1 maart werkt facilitair coördinator Annemiek Gerritsen vanuit de vestiging in Enkhuizen in plaats van Warmenhuizen. Verder blijft alles gelijk.",
  MV("Annemiek Gerritsen", D(2027, 3, 1), "facility-coordinator", "facility-coordinator"))
m("en", "Hello! I want to tell you that Javier Gómez Ruiz begins like sales representative for Spain and Portugal the day 18 of January. Thank you very much, Carmen",
  J("Javier Gómez Ruiz", D(2027, 1, 18), "account-manager"))
m("nl", "Beste allemaal,\n\nNa 35 jaar selecteren, kruisen en proefvelden beoordelen gaat Frank Bouwmeester per 1 januari met pensioen. Zijn laatste werkdag is donderdag 31 december. Frank, namens iedereen: bedankt voor al je paprika's!\n\nHartelijke groet,\nDirectie",
  L("Frank Bouwmeester", ON("donderdag", D(2026, 12, 31))))
m("en", "Just so you know, Rachel Tanner moves to a 4-day week from January. Same job, same team.",
  none=True)
m("nl", "Goedemiddag,\n\nNa maanden zoeken is het gelukt: per 1 februari komt Jelle Schuurman ons IT-team versterken als ontwikkelaar. Hij gaat vooral werken aan de koppeling tussen het veldregistratiesysteem en de kassen. Wil je ervoor zorgen dat hij op zijn eerste dag meteen aan de slag kan?\n\nGroet,\nEdwin",
  J("Jelle Schuurman", D(2027, 2, 1), "software-engineer"))
m("en", "vanessa cruz (greenhouse) last day fri 18 dec",
  L("Vanessa Cruz", ON("friday", D(2026, 12, 18))))
m("nl", "Vergeten te melden: Bilal Chahid is maandag 30 november begonnen in de zaadschoning. Kan hij nog een account krijgen?",
  J("Bilal Chahid", ON("maandag", D(2026, 11, 30))), past=True)
m("en", "Seasonal pollinators starting Monday 11 January:\n* Ewa Grabowska\n* Marius Popescu\n* Lina Petraitytė\nAll three until the end of May.",
  J("Ewa Grabowska", ON("monday", D(2027, 1, 11))), J("Marius Popescu", D(2027, 1, 11)), J("Lina Petraitytė", D(2027, 1, 11)))
m("nl", "Sandra Klomp vertrekt eind januari naar een concurrent.",
  L("Sandra Klomp", D(2027, 1, 31)))
m("en", "tom hendricks -> account manager UK growers from 1 april (now trial mgr)",
  MV("Tom Hendricks", D(2027, 4, 1), "account-manager", None))
m("nl", "Marieke Spijker (labanalist) heeft haar contract opgezegd; laatste werkdag 15 januari.",
  L("Marieke Spijker", D(2027, 1, 15)))
m("nl", "Overmorgen werkt Stefan Hooijer zijn laatste dag in de kas, daarna gaat hij studeren.",
  L("Stefan Hooijer", P(2)))
m("en", "Org change from 4 January: Sophie Vermaak (trial coordinator) and Pieter Kamp (field technician) both move to our new station in Almería, same jobs.",
  MV("Sophie Vermaak", D(2027, 1, 4), None, None), MV("Pieter Kamp", D(2027, 1, 4), None, None))
m("nl", "Gisteren hebben we Wendel Koster om dringende redenen ontslagen.",
  L("Wendel Koster", P(-1)), past=True)
m("nl", "Zeynep Arslan begint aanstaande vrijdag als labassistent. Een rare dag, ik weet het, maar zo kan ze het lab nog even zien voor het weekend.",
  J("Zeynep Arslan", WD("friday")))
m("nl", "Nieuwe facilitair medewerker: Gerrit Brinkman, per 4 januari.",
  J("Gerrit Brinkman", D(2027, 1, 4), "facility-coordinator"))
m("en", "Does someone who transfers to our sister company in France count as a leaver for us or as a mover?",
  none=True)
m("nl", "Vanaf 15 februari is Annelies de Groot geen programmeur meer: ze wordt scrum master van het LIMS-team.",
  MV("Annelies de Groot", D(2027, 2, 15), None, "software-engineer"))
m("nl", "Per 1 maart vertrekt Wouter Meijerink, hij was onze vertegenwoordiger in Oost-Europa.",
  L("Wouter Meijerink", D(2027, 3, 1), "account-manager"))

# A fire-protection company (extinguishers, sprinklers, alarms).
m("nl", "Goedemorgen,\n\nGraag melden wij de indiensttreding van Patrick Hulshof als servicemonteur brandblusmiddelen per maandag 4 januari. Hij krijgt de bus van Erik en werkt in de regio Brabant. Wilt u zorgen voor telefoon, tablet, tankpas en een account voor de planningsapp?\n\nMet vriendelijke groet,\n\nA. van der Horst\nServicemanager",
  J("Patrick Hulshof", ON("maandag", D(2027, 1, 4))))
m("en", "Hi, Callum Baxter (sprinkler fitter) leaves on Wednesday 23 December, he got a job offshore.",
  L("Callum Baxter", ON("wednesday", D(2026, 12, 23))))
m("nl", "dag ines, thibault mertens begint op 11/01 als technieker branddetectie in de regio antwerpen. mvg",
  J("Thibault Mertens", D(2027, 1, 11)))
m("en", "Laura Whelan joins us as fire safety engineer (the building-regulations kind, she doesn't write code) on 18 January.",
  J("Laura Whelan", D(2027, 1, 18)))
m("nl", "Hoi Marjan,\n\nJordy Smulders stapt per 1 februari over van de werkplaats naar de verkoop en wordt vertegenwoordiger voor de bedrijven in Limburg. Hij kent de klanten al van jaren onderhoud, dus dat gaat vast goed. Hij houdt zijn bus tot de leaseauto er is.\n\nGroetjes,\nTon",
  MV("Jordy Smulders", D(2027, 2, 1), "account-manager", None))
m("nl", "Triest nieuws: Hendrik Jan Bakker, monteur noodverlichting, is gisteren bij een verkeersongeluk om het leven gekomen.",
  L("Hendrik Jan Bakker", P(-1)), past=True)
m("en", "Our office manager Hilary Kent leaves next Tuesday - please don't forget her keys to the extinguisher store.",
  L("Hilary Kent", WD("tuesday")))
m("nl", "Goedemorgen,\n\nOnze twee leerling-monteurs Ruben Aarts en Mila Hoekstra ronden hun BBL af en vertrekken allebei op 29 januari. Ruben gaat verder studeren en Mila gaat naar de brandweer. Gereedschap en telefoons halen we die dag zelf op.\n\nMvg,\nHenk Wolters\nOpleidingscoördinator",
  L("Ruben Aarts", D(2027, 1, 29)), L("Mila Hoekstra", D(2027, 1, 29)))
m("en", "Dear colleagues, from the 01.03.2027 Mr. Stefan Krüger works for us as account manager in the region North Rhine-Westphalia. Best regards, Dieter",
  J("Stefan Krüger", D(2027, 3, 1), "account-manager"))
m("nl", "Na het incident bij de klant in Helmond is Dave Rutjes vanmiddag ontslagen. Graag direct zijn toegang tot het klantportaal intrekken.",
  L("Dave Rutjes", NOW))
m("en", "We're hiring our first in-house developer! Marek Dvořák starts Monday 8 February to build the inspection app.",
  J("Marek Dvořák", ON("monday", D(2027, 2, 8)), "software-engineer"))
m("nl", "Afgelopen woensdag is Robbert Kamp bij ons gestopt, zijn contract werd niet verlengd.",
  L("Robbert Kamp", P(-1)), past=True)
m("en", "Hello everyone,\n\nSome of you already know, but now it's official: after 42 years of climbing ladders and checking extinguishers, Bert Hulsbos is retiring. His last working day will be Friday 26 February. We'll have a proper send-off at the depot that afternoon - more details soon. Please collect his van, phone and keys on the day itself.\n\nRegards,\nYvonne",
  L("Bert Hulsbos", ON("friday", D(2027, 2, 26))))
m("nl", "Volgende week maandag komt Joyce Schreurs ons team versterken als facilitair medewerker.",
  J("Joyce Schreurs", NW("maandag"), "facility-coordinator"))
m("en", "dean whitaker breda -> eindhoven 4 jan, same job (fire alarm tech)",
  MV("Dean Whitaker", D(2027, 1, 4), None, None))
m("nl", "Kees van der Velde gaat met pensioen; hij was de laatste maanden al veel ziek. Zijn laatste werkdag is vrijdag 22 januari.",
  L("Kees van der Velde", ON("vrijdag", D(2027, 1, 22))))
m("en", "In four weeks our planner Ellie Watson leaves us for a job at the fire brigade.",
  L("Ellie Watson", P(28)))
m("nl", "Per 4 januari starten:\n1. Niek Geurts - monteur sprinklers\n2. Bo Claessens - planner\nGraag beiden een telefoon en laptop.",
  J("Niek Geurts", D(2027, 1, 4)), J("Bo Claessens", D(2027, 1, 4)))
m("nl", "In week 2 begint Tamara Oosting als administratief medewerker.",
  J("Tamara Oosting", WK(2)))
m("en", "gavin shaw leaves 15 jan after all, not 31 dec",
  L("Gavin Shaw", D(2027, 1, 15)))
m("nl", "Met ingang van 1 februari gaat Nicole Vos van het verkoopteam (accountmanager) naar de afdeling opleidingen, als trainer brandveiligheid.",
  MV("Nicole Vos", D(2027, 2, 1), None, "account-manager"))
m("en", "melvin ray quits friday",
  L("Melvin Ray", WD("friday")))
m("nl", "De vacature voor de tweede planner is ingetrokken, dus de kandidaat die we op het oog hadden begint niet.",
  none=True)
m("en", "Two engineers - the fire kind, not software - start on Monday 18 January: Rhys Morgan and Owen Fraser.",
  J("Rhys Morgan", ON("monday", D(2027, 1, 18))), J("Owen Fraser", D(2027, 1, 18)))
m("nl", "Beste Nathalie,\nHierbij meld ik dat Kobe Van Damme ons op 31 januari verlaat. Zijn laatste werkdag is vrijdag 29 januari. Gelieve de nodige stappen te zetten.\nMvg,\nFilip",
  L("Kobe Van Damme", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Noura Saleh is vanochtend begonnen als officemanager. Kan haar account vandaag nog aan?",
  J("Noura Saleh", NOW))
m("nl", "Op 1 maart neemt Sjoerd Hiemstra, nu monteur, de rol van facilitair coördinator over.",
  MV("Sjoerd Hiemstra", D(2027, 3, 1), "facility-coordinator", None))
m("nl", "nieuwe collega erwin de lange start 7 dec in de werkplaats",
  J("Erwin de Lange", D(2026, 12, 7)))

# An orthopaedic workshop (orthoses, prostheses, orthopaedic shoes).
m("nl", "Beste collega's,\n\nMet veel plezier meld ik dat Merel Gortzak per maandag 1 februari bij ons begint als orthopedisch instrumentmaker in de werkplaats van Nijmegen. Ze heeft haar opleiding in Utrecht net afgerond. Graag een account en toegang tot het patiëntendossier.\n\nHartelijke groet,\nRoland Peters\nVestigingsmanager",
  J("Merel Gortzak", ON("maandag", D(2027, 2, 1))))
m("nl", "Hallo HR,\n\nNa bijna veertig jaar schoenen op maat maken gaat Willem de Boer met pensioen. Zijn laatste werkdag is donderdag 31 december; in januari houden we nog een afscheidslunch voor hem. Zijn sleutels en telefoon levert hij die dag bij mij in.\n\nGroet,\nCorine",
  L("Willem de Boer", ON("donderdag", D(2026, 12, 31))))
m("nl", "anouk smeets (balie) stopt 8 jan",
  L("Anouk Smeets", D(2027, 1, 8)))
m("en", "From 11 January Rebecca Hill moves from the Arnhem clinic to Zwolle, same job (orthotist).",
  MV("Rebecca Hill", D(2027, 1, 11), None, None))
m("nl", "Vanaf 1 februari gaat Merijn Aalbers van de werkplaats naar de inkoop.",
  MV("Merijn Aalbers", D(2027, 2, 1), None, None))
m("nl", "Voor ons 3D-scanplatform hebben we een softwareontwikkelaar aangenomen: Rick Verweij, eerste werkdag woensdag 20 januari.",
  J("Rick Verweij", ON("woensdag", D(2027, 1, 20)), "software-engineer"))
m("en", "Sad news - our colleague Margaret O'Neill passed away last Thursday after a long illness.",
  L("Margaret O'Neill", D(2026, 11, 26)), past=True)
m("nl", "Dag Tine,\nVanaf 4 januari vervoegen Yentl Bogaerts en Seppe Willems ons atelier in Leuven als bandagisten. Gelieve hun accounts te voorzien.\nMvg,\nPieter",
  J("Yentl Bogaerts", D(2027, 1, 4)), J("Seppe Willems", D(2027, 1, 4)))
m("en", "Please set up Hugo Blanc as facility coordinator for the three workshops, he starts 1/3/2027.",
  J("Hugo Blanc", D(2027, 3, 1), "facility-coordinator"))
m("nl", "Vanochtend is Cindy Kroon op staande voet ontslagen. Ze heeft nog de sleutel van de vestiging Ede.",
  L("Cindy Kroon", NOW))
m("en", "Hello, I inform you that Mrs. Camille Girard will quit our company the 15 January, she return to France. Cordially, Sylvie",
  L("Camille Girard", D(2027, 1, 15)))
m("nl", "Beste HR,\n\nPer 1 februari wordt Bas Hendrix, nu schoentechnicus in Arnhem, vertegenwoordiger voor de ziekenhuizen en revalidatiecentra. Hij heeft dan een auto en een laptop met het CRM nodig; zijn plek aan de werkbank wordt opgevuld door een uitzendkracht.\n\nMet vriendelijke groet,\nTineke Bosch",
  MV("Bas Hendrix", D(2027, 2, 1), "account-manager", None))
m("nl", "Ingeborg Prins begint op 1 maart als praktijkondersteuner in de vestiging Ede. Ze werkt er op maandag en donderdag.",
  J("Ingeborg Prins", D(2027, 3, 1)))
m("en", "Jake Sullivan leaves three weeks from today - he's moving to Australia with his girlfriend.",
  L("Jake Sullivan", P(21)))
m("nl", "Dinsdag 12 januari begint Priya Ramdin als medewerker klantenservice in Den Haag.",
  J("Priya Ramdin", ON("dinsdag", D(2027, 1, 12))))
m("en", "Two leavers in Zwolle: Kate Morris (last day 18 December) and Paul Visser (last day 23 December).",
  L("Kate Morris", D(2026, 12, 18)), L("Paul Visser", D(2026, 12, 23)))
m("nl", "Hoi Esther,\n\nKlein bericht tussendoor, want het is hier een gekkenhuis met alle kerstbestellingen. Sarah Kuijt gaat ons helaas verlaten; ze heeft een baan in het ziekenhuis gevonden. Haar laatste werkdag is woensdag 13 januari. Kun jij regelen dat haar laptop en telefoon worden ingenomen?\n\nGroetjes,\nDianne",
  L("Sarah Kuijt", ON("woensdag", D(2027, 1, 13))))
m("en", "Hi team, a change in the office: Kevin Ng, our developer, moves into the role of IT manager from 1 March, when Paula retires. We'll look for a new developer in the spring, so Kevin keeps his dev tools for now. Cheers, Ruth",
  MV("Kevin Ng", D(2027, 3, 1), None, "software-engineer"))
m("nl", "Volgende week donderdag komt Fatima Zahra Alaoui bij ons als podotherapeut.",
  J("Fatima Zahra Alaoui", NW("donderdag")))
m("nl", "Stefan Popa (technicus) is maandag ontslagen. Sorry dat het zo laat komt.",
  L("Stefan Popa", P(-3)), past=True)
m("nl", "Het contract van Lieke van Dalen loopt per 28 februari af.",
  L("Lieke van Dalen", D(2027, 2, 28)))
m("en", "Aiden Brooks won't start in January as planned, his notice period turned out to be longer. We'll come back with a date.",
  none=True)
m("nl", "tessa vink (accountmanager) per 18 jan naar team groningen, zelfde functie",
  MV("Tessa Vink", D(2027, 1, 18), "account-manager", "account-manager"))
m("en", "hey! jonas becker starts in the workshop on mon 4 jan",
  J("Jonas Becker", ON("monday", D(2027, 1, 4))))
m("nl", "Gisteravond is onze collega Ineke Blaauw overleden.",
  L("Ineke Blaauw", P(-1)), past=True)
m("nl", "Mohammed Karimi start op 1 februari als verkoper voor de fysiotherapiepraktijken.",
  J("Mohammed Karimi", D(2027, 2, 1), "account-manager"))
m("nl", "wendy postma werkt vandaag haar laatste dag",
  L("Wendy Postma", NOW))
m("nl", "Marco Jansen stopt per 1 februari als facilitair medewerker en gaat de inkoop doen.",
  MV("Marco Jansen", D(2027, 2, 1), None, "facility-coordinator"))

# An organiser of care holidays (accessible holidays with carers and volunteers).
m("nl", "Beste Ellen,\n\nPer maandag 11 januari begint Judith Brouwers bij ons als zorgmedewerker in het vakantiehotel in Ermelo. Ze gaat de weken met de gasten met dementie begeleiden. Kun je zorgen voor een account, een pieper en de sleutel van de medicijnkast?\n\nHartelijke groet,\nMarjolein Kroes\nCoördinator zorg",
  J("Judith Brouwers", ON("maandag", D(2027, 1, 11)), "care-worker"))
m("en", "New carer for the boat holidays: Daisy Hamilton, starting 1 March.",
  J("Daisy Hamilton", D(2027, 3, 1), "care-worker"))
m("nl", "Verzorgende Thea Bruins stopt per 1 februari; haar laatste werkdag is vrijdag 29 januari.",
  L("Thea Bruins", ON("vrijdag", D(2027, 1, 29)), "care-worker"))
m("en", "Do the volunteers who go with us on the holiday weeks need an account, or just the paid staff? We have about 400 of them.",
  none=True)
m("nl", "linda oosterveld: van zorgmedewerker naar planner vakantieweken, per 1/3",
  MV("Linda Oosterveld", D(2027, 3, 1), None, "care-worker"))
m("nl", "Beste Ellen,\n\nTwee nieuwe verzorgenden voor de kerstreizen: Ans de Bruin en Famke Terpstra, beiden vanaf 18 december. Ze hebben allebei jaren in de thuiszorg gewerkt. Kun je zorgen dat ze voor vertrek toegang hebben tot het zorgdossier en de roosterapp?\n\nGroetjes,\nMarjolein",
  J("Ans de Bruin", D(2026, 12, 18), "care-worker"), J("Famke Terpstra", D(2026, 12, 18), "care-worker"))
m("en", "Our driver and handyman Frans Kuiper died last night. We're all in shock.",
  L("Frans Kuiper", P(-1)), past=True)
m("nl", "Dag Lien,\nVanaf maandag 1 februari vervoegt Jolien Verhaeghe ons team als zorgkundige op de vakanties aan zee. Gelieve haar toegang tot het zorgdossier te voorzien.\nMvg,\nBert",
  J("Jolien Verhaeghe", ON("maandag", D(2027, 2, 1)), "care-worker"))
m("nl", "Onze facilitair coördinator Sandra Hoving vertrekt op 12 februari, ze gaat in Spanje wonen.",
  L("Sandra Hoving", D(2027, 2, 12), "facility-coordinator"))
m("nl", "Het boekingssysteem krijgt een eigen ontwikkelaar: Mehdi Zerouali begint op 4 januari.",
  J("Mehdi Zerouali", D(2027, 1, 4), "software-engineer"))
m("en", "Dear HR, I am writing to inform that Mrs. Agnes Wanjiru will be joining us as healthcare assistant with effect from 18th January 2027. Kind regards, Mary",
  J("Agnes Wanjiru", D(2027, 1, 18), "care-worker"))
m("nl", "Per vandaag is de samenwerking met chauffeur Roy Meulenbelt beëindigd.",
  L("Roy Meulenbelt", NOW))
m("nl", "Esmee Driessen begint per 8 januari als verzorgende op de vakantieboot.",
  J("Esmee Driessen", D(2027, 1, 8), "care-worker"))
m("en", "Caroline Dunne moves from the Texel holidays to the Veluwe team from 4 January, still as care worker.",
  MV("Caroline Dunne", D(2027, 1, 4), "care-worker", "care-worker"))
m("nl", "Hallo allemaal,\n\nIk ben blij te kunnen melden dat we eindelijk weer een accountmanager hebben voor de zorginstellingen en gemeenten die groepsreizen bij ons boeken. Karin Pelgrim begint op dinsdag 2 februari; ze komt van een reisorganisatie uit Den Bosch. Mogen we haar vanaf dag één een laptop en een telefoon geven?\n\nGroet,\nWim",
  J("Karin Pelgrim", ON("dinsdag", D(2027, 2, 2)), "account-manager"))
m("en", "Tomorrow is Lucy Park's last day with us - she's going travelling for a year.",
  L("Lucy Park", P(1)))
m("nl", "Eergisteren is Hasan Yilmaz begonnen als chauffeur van de rolstoelbus, ik was vergeten hem aan te melden.",
  J("Hasan Yilmaz", P(-2)), past=True)
m("en", "Nothing to report from the Texel team this month - no starters, no leavers.",
  none=True)
m("nl", "Hallo allemaal,\n\nEen mooie stap voor een van onze vaste krachten: vanaf 1 april wordt Petra Lubbers, nu verzorgende, teamleider zorg voor de reizen naar het buitenland. Ze gaat dus minder mee op reis en meer plannen en coachen.\n\nGroet,\nSietse",
  MV("Petra Lubbers", D(2027, 4, 1), None, "care-worker"))
m("nl", "gert van der zee (onderhoud) laatste dag 30 dec",
  L("Gert van der Zee", D(2026, 12, 30)))
m("en", "Three agency carers for the New Year's week, all from 28 December: Precious Moyo, Ama Boateng and Faith Achieng.",
  J("Precious Moyo", D(2026, 12, 28), "care-worker"), J("Ama Boateng", D(2026, 12, 28), "care-worker"), J("Faith Achieng", D(2026, 12, 28), "care-worker"))
m("nl", "Volgende week woensdag neemt onze reisleider Mathijs Vreeswijk afscheid.",
  L("Mathijs Vreeswijk", NW("woensdag")))
m("en", "Quick fix to yesterday's mail: Natasha Sokolova starts on Tuesday 12 January, not Monday the 11th.",
  J("Natasha Sokolova", ON("tuesday", D(2027, 1, 12))))
m("nl", "Hoi,\n\nHelaas: zorgmedewerker Anouk Geerts heeft ontslag genomen en werkt tot en met 31 januari. Ze gaat dichter bij huis werken, in een verpleeghuis in Zwolle. Haar laatste reis is de winterweek op de Veluwe.\n\nGroet,\nHarm",
  L("Anouk Geerts", D(2027, 1, 31), "care-worker"))
m("nl", "Met ingang van maandag 4 januari ruilen Ilona de Haan en Tim Bakx van locatie: Ilona gaat naar Ermelo, Tim naar Texel. Beiden blijven zorgmedewerker.",
  MV("Ilona de Haan", ON("maandag", D(2027, 1, 4)), "care-worker", "care-worker"), MV("Tim Bakx", D(2027, 1, 4), "care-worker", "care-worker"))
m("nl", "Na acht zomers bij ons vertrekt Bart Willemse op 31 maart.",
  L("Bart Willemse", D(2027, 3, 31)))
m("nl", "Het contract van invalkracht Noortje Berends loopt eind februari af.",
  L("Noortje Berends", D(2027, 2, 28)))
m("en", "sophie turner - volunteer coordinator - starts 1 feb",
  J("Sophie Turner", D(2027, 2, 1)))



MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "oktober": 10, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "mrt": 3, "nov": 11, "dec": 12}
SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday", "ma": "maandag",
         "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag", "za": "zaterdag",
         "zo": "zondag", "maandg": "maandag"}
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
        where = "r%03d" % i
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
            out.write(json.dumps({"id": "r%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")







if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-22.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
