"""Blind-26: managers' announcements written by hand, one at a time (session 36).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-25's gen.py, itself blind-24's) only turn the date a reader means into a calendar
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

# ---- part 1 (x001-x150) ----
# A regional radio and television station
m("nl", "Beste collega's van HR,\n\nPer maandag 4 januari 2027 komt Marieke Hoogendoorn ons team versterken als verslaggever voor de regioredactie. Zij heeft een laptop en een perskaart nodig.\n\nMet vriendelijke groet,\nGerard Pool\nHoofdredacteur RTV Noordkwartier",
  J("Marieke Hoogendoorn", ON("monday", D(2027, 1, 4))))
m("en", "new night presenter joins us: tim van loon, first show mon 14 dec. can someone sort his studio badge",
  J("Tim van Loon", ON("monday", D(2026, 12, 14))))
m("nl", "Onze nieuwslezer Henk Schrijvers gaat per 1 februari met pensioen. Zijn laatste uitzending is vrijdag 29 januari, daarna is hij vrij.",
  L("Henk Schrijvers", ON("friday", D(2027, 1, 29))))
m("nl", "Weet iemand of de freelancers die in het weekend de sportverslagen doen ook een account bij ons moeten krijgen? Ik krijg er wisselende antwoorden op.",
  none=True)
m("nl", "Sophie Brandsma gaat per 1 februari van de verkeersdesk naar de programmaplanning. Zelfde gebouw, andere verdieping.",
  MV("Sophie Brandsma", D(2027, 2, 1), None, None))
m("nl", "Jeroen Wassink stapt over van de muziekredactie naar de reclameverkoop: vanaf 1 maart is hij accountmanager voor de adverteerders in de regio.",
  MV("Jeroen Wassink", D(2027, 3, 1), AM, None))
m("en", "Sad news: our sound technician Frits Ebbinge passed away yesterday evening after a short illness. He had been with the station for 31 years.",
  L("Frits Ebbinge", P(-1)), past=True)
m("en", "Hello all,\n\nfrom the 18.01.2027 Mrs. Katrin Vogt is working by us as web developer for the new streaming app. Please prepare her access.\n\nBest regards,\nUwe",
  J("Katrin Vogt", D(2027, 1, 18), SE))
m("nl", "stagiair daan mulder stopt vrijdag, zijn stage zit erop",
  L("Daan Mulder", WD("friday")))
m("nl", "Vanochtend is producer Wouter Geerts op staande voet ontslagen. Graag vandaag nog alle toegang tot de studio's en de uitzendsoftware blokkeren.",
  L("Wouter Geerts", NOW))
m("en", "Two new reporters for the sports desk: Noah Visscher starts Monday 11 January and Lieke Drost on Monday 18 January.",
  J("Noah Visscher", ON("monday", D(2027, 1, 11))), J("Lieke Drost", ON("monday", D(2027, 1, 18))))
m("nl", "Over twee weken begint Yusuf Demir bij ons als cameraman voor de tv-kant. Hij werkt vooral op locatie, dus een laptop is genoeg.",
  J("Yusuf Demir", P(14)))
m("nl", "Ter info: Annelies Kuipers gaat vanaf 1 januari met zwangerschapsverlof, ze komt in mei terug. Haar account hoeft dus niet dicht.",
  none=True)
m("en", "Correction on my earlier message: Rick Haverkamp doesn't start on 4 January but on 11 January. Sorry for the confusion!",
  J("Rick Haverkamp", D(2027, 1, 11)))
m("nl", "Dag collega's, vanaf maandag 1 februari vervoegt Jens Verbruggen onze redactie als eindredacteur. Gelieve zijn toegangen klaar te zetten. Mvg, Katrien",
  J("Jens Verbruggen", ON("monday", D(2027, 2, 1))))
m("en", "Dear Team,\nThis is to inform you that Mr. Rahul Iyer will be joining us as Software Developer for the podcast platform with effect from 25th January 2027. Kindly arrange his laptop and accounts.\nThanks & Regards,\nSuresh",
  J("Rahul Iyer", D(2027, 1, 25), SE))
m("nl", "Met ingang van 1 maart wordt Petra Jongsma, nu nog receptioniste, onze facilitair coördinator. Zij neemt het over van Gert, die met pensioen gaat.",
  MV("Petra Jongsma", D(2027, 3, 1), FC, None))
m("nl", "mark de bruijn (techniek) heeft ontslag genomen, laatste werkdag 31-12",
  L("Mark de Bruijn", D(2026, 12, 31)))
m("en", "The fixed-term contract of our traffic reporter Emma Lindeboom ends on 31 January and will not be renewed. Her last broadcast is that morning.",
  L("Emma Lindeboom", D(2027, 1, 31)))
m("nl", "De vacature voor een tweede muziekprogrammeur is ingetrokken, er komt dus niemand bij in januari. Mocht er toch iemand gevonden worden, dan laat ik het weten.",
  none=True)
m("en", "Jasper Wolters starts next Monday as a trainee presenter on the breakfast show. He'll be in from 5 am so his badge must work at the back door.",
  J("Jasper Wolters", WD("monday")))
m("nl", "Morgen is de laatste werkdag van Ria Bakkenes, onze programma-assistente. Ze verhuist naar Spanje. We geven haar morgenmiddag een afscheidsborrel in de kantine; denk ook aan haar sleutel van het archief.",
  L("Ria Bakkenes", P(1)))
m("nl", "Bart Koopmans, programmamaker, gaat na 25 jaar weg: hij heeft de vertrekregeling aangenomen en stopt per 1 maart.",
  L("Bart Koopmans", D(2027, 3, 1)))
m("nl", "Twee vertrekkers bij de regioredactie: Lotte Zijlstra stopt per 1 januari en Sander Prins per 15 januari.",
  L("Lotte Zijlstra", D(2027, 1, 1)), L("Sander Prins", D(2027, 1, 15)))
m("en", "Maarten Schuurman's last day at the station is Thursday 24 December, he's off to a national broadcaster.",
  L("Maarten Schuurman", ON("thursday", D(2026, 12, 24))))
m("nl", "Nieuwe collega op de salesafdeling: Bram Oosterhuis, vertegenwoordiger voor de regionale adverteerders, start 11-1-2027.",
  J("Bram Oosterhuis", D(2027, 1, 11), AM))
m("nl", "Helaas, Femke Ruiters komt toch niet als presentator. Ze heeft een ander aanbod aangenomen. Het account dat al klaarstond mag weg.",
  none=True)
m("en", "Hello, I inform that Lucía Fernández begins like producer in the radio the day 8 of February. She need a laptop and the editing program. Thank you, Carmen",
  J("Lucía Fernández", D(2027, 2, 8)))
m("nl", "volgende week woensdag begint mees hartman bij de techniek, hij is onze nieuwe uitzendtechnicus",
  J("Mees Hartman", NW("wednesday")))
m("en", "Our reporter Anouk Reitsma transfers from the Leeuwarden studio to the Groningen studio on 1 February, same job.",
  MV("Anouk Reitsma", D(2027, 2, 1), None, None))
# A tax advisers' office
m("nl", "Geachte collega's,\n\nHierbij laat ik u weten dat mr. Esther van Wijngaarden per maandag 1 februari 2027 in dienst treedt als fiscalist bij de sectie vennootschapsbelasting.\n\nMet vriendelijke groet,\ndrs. P. Hamstra\nPartner",
  J("Esther van Wijngaarden", ON("monday", D(2027, 2, 1))))
m("en", "heads up: tax assistant ruben koster starts tue 5 jan, desk next to mine",
  J("Ruben Koster", ON("tuesday", D(2027, 1, 5))))
m("nl", "Voor het aangifteseizoen hebben we twee tijdelijke aangiftemedewerkers: Nadia el Amrani en Joost Hendriks, allebei vanaf maandag 1 maart.",
  J("Nadia el Amrani", ON("monday", D(2027, 3, 1))), J("Joost Hendriks", D(2027, 3, 1)))
m("nl", "Na 38 jaar gaat belastingadviseur Cor Dijkhuizen met pensioen. Hij stopt per 1 april, zijn laatste werkdag is woensdag 31 maart.",
  L("Cor Dijkhuizen", ON("wednesday", D(2027, 3, 31))))
m("en", "Quick question: do the interns from the university need their own login for the tax software, or can they use the shared training account?",
  none=True)
m("en", "Linda Vermeulen, currently tax assistant, becomes junior tax adviser as of 1 January. Her manager will be Frank.",
  MV("Linda Vermeulen", D(2027, 1, 1), None, None))
m("nl", "Karin Smits (nu secretaresse) neemt per 1 februari de facilitaire dienst over. Sleutels en alarmcodes graag aan haar overdragen.",
  MV("Karin Smits", D(2027, 2, 1), FC, None))
m("nl", "stefan de graaf heeft vandaag zijn laatste dag, hij gaat naar de belastingdienst",
  L("Stefan de Graaf", NOW))
m("en", "Hello, I want inform you that Agnieszka Nowak is starting by us as bookkeeper from 04.01.2027. Please make for her the account and the e-mail. Regards Tomasz",
  J("Agnieszka Nowak", D(2027, 1, 4)))
m("nl", "Voor het klantportaal hebben we eindelijk een ontwikkelaar gevonden: Tim Brouwer, hij begint op 18 januari.",
  J("Tim Brouwer", D(2027, 1, 18), SE))
m("en", "Daniel Fischer was dismissed yesterday for a breach of confidentiality. Please make sure everything is blocked, today if possible.",
  L("Daniel Fischer", P(-1)), past=True)
m("nl", "Per 1/2 komt Iris Veenstra ons team versterken als accountmanager MKB. Ze gaat vooral bij ondernemers op bezoek.",
  J("Iris Veenstra", D(2027, 2, 1), AM))
m("nl", "Kleine correctie: Hanneke Broers vertrekt niet per 31 januari maar al per 15 januari, ze mag eerder beginnen bij haar nieuwe werkgever.",
  L("Hanneke Broers", D(2027, 1, 15)))
m("en", "After many years our senior partner Mr. Willem Rozendaal will retire. His last working day will be Friday 26 February 2027.",
  L("Willem Rozendaal", ON("friday", D(2027, 2, 26))))
m("nl", "Marjolein Tak gaat vanaf januari vier dagen werken in plaats van vijf. Verder verandert er niets.",
  none=True)
m("en", "Our receptionist Sandra Mos leaves us on 31 December; her successor Olga Petrova starts on Monday 4 January.",
  L("Sandra Mos", D(2026, 12, 31)), J("Olga Petrova", ON("monday", D(2027, 1, 4))))
m("nl", "Goeiemorgen, Tom Vandenberghe vervoegt vanaf 15 februari ons kantoor in Kortrijk als fiscaal medewerker. Gelieve zijn laptop te voorzien. Mvg, Els",
  J("Tom Vandenberghe", D(2027, 2, 15)))
m("en", "Priya Raman will start in three weeks as a transfer-pricing specialist. Her desk is on the second floor.",
  J("Priya Raman", P(21)))
m("nl", "Stagiair Bas Wever van de hogeschool begint op 1 februari bij de afdeling loonheffingen, hij blijft tot de zomer.",
  J("Bas Wever", D(2027, 2, 1)))
m("nl", "Per direct is Gerrit-Jan Pol niet meer bij ons in dienst, we zijn het samen eens geworden. Vandaag was zijn laatste dag.",
  L("Gerrit-Jan Pol", NOW))
m("en", "Please set up accounts for Chloe Bennett, our new payroll specialist, starting on the 11th of January.",
  J("Chloe Bennett", D(2027, 1, 11)))
m("nl", "Accountmanager Roel Nijhuis wordt per 1 april partner en stopt daarmee met de acquisitie. Zijn klanten worden verdeeld over Iris en Bram.",
  MV("Roel Nijhuis", D(2027, 4, 1), None, AM))
m("en", "Hello, our colleague Serkan Yılmaz is leaving from the company at 28.02.2027 because he is moving back to Izmir. Thank you",
  L("Serkan Yılmaz", D(2027, 2, 28)))
m("nl", "Marco Heijnen vertrekt eind januari naar een accountantskantoor. Laatste werkdag vrijdag 29 januari.",
  L("Marco Heijnen", ON("friday", D(2027, 1, 29))))
m("nl", "Goed nieuws: Wilma Oosting heeft haar ontslag ingetrokken en blijft gewoon bij ons. Niets afsluiten dus!",
  none=True)
m("en", "The temporary contract of Jacob Meyers, our data entry temp, runs until 15 January. After that he leaves.",
  L("Jacob Meyers", D(2027, 1, 15)))
m("nl", "Begint morgen: Sanne Lubbers, assistent-belastingadviseur. Kan iemand haar om 9 uur ophalen bij de receptie?",
  J("Sanne Lubbers", P(1)))
m("nl", "Per 1 januari gaat Tessa Molenaar van de salarisadministratie naar de afdeling advies, als assistent-adviseur.",
  MV("Tessa Molenaar", D(2027, 1, 1), None, None))
m("nl", "Fiscalist Ahmed Bouzid verhuist per 1 maart naar ons kantoor in Zwolle, zelfde functie. Hij heeft daar wel een nieuwe toegangspas nodig en een plek in de parkeergarage.",
  MV("Ahmed Bouzid", D(2027, 3, 1), None, None))
m("en", "From Monday we have an extra pair of hands: Lucas Meijer joins as office junior. He'll do the post, the scanning and the archive, so he needs access to the document system.",
  J("Lucas Meijer", WD("monday")))
# An aircraft maintenance company
m("en", "Hi HR,\n\nPlease note that Mr. Lars Eriksson will join Hangar 2 as a B1 licensed aircraft engineer on Monday 8 February 2027. He will need a hangar pass and a toolbox.\n\nKind regards,\nPeter Dekker\nBase Maintenance Manager",
  J("Lars Eriksson", ON("monday", D(2027, 2, 8))))
m("nl", "nieuwe monteur voor het lijnonderhoud: kevin smeets, begint ma 11 jan",
  J("Kevin Smeets", ON("monday", D(2027, 1, 11))))
m("en", "Our chief inspector Hans Oudshoorn retires on 1 March. His last shift will be on Friday 26 February.",
  L("Hans Oudshoorn", ON("friday", D(2027, 2, 26))))
m("en", "Do contract mechanics from the agency need a full account or just a hangar badge? We have a few coming for the C-check in January.",
  none=True)
m("nl", "Per 1 februari wordt Frank Timmer, nu werkvoorbereider, accountmanager voor onze airline-klanten. Hij blijft tot die tijd de planning van de C-checks doen.",
  MV("Frank Timmer", D(2027, 2, 1), AM, None))
m("en", "Mei Ling Chen joins the IT team as a software developer for our maintenance tracking system on 4 January.",
  J("Mei Ling Chen", D(2027, 1, 4), SE))
m("nl", "Verdrietig bericht: onze magazijnmedewerker Ton Verhagen is afgelopen zondag overleden. Hij werkte hier 22 jaar.",
  L("Ton Verhagen", P(-4)), past=True)
m("en", "Hello together,\n\nfrom the 01.02.2027 Mr. Jürgen Hoffmann and Mr. Stefan Weber from our Hamburg base are working by you as avionics technicians, for one year.\n\nMany greetings,\nKlaus",
  J("Jürgen Hoffmann", D(2027, 2, 1)), J("Stefan Weber", D(2027, 2, 1)))
m("nl", "Over drie weken start Noor Aalbers als planner bij de werkvoorbereiding. Ze komt van een scheepswerf.",
  J("Noor Aalbers", P(21)))
m("en", "A stores clerk, Dylan Groen, was let go this morning after a failed drug test. Please revoke his airside pass today.",
  L("Dylan Groen", NOW))
m("nl", "Facilitair coördinator voor de hangaar: Monique Verbeek, begint maandag 1 maart. Ze krijgt de mastersleutel van Bert.",
  J("Monique Verbeek", ON("monday", D(2027, 3, 1)), FC))
m("en", "Dear Sir,\nThis is to inform that Mr. Anand Krishnan, Aircraft Technician (B2), has tendered his resignation and his last working day will be 12th February 2027. Kindly initiate the exit formalities.\nRegards,\nVijay",
  L("Anand Krishnan", D(2027, 2, 12)))
m("nl", "Correctie: Sven Kuiper begint niet op 11 januari maar een week later, op maandag 18 januari. Hij moet eerst nog een opleiding bij zijn oude werkgever afronden.",
  J("Sven Kuiper", ON("monday", D(2027, 1, 18))))
m("nl", "Julia Kramer, administratief medewerker, stopt op 15 januari. Ze gaat met haar man mee naar Canada.",
  L("Julia Kramer", D(2027, 1, 15)))
m("nl", "De contracten van de twee uitzendkrachten in de verfstraat, Milan Dekkers en Rob Janssen, lopen af op 31 december. Geen verlenging.",
  L("Milan Dekkers", D(2026, 12, 31)), L("Rob Janssen", D(2026, 12, 31)))
m("en", "Quality inspector Niels Bosman moves from the Maastricht hangar to our line station at Schiphol as of 1 April, same role.",
  MV("Niels Bosman", D(2027, 4, 1), None, None))
m("nl", "Hallo, Pieter Claes vervoegt op 1 maart ons team in Zaventem als vliegtuigtechnieker. Gelieve zijn badge aan te vragen. Mvg, Ilse",
  J("Pieter Claes", D(2027, 3, 1)))
m("en", "Sorry for the late notice: Oliver Grant started yesterday as a sheet metal mechanic. He still has no login.",
  J("Oliver Grant", P(-1)), past=True)
m("nl", "lisa van de kamp stopt per 1 feb, ze gaat studeren",
  L("Lisa van de Kamp", D(2027, 2, 1)))
m("en", "Welcome Tomás Herrera, powerplant engineer (engines, not software!), starting 1/3.",
  J("Tomás Herrera", D(2027, 3, 1)))
m("nl", "Hangarschoonmaker Gert Ubbink gaat over naar het schoonmaakbedrijf dat het werk overneemt; bij ons stopt hij op 31 december.",
  L("Gert Ubbink", D(2026, 12, 31)))
m("en", "Three new apprentices for the Part-147 school: Mats de Jong, Sara Bakir and Jesse Kok. All three start on Monday 1 February.",
  J("Mats de Jong", ON("monday", D(2027, 2, 1))), J("Sara Bakir", D(2027, 2, 1)), J("Jesse Kok", D(2027, 2, 1)))
m("nl", "Monteur Erwin Hulshof gaat per 1 januari naar de afdeling kwaliteit als inspecteur. Zijn toolbox moet terug naar het magazijn, de inspectiestempel krijgt hij van kwaliteit.",
  MV("Erwin Hulshof", D(2027, 1, 1), None, None))
m("en", "Mike Jansen's last day will be next week Friday, he's joining KLM.",
  L("Mike Jansen", NW("friday")))
m("nl", "Vandaag begonnen en nog geen account: Bilal Chaouch, magazijnmedewerker. Kan dat met spoed?",
  J("Bilal Chaouch", NOW))
m("en", "The start of our new CAMO engineer has been postponed, no new date yet. Please put the account on hold.",
  none=True)
m("nl", "Onze enige programmeur, Gijs Wouters, vertrekt per 1 maart. Hij moet daarvoor de code van het planningssysteem overdragen.",
  L("Gijs Wouters", D(2027, 3, 1), SE))
m("en", "Mister Adrian Popescu will not work anymore with us from tomorrow. His last day is today.",
  L("Adrian Popescu", NOW))
m("nl", "Met ingang van 15-02-2027 treedt Femke Hoekstra in dienst als technisch schrijver voor de onderhoudshandboeken.",
  J("Femke Hoekstra", D(2027, 2, 15)))
m("nl", "nieuwe man voor de gereedschapsuitgifte: paul nijenhuis, begint morgen om 7 uur",
  J("Paul Nijenhuis", P(1)))
# A riding school and equestrian centre
m("nl", "Hoi allemaal,\n\nIk ben blij te melden dat Romy Vink per zaterdag 2 januari onze nieuwe instructrice wordt voor de ponylessen.\n\nGroetjes,\nAnke\nManege De Hoefslag",
  J("Romy Vink", ON("saturday", D(2027, 1, 2))))
m("nl", "nieuwe stalhulp jaap smit begint zaterdag, kan hij een sleutel van de voerkamer krijgen",
  J("Jaap Smit", WD("saturday")))
m("nl", "Elke Boersma komt per 1 februari als verzorger van de paarden. Ze werkte eerder op een stoeterij in Drenthe.",
  J("Elke Boersma", D(2027, 2, 1)))
m("en", "Does the farrier who comes every six weeks need to be in the system? He's self-employed.",
  none=True)
m("nl", "Voor het aangepast paardrijden met de zorggroep komt Thea Groenewoud als zorgmedewerker, vanaf maandag 11 januari.",
  J("Thea Groenewoud", ON("monday", D(2027, 1, 11)), CW))
m("nl", "Het contract van stalmedewerker Gert-Jan Hofstede loopt af op 31 januari, hij blijft daarna niet.",
  L("Gert-Jan Hofstede", D(2027, 1, 31)))
m("en", "I'm sorry to tell you that our groom Willem Stam died on Saturday in an accident with a horse.",
  L("Willem Stam", P(-5)), past=True)
m("nl", "Instructeur Maaike Dijkstra wordt per 1 maart bedrijfsleider van de manege. Ze blijft daarnaast een paar lessen per week geven, maar krijgt toegang tot de administratie en de bank.",
  MV("Maaike Dijkstra", D(2027, 3, 1), None, None))
m("en", "Hello, Piotr Kamiński start by us in the stable from 07.12.2026, he is helping in the winter. Greetings, Ewa",
  J("Piotr Kamiński", D(2026, 12, 7)))
m("nl", "volgende week maandag begint een nieuwe instructeur, Tijs Bergman. Hij geeft vooral de dressuurlessen.",
  J("Tijs Bergman", NW("monday")))
m("nl", "Kunnen de vrijwilligers die op zaterdag helpen met de pony's een eigen inlog voor het rooster krijgen?",
  none=True)
m("en", "We hired a facilities coordinator for the indoor arena and the stables: Gerald Moss, first day Monday 4 January.",
  J("Gerald Moss", ON("monday", D(2027, 1, 4)), FC))
m("nl", "Gisteren hebben we afscheid genomen van stalhulp Rens Mulders, op staande voet, na diefstal uit de kantine.",
  L("Rens Mulders", P(-1)), past=True)
m("nl", "Twee nieuwe stagiaires van de groene opleiding: Merel Aukes begint 4-1 en Fleur Janssens 11-1.",
  J("Merel Aukes", D(2027, 1, 4)), J("Fleur Janssens", D(2027, 1, 11)))
m("en", "Our riding instructor Hannah Scott is leaving us, her last day is the 1st of February. She's moving back to Ireland to run her family's yard.",
  L("Hannah Scott", D(2027, 2, 1)))
m("nl", "Beste, vanaf 1 maart gaat Lien Peeters op pensioen, haar laatste werkdag is vrijdag 26 februari. Zij was de assistente van onze hoefsmid. Mvg, Jef",
  L("Lien Peeters", ON("friday", D(2027, 2, 26))))
m("nl", "Emily Carter, een Engelse amazone, komt vanaf 18 januari bij ons de wedstrijdruiters trainen. Ze heeft een Nederlands telefoonnummer nodig en toegang tot het lesrooster.",
  J("Emily Carter", D(2027, 1, 18)))
m("nl", "Voor de verkoop van lespakketten aan scholen en bedrijven: Jelle Vos, accountmanager, start 1 februari.",
  J("Jelle Vos", D(2027, 2, 1), AM))
m("en", "Sophie Turner starts in two weeks as a trainee instructor.",
  J("Sophie Turner", P(14)))
m("nl", "Zorgmedewerker Ineke Bos van de zorggroep stopt per 1 januari, ze gaat terug naar de thuiszorg. We zoeken nog een vervanger; tot die tijd valt Thea in.",
  L("Ineke Bos", D(2027, 1, 1), CW))
m("en", "Can you set up Ahmed Hassan, our new web developer for the booking site? He starts Monday 18 January, remote.",
  J("Ahmed Hassan", ON("monday", D(2027, 1, 18)), SE))
m("nl", "stalmeester gerrit van dam is vorige week vrijdag met pensioen gegaan, vergeten door te geven sorry",
  L("Gerrit van Dam", LW("friday")), past=True)
m("en", "Instructor Lotte Hermans moves from our Bussum location to the Hilversum location on 1 January, same job.",
  MV("Lotte Hermans", D(2027, 1, 1), None, None))
m("nl", "De vacature voor een tweede instructeur houden we aan tot het voorjaar, er begint dus in januari niemand.",
  none=True)
m("en", "Hello, Mr. Burak Çelik is starting to work for us as stable hand at Monday 14 December. Thank you.",
  J("Burak Çelik", ON("monday", D(2026, 12, 14))))
m("nl", "Daphne Koning (kantine) heeft vanochtend per direct haar ontslag genomen.",
  L("Daphne Koning", NOW))
m("nl", "Onze facilitair medewerker Ruud Blom gaat per 1 april als instructeur aan de slag. Zijn werk aan de gebouwen gaat naar het onderhoudsbedrijf, dus zijn alarmcode mag eraf.",
  MV("Ruud Blom", D(2027, 4, 1), None, FC))
m("nl", "Kantinebeheerder Mark Evers gaat een eigen lunchroom beginnen; zijn laatste werkdag bij ons is zondag 10 januari.",
  L("Mark Evers", ON("sunday", D(2027, 1, 10))))
m("nl", "Pony-begeleider Yara de Haas stopt eind februari, ze gaat verhuizen.",
  L("Yara de Haas", D(2027, 2, 28)))
m("en", "Two changes: groom Bas Hendriks leaves on Friday 18 December, and Wendy Lam, who runs the café, leaves on 31 December.",
  L("Bas Hendriks", ON("friday", D(2026, 12, 18))), L("Wendy Lam", D(2026, 12, 31)))
# A parcel delivery depot
m("nl", "Goedemiddag,\n\nPer maandag 4 januari 2027 start Dennis Wijnands als depotmanager in Nieuwegein. Graag een laptop en een telefoon voor hem.\n\nMet vriendelijke groet,\nSaskia Roelofs\nRegiomanager",
  J("Dennis Wijnands", ON("monday", D(2027, 1, 4))))
m("nl", "voor de piek: twee extra sorteerders, amira bouali en kevin post, beginnen ma 7 dec",
  J("Amira Bouali", ON("monday", D(2026, 12, 7))), J("Kevin Post", D(2026, 12, 7)))
m("en", "The peak temps Joyce Vermeer and Hamid Rahimi both finish on Thursday 24 December, their contracts end that day.",
  L("Joyce Vermeer", ON("thursday", D(2026, 12, 24))), L("Hamid Rahimi", D(2026, 12, 24)))
m("nl", "Krijgen de zzp-bezorgers die voor ons rijden ook een account in de scanner-app of loopt dat via hun eigen bedrijf?",
  none=True)
m("en", "Pleased to announce that Nathalie Dubois joins as account manager for our webshop customers on Monday 1 February.",
  J("Nathalie Dubois", ON("monday", D(2027, 2, 1)), AM))
m("nl", "Bezorger Ricardo Tavares is gisteren ontslagen nadat er pakketten verdwenen. Scanner en busje zijn al ingeleverd.",
  L("Ricardo Tavares", P(-1)), past=True)
m("en", "Our route-planning app gets a second developer: Filip Novák, starting 18/1.",
  J("Filip Novák", D(2027, 1, 18), SE))
m("nl", "Per 1 maart wordt teamleider sortering Mohamed Aziz facilitair coördinator van het depot. Hij houdt zijn eigen laptop, maar heeft de sleutels en de alarmcodes van het gebouw nodig.",
  MV("Mohamed Aziz", D(2027, 3, 1), FC, None))
m("nl", "Chauffeur Henk Bouwhuis gaat per 1 februari met pensioen. Laatste rit is vrijdag 29 januari.",
  L("Henk Bouwhuis", ON("friday", D(2027, 1, 29))))
m("en", "Hello together, from 11.01.2027 Mrs. Sabine Krüger is working by you in the depot Venlo as shift leader. Please give her access. Best greetings, Ralf",
  J("Sabine Krüger", D(2027, 1, 11)))
m("nl", "Dag, Wout Maes vervoegt ons depot in Mechelen op maandag 8 februari als sorteerder. Gelieve een badge te voorzien. Mvg, Griet",
  J("Wout Maes", ON("monday", D(2027, 2, 8))))
m("en", "tomorrow is the last day of courier jamal idrissi, he's moving to rotterdam",
  L("Jamal Idrissi", P(1)))
m("nl", "Dirk Hoogland is sinds maandag ziek, het duurt waarschijnlijk een paar weken. Zijn route wordt overgenomen.",
  none=True)
m("en", "Driver Robin Aerts moves from depot Tilburg to depot Breda as of 4 January, same job. Please move his scanner and fuel card to the Breda fleet.",
  MV("Robin Aerts", D(2027, 1, 4), None, None))
m("nl", "Met verdriet melden wij dat sorteerder Jan Kroon eergisteren is overleden.",
  L("Jan Kroon", P(-2)), past=True)
m("en", "Small change: Eva Lindqvist starts on 25 January, not on 18 January as I wrote before. Her notice period at her current job turned out to be a week longer.",
  J("Eva Lindqvist", D(2027, 1, 25)))
m("nl", "Over vier weken begint Lars Verhoeven bij ons als planner. Kan hij dan meteen in het planningssysteem?",
  J("Lars Verhoeven", P(28)))
m("en", "Dear HR Team,\nPlease note Ms. Deepika Nair, Customer Service Executive, will be relieved from her duties on 15th January 2027 as per her resignation. Kindly do the needful.\nRegards,\nArun",
  L("Deepika Nair", D(2027, 1, 15)))
m("nl", "Bij de klantenservice vertrekt Linda Mertens op 31 december; Esra Kaya neemt haar plek in per 4 januari.",
  L("Linda Mertens", D(2026, 12, 31)), J("Esra Kaya", D(2027, 1, 4)))
m("nl", "Bezorger Patrick Vos verlaat ons eind van de maand, laatste werkdag donderdag 31 december.",
  L("Patrick Vos", ON("thursday", D(2026, 12, 31))))
m("nl", "chauffeur bram lindeman begint 14/12 op de avondronde",
  J("Bram Lindeman", D(2026, 12, 14)))
m("en", "Account manager Jessica Wright becomes head of sales on 1 April. She keeps her current customers until we've found her successor.",
  MV("Jessica Wright", D(2027, 4, 1), None, AM))
m("nl", "De nieuwe sorteerder die maandag zou beginnen komt toch niet, hij heeft elders getekend.",
  none=True)
m("en", "Ahmed Benali stopped working here last week Wednesday. I only heard it now, please close his accounts.",
  L("Ahmed Benali", LW("wednesday")), past=True)
m("nl", "Vanaf dinsdag 2 februari werkt Marloes Hendriksen bij ons als teamleider bezorging. Ze komt van een concurrent en kent het vak, dus ze kan vanaf dag één met de scanners en het planbord aan de slag.",
  J("Marloes Hendriksen", ON("tuesday", D(2027, 2, 2))))
m("en", "Courier Dean Walsh quits, last shift next Tuesday.",
  L("Dean Walsh", WD("tuesday")))
m("nl", "Sorteerder Ilse Wijers gaat per 18 januari als planner aan de slag op kantoor. Haar plek op de sorteerband wordt voorlopig door uitzendkrachten opgevangen.",
  MV("Ilse Wijers", D(2027, 1, 18), None, None))
m("en", "We cancelled the vacancy for a second depot manager. Nobody will start in January after all.",
  none=True)
m("nl", "Het contract van uitzendkracht Tim Schouten loopt op 8 januari af, daarna stopt hij. Hij heeft nog een scanner en een jas van ons, die moeten retour.",
  L("Tim Schouten", D(2027, 1, 8)))
m("en", "Our facilities coordinator Gary Holt retires at the end of March. Last day will be Wednesday 31 March.",
  L("Gary Holt", ON("wednesday", D(2027, 3, 31)), FC))
# ---- part 2 (x151-x320) ----
# A language school
m("nl", "Beste HR,\n\nMet ingang van maandag 11 januari 2027 versterkt Hatice Arslan ons docententeam NT2. Zij geeft de inburgeringscursussen op dinsdag en donderdag.\n\nHartelijke groet,\nMonique Wessels\nOnderwijsmanager Taalhuis Oost",
  J("Hatice Arslan", ON("monday", D(2027, 1, 11))))
m("en", "new english teacher for the business courses: ben whitaker, starts wed 6 jan",
  J("Ben Whitaker", ON("wednesday", D(2027, 1, 6))))
m("nl", "Annemarie Lubbers, onze docent Frans, gaat met pensioen. Haar laatste lesdag is donderdag 28 januari, per 1 februari is ze weg.",
  L("Annemarie Lubbers", ON("thursday", D(2027, 1, 28))))
m("nl", "Hebben de vrijwillige taalmaatjes een account nodig voor het leerplatform, of kunnen ze met een gastaccount werken?",
  none=True)
m("en", "Karen Holloway moves from teaching to sales: from 1 February she's our account manager for company courses.",
  MV("Karen Holloway", D(2027, 2, 1), AM, None))
m("nl", "Voor het e-learningplatform komt er een ontwikkelaar bij: Youssef Amrani, per 1 februari, vier dagen per week.",
  J("Youssef Amrani", D(2027, 2, 1), SE))
m("nl", "Triest nieuws: onze conciërge Hennie Groot is afgelopen vrijdag plotseling overleden. Hij werkte hier sinds de opening van het gebouw. Zijn sleutels liggen nog bij zijn familie; ik haal ze op.",
  L("Hennie Groot", P(-6)), past=True)
m("en", "Hi, I inform you that Marta Giménez begins like Spanish teacher the day 1 of March, in the evening courses. She need the access to the platform. Thanks, Pilar",
  J("Marta Giménez", D(2027, 3, 1)))
m("nl", "taalcoach sanne de vos stopt per 18/12, ze gaat reizen",
  L("Sanne de Vos", D(2026, 12, 18)))
m("en", "Two new intake advisers for the integration courses: Omar Haddad from 4 January and Julia Sokolova from 18 January.",
  J("Omar Haddad", D(2027, 1, 4)), J("Julia Sokolova", D(2027, 1, 18)))
m("nl", "Per 1 maart neemt Gerda Veldkamp, nu cursusadministratie, de facilitaire dienst van onze twee vestigingen over.",
  MV("Gerda Veldkamp", D(2027, 3, 1), FC, None))
m("en", "We had to let Vincent Maas go with immediate effect today. Please block his platform and e-mail account.",
  L("Vincent Maas", NOW))
m("nl", "Over vijf weken begint Rutger Smeets als docent Engels voor de bedrijfstrainingen. Hij geeft de lessen vooral bij klanten op locatie, dus hij heeft een laptop en een telefoon nodig.",
  J("Rutger Smeets", P(35)))
m("nl", "Sarah Hofman gaat vanaf februari met ouderschapsverlof, twee dagen per week. Ze blijft gewoon in dienst.",
  none=True)
m("en", "Update: Tomoko Sato will start on Monday 8 February, not on 1 February. The visa took longer than expected.",
  J("Tomoko Sato", ON("monday", D(2027, 2, 8))))
m("nl", "Dag allemaal, vanaf 4 januari vervoegt Sofie Wouters ons team in Leuven als lesgever Nederlands. Gelieve haar accounts aan te maken. Mvg, Hilde",
  J("Sofie Wouters", D(2027, 1, 4)))
m("en", "Dear HR,\nKindly note that Ms. Kavitha Subramanian, IELTS trainer, has resigned and her last working day shall be 29th January 2027. Please initiate the relieving process.\nRegards,\nRamesh",
  L("Kavitha Subramanian", D(2027, 1, 29)))
m("nl", "volgende week dinsdag start een nieuwe receptionist, milou peters, voor de avondopening",
  J("Milou Peters", NW("tuesday")))
m("nl", "De tijdelijke contracten van docenten Peter Lammers en Anja Visser lopen af op 31 januari, de cursussen stoppen dan ook.",
  L("Peter Lammers", D(2027, 1, 31)), L("Anja Visser", D(2027, 1, 31)))
m("en", "Heads up: Rachel Adams starts tomorrow as our new marketing assistant. She'll sit at the front desk for the first week.",
  J("Rachel Adams", P(1)))
m("nl", "De nieuwe docent Arabisch komt toch niet, hij heeft de baan op het laatste moment afgezegd.",
  none=True)
m("nl", "Docent Nederlands Jeroen Kok wordt per 1 april teamleider inburgering. Hij stopt dan met lesgeven en krijgt toegang tot de roosters en de dossiers van de cursisten.",
  MV("Jeroen Kok", D(2027, 4, 1), None, None))
m("en", "Dear colleagues, from the 01.03.2027 Mrs. Anke Schulz from our Düsseldorf school is working by you as German teacher. Best greetings, Markus",
  J("Anke Schulz", D(2027, 3, 1)))
m("nl", "Sinds maandag werkt Naima Bakkali bij ons als taalcoach, maar ze heeft nog steeds geen laptop. Kan dit snel geregeld worden?",
  J("Naima Bakkali", P(-3)), past=True)
m("en", "Our only developer, Arjun Mehta, leaves on Friday 5 March. Please plan a handover of the platform's code and the server passwords.",
  L("Arjun Mehta", ON("friday", D(2027, 3, 5)), SE))
m("nl", "Docent Sabine Mol gaat per 1 januari van onze vestiging in Deventer naar Apeldoorn, zelfde werk. Haar lokaalsleutel van Deventer moet wel terug.",
  MV("Sabine Mol", D(2027, 1, 1), None, None))
m("nl", "Goedemiddag,\n\nPer 18-01-2027 treedt Wim Hooijer in dienst als examinator staatsexamen NT2. Hij werkt twee dagen per week.\n\nMet vriendelijke groet,\nMarian\nAfdeling Examens",
  J("Wim Hooijer", D(2027, 1, 18)))
m("nl", "Twee examinatoren voor het staatsexamen beginnen per 1 maart: Hetty Brons en Gijs Tamminga. Ze nemen de mondelinge examens af in Utrecht.",
  J("Hetty Brons", D(2027, 3, 1)), J("Gijs Tamminga", D(2027, 3, 1)))
m("nl", "morgen is de laatste dag van onze stagiaire lotte brinkman, ze heeft haar stage afgerond",
  L("Lotte Brinkman", P(1)))
# A mattress factory with its own showrooms
m("nl", "Goedemorgen,\n\nPer maandag 4 januari komt Sergio Mendes bij ons werken als productiemedewerker op de pocketveringlijn. Hij werkt in de vroege dienst.\n\nGroet,\nErik Beumer\nProductieleider",
  J("Sergio Mendes", ON("monday", D(2027, 1, 4))))
m("en", "new forklift driver in the warehouse: dave roberts, starts mon 11 jan, early shift",
  J("Dave Roberts", ON("monday", D(2027, 1, 11))))
m("nl", "Vertegenwoordiger Hans Westra vertrekt per 1 april naar een beddenspeciaalzaak. Laatste werkdag woensdag 31 maart.",
  L("Hans Westra", ON("wednesday", D(2027, 3, 31)), AM))
m("nl", "Moeten de uitzendkrachten in de naaierij die maar twee weken blijven ook een account? Ze gebruiken alleen de prikklok.",
  none=True)
m("en", "Seamstress Olena Kovalenko becomes team leader of the sewing room on 1 February. She'll keep her sewing machine but needs access to the planning and the time registration.",
  MV("Olena Kovalenko", D(2027, 2, 1), None, None))
m("nl", "Nieuwe accountmanager voor de hotels en zorginstellingen: Dirk Jan Sloot, begint maandag 1 februari.",
  J("Dirk Jan Sloot", ON("monday", D(2027, 2, 1)), AM))
m("en", "With great sadness I have to tell you that our foam cutter Gerrit Bos died last Sunday.",
  L("Gerrit Bos", P(-4)), past=True)
m("nl", "Dzień dobry, Tomasz Wójcik begint bij ons in de productie vanaf 14.12.2026, via het uitzendbureau. Groeten, Marta",
  J("Tomasz Wójcik", D(2026, 12, 14)))
m("nl", "Afgelopen dinsdag is heftruckchauffeur Ronald Smit op staande voet ontslagen. Zijn pas werkt nog, graag blokkeren.",
  L("Ronald Smit", P(-2)), past=True)
m("en", "We found a developer for the webshop and the mattress configurator: Lena Fischer, starting 1 March. She works from Germany three days a week.",
  J("Lena Fischer", D(2027, 3, 1), SE))
m("nl", "In de showroom in Ede beginnen twee nieuwe verkopers: Ilona Bakker op 4 januari en Mustafa Yıldız op 11 januari.",
  J("Ilona Bakker", D(2027, 1, 4), AM), J("Mustafa Yıldız", D(2027, 1, 11), AM))
m("en", "Agency worker Kamil Zieliński's contract ends on 22 January. He won't be extended. Please collect his badge and safety shoes at the gate.",
  L("Kamil Zieliński", D(2027, 1, 22)))
m("nl", "Magazijnchef Anton de Wit wordt per 1 maart facilitair coördinator van de fabriek. Hij neemt de sleutels en de alarmcodes over van Henk, die naar de nieuwe hal gaat.",
  MV("Anton de Wit", D(2027, 3, 1), FC, None))
m("nl", "Marja Ploeg is geopereerd aan haar rug en is zeker tot maart thuis. Geen actie nodig.",
  none=True)
m("en", "Quality controller Anna Bergström starts next Wednesday, please have safety shoes in size 39 ready.",
  J("Anna Bergström", WD("wednesday")))
m("nl", "Hallo, Jens Claessens vervoegt vanaf maandag 15 februari ons verkoopteam in Antwerpen als vertegenwoordiger. Gelieve zijn wagen en laptop te voorzien. Mvg, Bart",
  J("Jens Claessens", ON("monday", D(2027, 2, 15)), AM))
m("nl", "Naaister Gonny Hermsen stopt eind januari, maar door haar vakantiedagen is haar laatste werkdag al vrijdag 22 januari.",
  L("Gonny Hermsen", ON("friday", D(2027, 1, 22))))
m("en", "Night shift lead Paul Kerkhof retires on 31 December; his successor Jordy van Es, who comes from a furniture factory, starts Monday 4 January.",
  L("Paul Kerkhof", D(2026, 12, 31)), J("Jordy van Es", ON("monday", D(2027, 1, 4))))
m("nl", "nieuwe schuimsnijder: marco kuipers, begint 4-1",
  J("Marco Kuipers", D(2027, 1, 4)))
m("en", "Hello, Mr. Emre Kaplan will start to work at the packing department at Monday 18 January. Thank you, Ayşe",
  J("Emre Kaplan", ON("monday", D(2027, 1, 18))))
m("nl", "Lieke van Vliet van de klantenservice stopt per direct, ze hoeft haar opzegtermijn niet uit te dienen. Vandaag was haar laatste dag.",
  L("Lieke van Vliet", NOW))
m("nl", "Onderhoudsmonteur Wesley Bruins komt per 15 februari, de vacature is dus ingevuld. Hij komt van een bakkerij en begint in de ochtendploeg.",
  J("Wesley Bruins", D(2027, 2, 15)))
m("nl", "Verkoper Bert Ramaker gaat per 1 februari van de showroom in Ede naar die in Arnhem, hij blijft verkoper.",
  MV("Bert Ramaker", D(2027, 2, 1), AM, AM))
m("en", "Planner Kelly Morgan leaves in two weeks, she's moving abroad. Please make sure her planning files are moved to the shared drive before then.",
  L("Kelly Morgan", P(14)))
m("nl", "Donderdag 7 januari begint Stijn Aarts als onderhoudsmonteur in de fabriek. Hij krijgt een eigen kast in de werkplaats en een telefoon voor de storingsdienst.",
  J("Stijn Aarts", ON("thursday", D(2027, 1, 7))))
m("en", "Account manager Rebecca Long moves to marketing on 1 March as campaign manager. Her customers go to the other account managers for now.",
  MV("Rebecca Long", D(2027, 3, 1), None, AM))
m("nl", "carla pieters is gisteren begonnen bij de inpak, had ik vergeten door te geven",
  J("Carla Pieters", P(-1)), past=True)
m("en", "Please note Jason Clarke, warehouse supervisor, finishes on the 15th of January. He's been with us for eleven years; the farewell drinks are on his last day at four.",
  L("Jason Clarke", D(2027, 1, 15)))
# A conference centre
m("en", "Dear colleagues,\n\nI am pleased to announce that Ms. Charlotte Dupont will join us as Senior Event Manager on Monday 1 February 2027. She comes to us from a convention bureau in Brussels.\n\nBest regards,\nRobert Hayes\nGeneral Manager",
  J("Charlotte Dupont", ON("monday", D(2027, 2, 1))))
m("nl", "nieuwe AV-technicus: thijs kroes, begint vr 8 jan, hij doet vooral de avondcongressen",
  J("Thijs Kroes", ON("friday", D(2027, 1, 8))))
m("nl", "Huismeester Jan-Willem Scholten neemt afscheid: hij werkt t/m vrijdag 26 februari en gaat daarna met pensioen.",
  L("Jan-Willem Scholten", ON("friday", D(2027, 2, 26))))
m("nl", "Vraagje: de hostesses die we per evenement inhuren, moeten die in Handover of niet? Het zijn er soms twintig per congres.",
  none=True)
m("en", "Our new sales manager for corporate events, Tobias Lange, starts on 11 January. Title on his contract is account manager.",
  J("Tobias Lange", D(2027, 1, 11), AM))
m("nl", "Wij hebben een facilitair coördinator gevonden voor de zalen en de parkeergarage: Roos Evers. Zij start op maandag 18 januari.",
  J("Roos Evers", ON("monday", D(2027, 1, 18)), FC))
m("en", "Banqueting supervisor Luca Romano becomes assistant F&B manager as of 1 January. He stays on the banqueting roster until the new supervisor is trained.",
  MV("Luca Romano", D(2027, 1, 1), None, None))
m("nl", "Onze nachtportier Harm Wolters is gisteravond overleden. Hij was al een tijd ziek.",
  L("Harm Wolters", P(-1)), past=True)
m("en", "Dear Team,\nHappy to inform that Mr. Sandeep Kulkarni has been appointed as Event Coordinator and his date of joining is 01/03/2027. Request you to kindly arrange his system and ID card.\nRegards,\nMeena",
  J("Sandeep Kulkarni", D(2027, 3, 1)))
m("nl", "Voor de keuken: kok Ruben Vos begint op 4 januari en zelfstandig werkend kok Priscilla Doelman op 11 januari.",
  J("Ruben Vos", D(2027, 1, 4)), J("Priscilla Doelman", D(2027, 1, 11)))
m("nl", "receptioniste anouk van beek stopt 31/12",
  L("Anouk van Beek", D(2026, 12, 31)))
m("en", "Steward Kevin O'Brien was dismissed on the spot on Tuesday after a fight with a guest. Please block his badge.",
  L("Kevin O'Brien", P(-2)), past=True)
m("nl", "Over drie weken begint Tim Jacobs bij ons als eventplanner. Hij komt van een festivalorganisatie.",
  J("Tim Jacobs", P(21)))
m("nl", "Beste, Ruth Janssens vervoegt ons team op maandag 1 maart als verantwoordelijke catering. Gelieve alles te voorzien. Met vriendelijke groeten, Koen",
  J("Ruth Janssens", ON("monday", D(2027, 3, 1))))
m("en", "Nina Baker, our events administrator, leaves on Thursday 31 December. She's going back to university.",
  L("Nina Baker", ON("thursday", D(2026, 12, 31))))
m("nl", "Correctie op mijn bericht van gisteren: Youri Brands begint niet op 1 februari maar al op maandag 25 januari.",
  J("Youri Brands", ON("monday", D(2027, 1, 25))))
m("en", "Hello, from 15.02.2027 Mr. Florian Bauer is working by you as event technician, he comes from our partner in Köln. Many greetings, Sabine",
  J("Florian Bauer", D(2027, 2, 15)))
m("nl", "Ontwikkelaar Mark Hofstra, die ons registratiesysteem voor congressen bouwde, vertrekt per 1 februari.",
  L("Mark Hofstra", D(2027, 2, 1), SE))
m("en", "Today is the last day of barista Nora Quinn, she's starting her studies in January. Her locker key and apron should be handed in at the front desk.",
  L("Nora Quinn", NOW))
m("nl", "Receptioniste Esmée Wouters gaat per 1 februari naar sales, als accountmanager voor verenigingen en congressen.",
  MV("Esmée Wouters", D(2027, 2, 1), AM, None))
m("en", "Christmas party season: temps Ella Dunn and Mateo Ruiz start on Monday 7 December and stay until 31 December.",
  J("Ella Dunn", ON("monday", D(2026, 12, 7))), J("Mateo Ruiz", D(2026, 12, 7)))
m("nl", "hoofd techniek bas meijer gaat per 1/1 naar onze andere locatie in maastricht, zelfde functie",
  MV("Bas Meijer", D(2027, 1, 1), None, None))
m("nl", "Laura Jongeling, die in januari als eventmanager zou beginnen, heeft afgezegd. Haar account mag weg.",
  none=True)
m("en", "Jake Morrison joins the housekeeping team next week Thursday. He'll work the late shift, so he needs a badge for the staff entrance and a locker.",
  J("Jake Morrison", NW("thursday")))
m("nl", "Het jaarcontract van evenementenassistente Sanne Dijkman loopt op 28 februari af en wordt niet verlengd.",
  L("Sanne Dijkman", D(2027, 2, 28)))
m("en", "Security guard Gerard Smit's last shift is this Saturday, he found a job closer to home.",
  L("Gerard Smit", WD("saturday")))
m("nl", "Op 1-3-2027 begint Fenna Bosma bij de afdeling planning, als medewerker zaalverhuur. Ze komt via het uitzendbureau maar krijgt meteen een eigen contract.",
  J("Fenna Bosma", D(2027, 3, 1)))
m("nl", "Frits Kamp gaat toch niet weg: hij heeft een tegenbod gekregen en blijft. Graag het vertrek per 1 februari annuleren.",
  none=True)
# A seed-breeding company
m("nl", "Hallo allemaal,\n\nOp maandag 1 februari 2027 begint dr. Mirjam Hoekman als veredelaar komkommer. Ze komt van de universiteit in Wageningen.\n\nGroeten,\nJan Vermeer\nHoofd veredeling",
  J("Mirjam Hoekman", ON("monday", D(2027, 2, 1))))
m("en", "new greenhouse worker for the tomato trials: jakub nowicki, starts thu 7 jan",
  J("Jakub Nowicki", ON("thursday", D(2027, 1, 7))))
m("nl", "Laborant Wendy Spijker gaat ons verlaten, ze stopt per 1 maart en gaat naar een ziekenhuislab.",
  L("Wendy Spijker", D(2027, 3, 1)))
m("en", "Do the seasonal pollinators we hire in spring need accounts? They only use the greenhouse app on shared tablets.",
  none=True)
m("nl", "Nieuwe softwareontwikkelaar voor de bio-informatica: Pieter-Bas Schouten, vanaf 18 januari. Hij werkt aan de pijplijn voor de DNA-analyses en heeft toegang nodig tot de rekenserver.",
  J("Pieter-Bas Schouten", D(2027, 1, 18), SE))
m("en", "Rafael Ortega joins as account manager for growers in Spain and Portugal on 1 February. He works from Almería, so everything remote please.",
  J("Rafael Ortega", D(2027, 2, 1), AM))
m("nl", "Per 1 april wordt Niels van Zanten, nu laborant, assistent-veredelaar paprika. Hij blijft voorlopig nog één dag per week in het lab om zijn opvolger in te werken.",
  MV("Niels van Zanten", D(2027, 4, 1), None, None))
m("en", "Hello, I want to inform that Mr. Ömer Aksoy will begin at our company at 04.01.2027 as greenhouse technician. Best regards",
  J("Ömer Aksoy", D(2027, 1, 4)))
m("nl", "kasmedewerker gerard hulst is gisteren overleden, hij werkte hier bijna 40 jaar. de begrafenis is volgende week.",
  L("Gerard Hulst", P(-1)), past=True)
m("nl", "In de kas beginnen volgende week maandag twee nieuwe medewerkers: Bogdan Popa en Irina Lungu.",
  J("Bogdan Popa", NW("monday")), J("Irina Lungu", NW("monday")))
m("en", "Research assistant Hannah Lewis has a project contract that ends on 30 April. She leaves then. Her research data have to be moved to the group's drive before she goes.",
  L("Hannah Lewis", D(2027, 4, 30)))
m("nl", "Goeiedag, vanaf 1 februari vervoegt Stijn Maes onze vestiging in Roeselare als vertegenwoordiger voor de tuinders. Gelieve zijn laptop te voorzien. Mvg, An",
  J("Stijn Maes", D(2027, 2, 1), AM))
m("nl", "Een kasmedewerker, Sem Koenders, is vanochtend ontslagen omdat hij zaad mee naar huis nam. Alle toegang graag vandaag nog intrekken.",
  L("Sem Koenders", NOW))
m("en", "As of 1 March, greenhouse manager Peter Hu becomes our facilities coordinator for the whole site. He keeps his greenhouse tasks until a new manager is found, but needs the master key and the alarm codes.",
  MV("Peter Hu", D(2027, 3, 1), FC, None))
m("nl", "Over twee weken begint Lotte Groeneveld als medewerker zaadtechnologie. Ze komt net van school en heeft nog geen eigen laptop.",
  J("Lotte Groeneveld", P(14)))
m("nl", "Sven Nilsson, onze Zweedse veredelaar sla, verhuist terug naar Zweden. Zijn laatste werkdag is vrijdag 12 februari.",
  L("Sven Nilsson", ON("friday", D(2027, 2, 12))))
m("nl", "vorige week maandag is Kim Vos al begonnen op het lab, maar ze heeft nog geen toegang tot het LIMS. Sorry voor de late melding.",
  J("Kim Vos", LW("monday")), past=True)
m("en", "Our plant pathologist Dr. Ingrid Svensson retires. Her last day is Friday, the 29th of January.",
  L("Ingrid Svensson", ON("friday", D(2027, 1, 29))))
m("nl", "Geen actie nodig, maar ter info: Ramon Dekker komt 1 februari terug van zijn sabbatical.",
  none=True)
m("nl", "Teler Huub Janssen gaat per 4 januari van onze proeftuin in Naaldwijk naar die in Enkhuizen, zelfde werk.",
  MV("Huub Janssen", D(2027, 1, 4), None, None))
m("en", "Good day Sir/Ma,\nThis is to notify you that Mrs. Ngozi Okafor shall be resuming duty as Lab Technician on Monday 15th February, 2027.\nThank you.",
  J("Ngozi Okafor", ON("monday", D(2027, 2, 15))))
m("nl", "Accountmanager Frank Hoogeveen gaat met vervroegd pensioen, per 1 juli. Zijn laatste werkdag is woensdag 30 juni.",
  L("Frank Hoogeveen", ON("wednesday", D(2027, 6, 30)), AM))
m("en", "fyi intern max bloem leaves friday, internship done",
  L("Max Bloem", WD("friday")))
m("nl", "Per a.s. maandag begint Evi Verheul als teamleider kas 3. Ze neemt het over van Hans, die naar de veredeling gaat.",
  J("Evi Verheul", WD("monday")))
m("en", "End of season: pollination temps Aga Wrona, Lukas Berg and Tereza Dvořáková leave on Friday 18 December.",
  L("Aga Wrona", ON("friday", D(2026, 12, 18))), L("Lukas Berg", D(2026, 12, 18)), L("Tereza Dvořáková", D(2026, 12, 18)))
m("nl", "Per 1 februari gaat vertegenwoordiger Wim Reijnders naar de afdeling productmanagement. Zijn vaste klanten in het Westland worden overgenomen door Stijn.",
  MV("Wim Reijnders", D(2027, 2, 1), None, AM))
m("nl", "Morgen begint Anand Patel als data-analist bij de veredeling. Kan iemand hem wegwijs maken in de kas?",
  J("Anand Patel", P(1)))
m("en", "Two lab technicians start on 4 January: Chiara Russo and Ben Adler. They'll share a workbench in the molecular lab, so one extra key to the lab is enough.",
  J("Chiara Russo", D(2027, 1, 4)), J("Ben Adler", D(2027, 1, 4)))
# A car-wash chain
m("nl", "Beste collega's,\n\nPer zaterdag 9 januari 2027 start Mehmet Yılmaz als vestigingsleider van onze wasstraat in Veenendaal.\n\nMet vriendelijke groet,\nRonald Verbeek\nOperationeel directeur",
  J("Mehmet Yılmaz", ON("saturday", D(2027, 1, 9))))
m("en", "new guy at the wash in zeist: tyler brooks, starts sat 12 dec, weekends only",
  J("Tyler Brooks", ON("saturday", D(2026, 12, 12))))
m("nl", "wasmedewerker rick bosman stopt vrijdag 18 dec",
  L("Rick Bosman", ON("friday", D(2026, 12, 18))))
m("nl", "Krijgen de scholieren die op zaterdag bij de wasstraat helpen ook een account voor de kassa, of gebruiken ze de code van de vestigingsleider?",
  none=True)
m("en", "Wash attendant Jordan Price becomes assistant site manager in Houten from 1 February. She'll need access to the staff planning for the Houten site.",
  MV("Jordan Price", D(2027, 2, 1), None, None))
m("nl", "Voor de leasemaatschappijen en wagenparkbeheerders hebben we een accountmanager aangenomen: Koen Dirksen, start 1 maart.",
  J("Koen Dirksen", D(2027, 3, 1), AM))
m("en", "Our technician Eddie Franks died suddenly yesterday. The team in Amersfoort is shocked.",
  L("Eddie Franks", P(-1)), past=True)
m("nl", "Onze app voor wasabonnementen krijgt een eigen programmeur: Sara Vermaat, per 4 januari. Ze werkt vanuit huis in Groningen en komt eens per week naar kantoor.",
  J("Sara Vermaat", D(2027, 1, 4), SE))
m("en", "Hello, Mateusz Lewandowski is starting by us in the car wash Utrecht from 21.12.2026. He need the working clothes size L. Regards, Kasia",
  J("Mateusz Lewandowski", D(2026, 12, 21)))
m("nl", "Wasmedewerker Dylan Vos is gisteren ontslagen, hij had geld uit de kassa gehaald. Graag zijn kassacode blokkeren.",
  L("Dylan Vos", P(-1)), past=True)
m("nl", "Nieuwe medewerkers voor de wasstraat in Ede: Jesse Mol begint op 4 januari, Ravi Doerga op 11 januari.",
  J("Jesse Mol", D(2027, 1, 4)), J("Ravi Doerga", D(2027, 1, 11)))
m("en", "Can you set up a facility coordinator account for Brenda Olsen? She starts on 18 January and looks after the buildings of all 14 sites.",
  J("Brenda Olsen", D(2027, 1, 18), FC))
m("nl", "Vestigingsleider Achmed el Idrissi gaat per 1 februari van Zeist naar Nieuwegein, hij blijft vestigingsleider.",
  MV("Achmed el Idrissi", D(2027, 2, 1), None, None))
m("en", "Site manager Craig Dunn leaves the company, his last day is next Friday. His keys for the Zeist site go to his deputy.",
  L("Craig Dunn", WD("friday")))
m("nl", "Dag, Kobe Lambrechts vervoegt vanaf maandag 11 januari onze carwash in Hasselt als technieker. Gelieve zijn badge te voorzien. Mvg, Sien",
  J("Kobe Lambrechts", ON("monday", D(2027, 1, 11))))
m("nl", "Ryan Mulder (wasstraat Houten) heeft zijn contract opgezegd en stopt op 8 januari. Hij heeft nog een jas, een pas en de sleutel van de technische ruimte.",
  L("Ryan Mulder", D(2027, 1, 8)))
m("nl", "Monteur Theo Brink stopt eind februari. Laatste werkdag donderdag 25 februari, daarna neemt hij nog vrij.",
  L("Theo Brink", ON("thursday", D(2027, 2, 25))))
m("en", "Correction: Stacey Hughes leaves on 15 January, not 31 January. She asked to go earlier.",
  L("Stacey Hughes", D(2027, 1, 15)))
m("nl", "Over zes weken opent onze nieuwe wasstraat in Woerden; Fleur Bakx wordt daar vestigingsleider en begint dan ook.",
  J("Fleur Bakx", P(42)))
m("nl", "Het contract van zaterdaghulp Yasin Öztürk loopt op 2 januari af, hij gaat verder met zijn studie.",
  L("Yasin Öztürk", D(2027, 1, 2)))
m("en", "Hello, from the 01.04.2027 Mr. Dominik Lang is working by you as technical manager for the car wash machines. Best regards, Herbert",
  J("Dominik Lang", D(2027, 4, 1)))
m("nl", "Facilitair medewerker Bianca Koster wordt per 1 maart accountmanager zakelijke klanten. Ze draagt de onderhoudsplanning van de wasstraten over aan haar collega's.",
  MV("Bianca Koster", D(2027, 3, 1), AM, FC))
m("en", "Please ignore the request for a second technician in Houten, we closed the vacancy.",
  none=True)
m("nl", "morgen begint lucas van rijn bij de wasstraat in veenendaal, eerste dienst om 8 uur",
  J("Lucas van Rijn", P(1)))
m("en", "Bill Hartman, our longest-serving washer, retires on 31 March after 25 years. His farewell party will be at the Amersfoort site, date to follow.",
  L("Bill Hartman", D(2027, 3, 31)))
m("nl", "Op de vestiging Houten vertrekt Mandy Gerritsen op 31 januari; haar opvolger Bart Wijnen begint op maandag 1 februari.",
  L("Mandy Gerritsen", D(2027, 1, 31)), J("Bart Wijnen", ON("monday", D(2027, 2, 1))))
m("en", "New starter: Priya Sharma, customer service (subscriptions), starting 1/2. She's a former customer who applied through our website.",
  J("Priya Sharma", D(2027, 2, 1)))
m("nl", "Vandaag is de laatste werkdag van Sjoerd Postma, hij gaat bij een autogarage werken.",
  L("Sjoerd Postma", NOW))
# A chain of telephone shops
m("nl", "Beste HR,\n\nWij verwelkomen per vrijdag 1 januari 2027 Shirley Tjon-A-Fat als storemanager van onze winkel in de Kalverstraat.\n\nGroet,\nDennis\nRegiomanager Noord",
  J("Shirley Tjon-A-Fat", ON("friday", D(2027, 1, 1))))
m("en", "new sales guy for the utrecht store: niels brandt, starts tue 15 dec",
  J("Niels Brandt", ON("tuesday", D(2026, 12, 15)), AM))
m("nl", "Verkoopster Demi Kuijpers stopt per 1 februari, ze gaat fulltime studeren. Haar kassacode en de sleutel van de winkel in Breda moeten dan ingeleverd worden.",
  L("Demi Kuijpers", D(2027, 2, 1), AM))
m("en", "Do the students who help out on Saturdays during the iPhone launch need accounts in the till system?",
  none=True)
m("nl", "Verkoper Jamal Haddou wordt per 1 maart storemanager in Leiden. Hij blijft tot die tijd in de winkel in Den Haag staan.",
  MV("Jamal Haddou", D(2027, 3, 1), None, AM))
m("en", "Our new repair technician Oscar Lindgren (screens and batteries, not software) starts Monday 4 January.",
  J("Oscar Lindgren", ON("monday", D(2027, 1, 4))))
m("nl", "Heel verdrietig: onze collega Patricia Sewdien van de winkel in Almere is zondag overleden. Ze werkte hier sinds de winkel opende. De collega's in Almere worden opgevangen door de regiomanager.",
  L("Patricia Sewdien", P(-4)), past=True)
m("en", "Dear Sir/Madam,\nThis is to inform you that Mr. Vikas Gupta, Retail Sales Executive, will be joining our Rotterdam store on 11th January 2027. Kindly arrange his login.\nRegards,\nNeha",
  J("Vikas Gupta", D(2027, 1, 11), AM))
m("nl", "medewerker winkel den bosch, kevin hoek, vanmiddag op staande voet ontslagen",
  L("Kevin Hoek", NOW))
m("nl", "Voor de decemberdrukte twee extra verkopers in Den Haag: Lisa Ramdin en Tom Vermeulen, beginnen zaterdag 5 december.",
  J("Lisa Ramdin", ON("saturday", D(2026, 12, 5)), AM), J("Tom Vermeulen", D(2026, 12, 5), AM))
m("en", "We hired Grace Adeyemi as account manager for business customers. First day: Monday 1 February.",
  J("Grace Adeyemi", ON("monday", D(2027, 2, 1)), AM))
m("nl", "Onze facilitair coördinator Erik Stam vertrekt per 1 april, hij gaat naar een ziekenhuis.",
  L("Erik Stam", D(2027, 4, 1), FC))
m("nl", "Shanti Ramlal komt per 4 januari terug als verkoopster, ze werkte hier eerder en heeft opnieuw getekend.",
  J("Shanti Ramlal", D(2027, 1, 4), AM))
m("nl", "Dag allemaal, vanaf 18 januari vervoegt Lotte Verhaegen onze winkel in Gent als verkoopster. Gelieve haar kassacode aan te maken. Mvg, Wim",
  J("Lotte Verhaegen", D(2027, 1, 18), AM))
m("en", "Jonas Weber joins the e-commerce team as a developer on the 1st of March. He comes from a bank and will work mostly on the checkout of the webshop.",
  J("Jonas Weber", D(2027, 3, 1), SE))
m("nl", "Mustafa Ouali heeft ontslag genomen, zijn laatste werkdag is volgende week vrijdag. Hij gaat naar een winkel van een andere provider in het centrum.",
  L("Mustafa Ouali", NW("friday")))
m("en", "Store manager Claire Watts swaps Amersfoort for Hilversum on 4 January, same role. Her Amersfoort keys go to the new manager there.",
  MV("Claire Watts", D(2027, 1, 4), None, None))
m("nl", "De contracten van Daan Verbeek en Nikki Smit (verkopers, tijdelijk) lopen af op 31 december. Ze stoppen dan allebei.",
  L("Daan Verbeek", D(2026, 12, 31), AM), L("Nikki Smit", D(2026, 12, 31), AM))
m("en", "Hello, my colleague Hakan Demirtaş has found another job and is leaving at 15.01.2027 from our Zaandam shop. Thank you, Cem",
  L("Hakan Demirtaş", D(2027, 1, 15)))
m("nl", "De start van Robin Haak als storemanager is uitgesteld, er is nog geen nieuwe datum. Graag alles even on hold zetten.",
  none=True)
m("nl", "Niet op 4 januari maar op maandag 11 januari begint Esther Huizinga in de winkel in Zwolle.",
  J("Esther Huizinga", ON("monday", D(2027, 1, 11))))
m("en", "Regional trainer Megan Hill leaves in three weeks, she's emigrating to Australia. Her training laptop can be wiped after she's gone.",
  L("Megan Hill", P(21)))
m("nl", "Verkoper Ricky Doornbos gaat per 1 februari de facilitaire dienst doen voor alle winkels.",
  MV("Ricky Doornbos", D(2027, 2, 1), FC, AM))
m("en", "Please create accounts for Isabel Cruz, customer support agent, starting Monday 25 January.",
  J("Isabel Cruz", ON("monday", D(2027, 1, 25))))
m("nl", "laatste dag van sem de boer is morgen, hij gaat naar een concurrent",
  L("Sem de Boer", P(1)))
m("en", "Tom Kelly left last Friday without notice and is not coming back. Please close his accounts.",
  L("Tom Kelly", P(-6)), past=True)
m("nl", "Per 1-2 begint Noa Brouwers als medewerker klantenservice. Ze werkt vanuit huis en heeft een headset en een laptop nodig.",
  J("Noa Brouwers", D(2027, 2, 1)))
m("nl", "Klantenservicemedewerker Dewi Sastro wordt per 1 januari teamleider van de klantenservice.",
  MV("Dewi Sastro", D(2027, 1, 1), None, None))
m("en", "Good news, Leon Fischer withdrew his resignation and stays with us. Please don't close anything.",
  none=True)

# ---- end of messages ----


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
        where = "x%03d" % i
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
            out.write(json.dumps({"id": "x%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-26.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
