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
