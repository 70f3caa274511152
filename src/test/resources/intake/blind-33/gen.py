"""Blind-33: managers' announcements written by hand, one at a time (8 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-32's gen.py, itself copied from blind-31's) only turn the date a reader means into
a calendar date counted from TODAY (Thursday 2026-12-03). Run: python3 gen.py
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


# --- Part 1 (ac001-ac150) ---------------------------------------------------------------------

# A film-dubbing and subtitling studio (Hilversum, with a studio in Mechelen)
m("nl", "Goedemiddag,\n\nVanaf woensdag 13 januari 2027 start Floor Kapteijns bij ons als regisseur nasynchronisatie. Zij gaat vooral de kinderseries doen. Willen jullie een laptop en toegang tot de studio-agenda regelen?\n\nMet vriendelijke groet,\nPetra Lindhout\nHoofd Productie",
  J("Floor Kapteijns", ON("wednesday", D(2027, 1, 13))))
m("en", "new booth tech starting sat 19 dec: tomás ferreira-lund. he'll do the weekend sessions w/ the kids cast, needs badge + wifi pls 🎙️",
  J("Tomás Ferreira-Lund", ON("saturday", D(2026, 12, 19))))
m("nl", "Onze ondertitelaar Gijsbert Mostaert gaat met pensioen. Zijn laatste werkdag is vrijdag 29 januari; per 1 februari is hij uit dienst.",
  L("Gijsbert Mostaert", ON("friday", D(2027, 1, 29))))
m("nl", "Vraagje: moeten freelance stemacteurs die een dag komen inspreken ook een account krijgen, of alleen een gastbadge?",
  none=True)
m("nl", "Per 1 maart stapt Yasmina Belkadi over van de receptie naar de verkoop: ze wordt accountmanager voor de streamingdiensten.",
  MV("Yasmina Belkadi", D(2027, 3, 1), AM, None))
m("en", "Hi team, Raúl Ibarrola joins us on Monday 18 January 2027 as a developer on our subtitle-timing tool. He'll work from Mechelen two days a week. Cheers, Sanne",
  J("Raúl Ibarrola", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Met verdriet laten we weten dat onze geluidstechnicus Bertus Rozendom afgelopen zondag plotseling is overleden. Willen jullie zijn accounts pas na de uitvaart sluiten?",
  L("Bertus Rozendom", P(-4)), past=True)
m("en", "Good morning, I inform you that Mrs. Chiara Bonfanti will start by us the 1 February 2027 like dubbing director for the italian versions. She need a laptop with the Pro Tools. Best regards",
  J("Chiara Bonfanti", D(2027, 2, 1)))
m("nl", "ff melden: wim oosterlee is vanochtend op staande voet ontslagen (opnames gelekt). alles graag vandaag nog dicht",
  L("Wim Oosterlee", NOW))
m("nl", "Nieuwe ondertitelaars:\n- Lotte Kraaijvanger, start 4 januari\n- Ricardo Figueiredo Antunes, start 11 januari\nBeiden werken thuis, laptop graag per post.",
  J("Lotte Kraaijvanger", D(2027, 1, 4)), J("Ricardo Figueiredo Antunes", D(2027, 1, 11)))
m("en", "FYI: our facilities coordinator Dorien Klappe moves to the new Mechelen studio from 1 February, same job there.",
  MV("Dorien Klappe", D(2027, 2, 1), FC, FC))
m("nl", "Dag Annelies, vanaf maandag 8 februari komt Jens Vandewalle ons versterken als mixer in studio 3. Gelieve zijn badge en mailadres tijdig te voorzien. Mvg, Koen",
  J("Jens Vandewalle", ON("monday", D(2027, 2, 8))))
m("en", "Our new sales rep, Imogen Pryce-Whitley, starts in five weeks. She'll look after the game publishers.",
  J("Imogen Pryce-Whitley", P(35), AM))
m("nl", "correctie: Hanneke Scholtmeijer begint niet op 4 januari maar pas op maandag 18 januari, ze moet nog een project afmaken bij haar oude werkgever",
  J("Hanneke Scholtmeijer", ON("monday", D(2027, 1, 18))))
m("nl", "Mirthe gaat vanaf 1 februari met zwangerschapsverlof, tot half mei. Niks blokkeren graag, ze blijft gewoon in dienst.",
  none=True)
m("en", "Dear service desk,\n\nPlease be informed that the employment of Mr. Stanislav Hrubý as translator ends on 31 January 2027 by mutual agreement.\n\nKind regards,\nHR",
  L("Stanislav Hrubý", D(2027, 1, 31)))
m("en", "Dear Sir, This is to inform that Ms. Deepika Thirumalai, Subtitle QC Executive, has resigned and her last working day will be 15th January 2027. Kindly arrange the exit formalities.",
  L("Deepika Thirumalai", D(2027, 1, 15)))
m("nl", "Teamleider ondertiteling Ester Slotboom vertrekt; haar laatste werkdag is woensdag 23 december. Vanaf maandag 4 januari neemt Kemal Yazıcıoğlu, die nu nog bij een omroep werkt, het team over.",
  L("Ester Slotboom", ON("wednesday", D(2026, 12, 23))), J("Kemal Yazıcıoğlu", ON("monday", D(2027, 1, 4))))
m("nl", "stagiair sound design begint volgende week woensdag: milan pereboom. mag hij een account op de render-pc?",
  J("Milan Pereboom", NW("wednesday")))
m("nl", "De vacature voor een tweede ondertitelaar Arabisch trekken we in, het budget is er niet. Er hoeft dus niks klaargezet te worden.",
  none=True)
m("en", "From Monday 1 March, Oskar Hägglund stops as booth operator and becomes developer in the tools team.",
  MV("Oskar Hägglund", ON("monday", D(2027, 3, 1)), SE, None))
m("nl", "Onze planner Sabine Zuidgeest vertrekt over vier weken naar een omroep.",
  L("Sabine Zuidgeest", P(28)))
m("en", "Two translators are leaving us: Aoife Mulqueen on 18 December and Matthias Grünewald on 8 January. Those are their last days.",
  L("Aoife Mulqueen", D(2026, 12, 18)), L("Matthias Grünewald", D(2027, 1, 8)))
m("nl", "Ze is al sinds dinsdag bij ons aan het werk, maar nog zonder account: Noa Blankevoort, junior ondertitelaar.",
  J("Noa Blankevoort", P(-2)), past=True)
m("en", "New starter\nName: Callum Ferriday\nRole: Dialogue editor\nStart: 2027-02-15\nLocation: Hilversum",
  J("Callum Ferriday", D(2027, 2, 15)))
m("nl", "Per 15 februari begint Marloes Heuvingh als accountmanager voor de gamestudio's.",
  J("Marloes Heuvingh", D(2027, 2, 15), AM))
m("en", "quick q: our retired voice coach still comes in twice a year for workshops, does she need her old login back?",
  none=True)
m("nl", "De enige programmeur van onze ondertitelsoftware, Jelmer Staphorsius, stopt. Laatste werkdag: dinsdag 16 februari.",
  L("Jelmer Staphorsius", ON("tuesday", D(2027, 2, 16)), SE))
m("en", "Tomorrow Priya Venugopal starts as project coordinator for the Hindi dubs.",
  J("Priya Venugopal", P(1)))
m("nl", "morgen is de laatste dag van reinier hoogterp bij ons, hij gaat terug naar het theater",
  L("Reinier Hoogterp", P(1)))

# A cable-car operator (a chairlift in Valkenburg, two gondolas on the Hochalm in Tyrol)
m("nl", "Beste collega's,\n\nOp maandag 14 december 2026 begint Sjors Ubachs als liftbediende bij de stoeltjeslift in Valkenburg. Hij werkt de kerstperiode en daarna in de weekenden.\n\nGroet,\nMarieke Lardinois\nBedrijfsleider",
  J("Sjors Ubachs", ON("monday", D(2026, 12, 14))))
m("en", "hey, new lift attendant for the hochalm gondola: lukas pfurtscheller, first shift fri 18 dec ⛷️ needs the radio app + a locker",
  J("Lukas Pfurtscheller", ON("friday", D(2026, 12, 18))))
m("nl", "Onze kabelbaantechnicus Huub Dassen gaat na 31 jaar met pensioen. Hij werkt nog tot en met donderdag 25 maart.",
  L("Huub Dassen", ON("thursday", D(2027, 3, 25))))
m("nl", "Krijgen de seizoenskrachten in Oostenrijk eigenlijk een Nederlands account, of regelt de Gesellschaft daar dat zelf?",
  none=True)
m("en", "As of 1 February Veronika Strobl leaves the ticket office and becomes our account manager for ski clubs and schools.",
  MV("Veronika Strobl", D(2027, 2, 1), AM, None))
m("nl", "Woensdag 6 januari 2027 start Thijmen Kooiker als ontwikkelaar van onze ticket-app.",
  J("Thijmen Kooiker", ON("wednesday", D(2027, 1, 6)), SE))
m("en", "Sad news from the Hochalm: our snowcat driver Florian Gstrein died in an accident on Tuesday night. Please do not delete his mailbox yet.",
  L("Florian Gstrein", P(-2)), past=True)
m("en", "Hello together, at 11.01.2027 Mr. Matthias Pittracher begins as mechatronic technician at the Hochalm lift. He don't need a laptop, only the tablet for the checklists. Best greetings",
  J("Matthias Pittracher", D(2027, 1, 11)))
m("nl", "gisteren hebben we bart schrijnemaekers moeten ontslaan, dronken op de lift. per direct alles dicht pls",
  L("Bart Schrijnemaekers", P(-1)), past=True)
m("nl", "Voor het kerstseizoen in Valkenburg:\n1. Femke Didden – kassa, vanaf zaterdag 19 december\n2. Joep Paffen – liftbediende, vanaf maandag 21 december",
  J("Femke Didden", ON("saturday", D(2026, 12, 19))), J("Joep Paffen", ON("monday", D(2026, 12, 21))))
m("en", "Our new facilities coordinator, Hendrik Ackermann, starts on the 4th of January.",
  J("Hendrik Ackermann", D(2027, 1, 4), FC))
m("nl", "Dag Ruben, vanaf dinsdag 2 februari komt Lien Vanhoutteghem bij ons aan de kassa van het dalstation. Gelieve haar account tijdig aan te maken. Mvg, Sofie",
  J("Lien Vanhoutteghem", ON("tuesday", D(2027, 2, 2))))
m("en", "Kasper Nørregaard joins in two weeks as sales rep for the Scandinavian tour operators.",
  J("Kasper Nørregaard", P(14), AM))
m("nl", "kleine wijziging: Gerben Ruitenbeek-Olde begint niet op 7 december maar op maandag 14 december, hij moet eerst zijn liftcursus afronden",
  J("Gerben Ruitenbeek-Olde", ON("monday", D(2026, 12, 14))))
m("nl", "Pascal ligt met een gebroken enkel thuis, zeker zes weken. Hij blijft in dienst, dus niks afsluiten.",
  none=True)
m("en", "FYI, see below.\n\nFrom: HR Hochalm\nSent: Wednesday, 2 December 2026 16:40\n\nThe seasonal contract of Mrs. Theresa Klotz ends on 11 April 2027, at the end of the winter season.",
  L("Theresa Klotz", D(2027, 4, 11)))
m("en", "Hello, I write that Mr. Piotr Zawadzki is starting by us as lift technician from 04.01.2027. He will work in Austria the first month.",
  J("Piotr Zawadzki", D(2027, 1, 4)))
m("nl", "Bedrijfsleider Valkenburg Guido Pluijmaekers stopt per 1 maart. Zijn opvolger Nathalie Muijtjens begint op maandag 15 februari, zodat ze twee weken kunnen overdragen.",
  L("Guido Pluijmaekers", D(2027, 3, 1)), J("Nathalie Muijtjens", ON("monday", D(2027, 2, 15))))
m("nl", "volgende week vrijdag laatste dag van jacco wijnholds, hij gaat naar de efteling",
  L("Jacco Wijnholds", NW("friday")))
m("en", "Does the ski instructor who rents our hut need a company email? He's not on our payroll.",
  none=True)
m("nl", "Vanaf maandag 4 januari wordt Ingrid Pelzer, nu kassamedewerker, facilitair medewerker voor beide stations.",
  MV("Ingrid Pelzer", ON("monday", D(2027, 1, 4)), FC, None))
m("nl", "Liftbediende Mehmet Kılınçarslan vertrekt over drie weken, hij gaat terug naar Turkije.",
  L("Mehmet Kılınçarslan", P(21)))
m("en", "We let go of our ticket office assistant Jade Ekwueme last week Friday. Sorry for the late notice.",
  L("Jade Ekwueme", LW("friday")), past=True)
m("nl", "Uitdienstmelding\nNaam: Ramon Meessen\nFunctie: liftbediende\nLaatste werkdag: 2027-01-10",
  L("Ramon Meessen", D(2027, 1, 10)))
m("en", "From January Lenie works only on weekends (Sat/Sun), she asked for fewer days. No changes to accounts needed.",
  none=True)
m("nl", "Aanstaande maandag begint Wout Houben als monteur in de werkplaats.",
  J("Wout Houben", WD("monday")))
m("en", "Stefanie Hörtnagl's last day at the Hochalm valley station is Sunday 17 January.",
  L("Stefanie Hörtnagl", ON("sunday", D(2027, 1, 17))))
m("nl", "Per 1 januari gaat liftmonteur Dion Thewissen voor drie maanden naar de gondel in Oostenrijk, zelfde werk.",
  MV("Dion Thewissen", D(2027, 1, 1), None, None))
m("en", "Winter crew Hochalm, all starting Saturday 19 December:\n- Jakob Haselwanter\n- Ilse Neururer\n- Tobias Kathrein",
  J("Jakob Haselwanter", ON("saturday", D(2026, 12, 19))), J("Ilse Neururer", D(2026, 12, 19)),
  J("Tobias Kathrein", D(2026, 12, 19)))
m("nl", "morgen begint anouk ploumen bij de kassa, ze heeft nog geen inlog",
  J("Anouk Ploumen", P(1)))

# A flax-processing company (scutching mill in Wervik, a plant in Zeeuws-Vlaanderen)
m("nl", "Goeiemiddag,\n\nPer maandag 11 januari 2027 treedt Jorn Vanneuville bij ons in dienst als zwingelaar op de zwingellijn in Wervik.\n\nMet vriendelijke groeten,\nAn Debaillie\nPersoneelsdienst",
  J("Jorn Vanneuville", ON("monday", D(2027, 1, 11))))
m("en", "new guy on the scutching line: dawid kalinowski, starts tue 5 jan. polish, speaks english, needs the safety app",
  J("Dawid Kalinowski", ON("tuesday", D(2027, 1, 5))))
m("nl", "Onze ploegbaas Marnix Debruyne gaat op pensioen. Laatste werkdag is vrijdag 26 februari.",
  L("Marnix Debruyne", ON("friday", D(2027, 2, 26))))
m("nl", "Moeten de loonwerkers die het vlas komen trekken een badge krijgen voor de poort?",
  none=True)
m("nl", "Vanaf 1 april wordt Katrien Ghesquière, nu in de kwaliteitscontrole, vertegenwoordiger voor de spinnerijen in Italië.",
  MV("Katrien Ghesquière", D(2027, 4, 1), AM, None))
m("en", "Emre Doğanay starts as developer for our bale-tracking system on Thursday 7 January 2027.",
  J("Emre Doğanay", ON("thursday", D(2027, 1, 7)), SE))
m("nl", "Gisteravond is onze heftruckchauffeur Rik Callewaert overleden. Hij werkte hier 22 jaar.",
  L("Rik Callewaert", P(-1)), past=True)
m("en", "Bonjour, I inform you that Mr. Mathieu Lefebvre-Ryckaert will start by us the 15 February 2027 as fibre quality engineer (textile, no software). Cordialement, Camille",
  J("Mathieu Lefebvre-Ryckaert", D(2027, 2, 15)))
m("nl", "dag iedereen, vanmiddag is stijn demeulemeester ontslagen, hij heeft een machine gesaboteerd. per direct alles afsluiten aub",
  L("Stijn Demeulemeester", NOW))
m("nl", "Nieuwe seizoenskrachten repelen:\n- Ewa Sobczak (start 7 december)\n- Tomasz Jabłoński (start 14 december)",
  J("Ewa Sobczak", D(2026, 12, 7)), J("Tomasz Jabłoński", D(2026, 12, 14)))
m("en", "Our facility coordinator Geert Vanlerberghe will also take care of the Zeeland plant from 1 March, same role.",
  MV("Geert Vanlerberghe", D(2027, 3, 1), FC, FC))
m("nl", "Beste Els, vanaf maandag 22 februari begint Ruben Vandenabeele als onderhoudstechnieker in Wervik. Gelieve zijn account te voorzien. Mvg, Dirk",
  J("Ruben Vandenabeele", ON("monday", D(2027, 2, 22))))
m("en", "Our new account manager for the linen weavers, Hélène Dufossez, starts in six weeks.",
  J("Hélène Dufossez", P(42), AM))
m("nl", "Wijziging: Lieselot Rommelaere stopt niet op 31 januari, maar werkt door tot en met vrijdag 26 maart.",
  L("Lieselot Rommelaere", ON("friday", D(2027, 3, 26))))
m("nl", "Wannes is vanaf maandag voor onbepaalde tijd ziek thuis (rugoperatie). Accounts mogen blijven.",
  none=True)
m("en", "Dear colleagues,\n\nThe temporary contract of Mr. Kristof Vanwalleghem will not be renewed and ends on 28 February 2027.\n\nSincerely,\nHR Department",
  L("Kristof Vanwalleghem", D(2027, 2, 28)))
m("en", "Hello, Mr. Ionuț Bălănescu is finish his work by us at 18.12.2026, he goes back to Romania. Thank you",
  L("Ionuț Bălănescu", D(2026, 12, 18)))
m("nl", "Labo-verantwoordelijke Griet Vanhaecke vertrekt per 1 februari. Haar taken gaan naar Bram Tuytens, die op 18 januari bij ons begint.",
  L("Griet Vanhaecke", D(2027, 2, 1)), J("Bram Tuytens", D(2027, 1, 18)))
m("nl", "volgende week maandag start joke vanspauwen als vertegenwoordiger voor frankrijk",
  J("Joke Vanspauwen", NW("monday"), AM))
m("en", "Update: Nele has withdrawn her resignation, she stays with us. Please ignore the leaver form from last week.",
  none=True)
m("nl", "Sander Vandekerckhove schuift op 1 februari door van operator naar ploegbaas van de nachtploeg.",
  MV("Sander Vandekerckhove", D(2027, 2, 1), None, None))
m("en", "We dismissed forklift driver Jef Bostoen on Monday for repeated no-shows.",
  L("Jef Bostoen", P(-3)), past=True)
m("nl", "Onze programmeur Tijs Decoene vertrekt per 1/2.",
  L("Tijs Decoene", D(2027, 2, 1), SE))
m("en", "Please add to the system:\n1) Agata Wróblewska – packer – from Monday 11 January\n2) Viktor Halász – packer – from Monday 18 January",
  J("Agata Wróblewska", ON("monday", D(2027, 1, 11))), J("Viktor Halász", ON("monday", D(2027, 1, 18))))
m("nl", "In week 2 beginnen er twee mensen op de zwingellijn: Hannes Coussement op maandag en Brecht Verhelst op woensdag.",
  J("Hannes Coussement", WK(2, "monday")), J("Brecht Verhelst", WK(2, "wednesday")))
m("en", "Flax buyer Pieter-Jan Ghekiere moves from our Zeeland office to Wervik from 1 January, same job.",
  MV("Pieter-Jan Ghekiere", D(2027, 1, 1), None, None))
m("nl", "Sinds vorige week woensdag werkt Loes Verstringe bij ons op de administratie; kan ze nog een account krijgen?",
  J("Loes Verstringe", LW("wednesday")), past=True)
m("en", "Tomorrow is Bjorn Degryse's last shift on the scutching line.",
  L("Bjorn Degryse", P(1)))
m("nl", "Over twee weken begint Ilse Boucquey als facilitair medewerker.",
  J("Ilse Boucquey", P(14), FC))
m("en", "Starting Monday the 1st of March Wouter Vanhoorne joins as export sales rep.",
  J("Wouter Vanhoorne", ON("monday", D(2027, 3, 1)), AM))

# A road-maintenance contractor with a winter gritting service
m("nl", "Hallo allemaal,\n\nOp donderdag 7 januari 2027 begint Derk Koopmanschap bij ons als machinist op de asfaltploeg.\n\nGroeten,\nMartin Schuttelaar\nUitvoerder",
  J("Derk Koopmanschap", ON("thursday", D(2027, 1, 7))))
m("en", "new gritter driver for the night roster: kenny obuya, first shift sun 27 dec ❄️ needs the route app",
  J("Kenny Obuya", ON("sunday", D(2026, 12, 27))))
m("nl", "Strooiwagenchauffeur Gerrit Esselink gaat per 1 april met pensioen. Laatste werkdag woensdag 31 maart.",
  L("Gerrit Esselink", ON("wednesday", D(2027, 3, 31))))
m("nl", "Vraag: de zzp'ers die 's nachts voor ons strooien, krijgen die toegang tot de planningsapp?",
  none=True)
m("nl", "Per 1 februari wordt werkvoorbereider Maarten Snippe onze vertegenwoordiger richting gemeenten.",
  MV("Maarten Snippe", D(2027, 2, 1), AM, None))
m("en", "Asha Padmanabhan joins on Tuesday 19 January 2027 as software engineer for the gritting-route planner.",
  J("Asha Padmanabhan", ON("tuesday", D(2027, 1, 19)), SE))
m("nl", "Onze wegwerker Harm Grevink is maandag bij een ongeval op de A28 om het leven gekomen.",
  L("Harm Grevink", P(-3)), past=True)
m("en", "Hello, Mr. Serkan Altıntaş will start at Monday 11 January like asphalt worker. He has his own safety shoes. Thanks",
  J("Serkan Altıntaş", ON("monday", D(2027, 1, 11))))
m("nl", "vandaag ontslag op staande voet voor dennis oortwijn, rijden onder invloed met de strooiwagen. pasje + alles graag dicht",
  L("Dennis Oortwijn", NOW))
m("nl", "Twee nieuwe verkeersregelaars:\n• Kimberly Kotterink vanaf 4 januari\n• Samir El Bouazzati vanaf 18 januari",
  J("Kimberly Kotterink", D(2027, 1, 4)), J("Samir El Bouazzati", D(2027, 1, 18)))
m("en", "Frank Wiechers, our facilities coordinator, leaves on 29 January. That's his last day.",
  L("Frank Wiechers", D(2027, 1, 29), FC))
m("nl", "Dag Wim, vanaf donderdag 4 februari komt Toon Verschoore bij ons als calculator. Gelieve zijn laptop te voorzien. Mvg, Hilde",
  J("Toon Verschoore", ON("thursday", D(2027, 2, 4))))
m("en", "Gemma Threlfall starts in seven weeks as account manager for the provinces.",
  J("Gemma Threlfall", P(49), AM))
m("nl", "Correctie op mijn bericht van gisteren: Wessel Timmerije begint niet op 4 januari maar een week later, op maandag 11 januari.",
  J("Wessel Timmerije", ON("monday", D(2027, 1, 11))))
m("nl", "Vanaf januari neemt Rutger elke vrijdag ouderschapsverlof. Hij blijft gewoon in dienst, niks aan te passen.",
  none=True)
m("en", "To whom it may concern,\n\nThe fixed-term contract of Ms. Yvonne Roetgerink, planner, expires on 31 March 2027 and will not be extended.\n\nRegards,\nP&O",
  L("Yvonne Roetgerink", D(2027, 3, 31)))
m("en", "Good day Sir, Engr. Chukwuemeka Anyanwu shall resume duty as Site Engineer (roads, not IT) on Monday, 1st February 2027. Thank you.",
  J("Chukwuemeka Anyanwu", ON("monday", D(2027, 2, 1))))
m("nl", "Uitvoerder Jan-Willem Bolscher stopt; laatste werkdag donderdag 17 december. Per maandag 4 januari neemt Bas Tienkamp zijn projecten over, hij komt over van een concurrent.",
  L("Jan-Willem Bolscher", ON("thursday", D(2026, 12, 17))), J("Bas Tienkamp", ON("monday", D(2027, 1, 4))))
m("nl", "stagiair wegenbouw die volgende week donderdag begint: thijs kampinga. mag ie een tablet",
  J("Thijs Kampinga", NW("thursday")))
m("en", "Is Ronald's account still active? He left the asphalt plant in October and I still see him in Teams.",
  none=True)
m("nl", "Vanaf maandag 8 maart stopt Eline Scheerder als ontwikkelaar en gaat ze de winterdienst plannen.",
  MV("Eline Scheerder", ON("monday", D(2027, 3, 8)), None, SE))
m("nl", "Machinist Arnold Brinkerink vertrekt over vijf weken naar een baggeraar.",
  L("Arnold Brinkerink", P(35)))
m("en", "Leaving in December: Kelvin Appiah-Kubi (last day 11 December) and Sophie Goethals-Maes (last day 22 December).",
  L("Kelvin Appiah-Kubi", D(2026, 12, 11)), L("Sophie Goethals-Maes", D(2026, 12, 22)))
m("nl", "Nieuwe strooier Henk Stoverink zit al sinds maandag op de wagen, maar heeft nog geen inlog op de boordcomputer.",
  J("Henk Stoverink", P(-3)), past=True)
m("en", "Leaver\nName: Patricia Okwuosa\nPosition: payroll clerk\nLast day: 2027-02-12",
  L("Patricia Okwuosa", D(2027, 2, 12)))
m("nl", "Per 15 maart komt Nienke Haisma ons team versterken als accountmanager waterschappen.",
  J("Nienke Haisma", D(2027, 3, 15), AM))
m("en", "Does the meteorologist we hire from a weather bureau each winter need a badge for the control room? He's not our employee.",
  none=True)
m("nl", "Onze programmeur Ruud Flierman heeft vrijdag 5 februari zijn laatste werkdag.",
  L("Ruud Flierman", ON("friday", D(2027, 2, 5)), SE))
m("en", "Gritter driver Ahmed Lahlali moves to our Zwolle depot from Monday 11 January; same job, different depot.",
  MV("Ahmed Lahlali", ON("monday", D(2027, 1, 11)), None, None))
m("nl", "Morgen begint Rianne Hoogenkamp als facilitair medewerker op de werf.",
  J("Rianne Hoogenkamp", P(1), FC))

# A skydiving centre (a dropzone with a jump plane, a hangar, a bunkhouse and a canteen)
m("nl", "Hoi allemaal,\n\nVanaf maandag 1 maart 2027 komt Sietse Hoeksma bij ons als tandeminstructeur. Hij springt al vijftien jaar.\n\nGroeten,\nLinda Brouwer\nDropzone-manager",
  J("Sietse Hoeksma", ON("monday", D(2027, 3, 1))))
m("en", "new packer for the weekends: yara okafor-janssen, starts sat 9 jan. needs a manifest login 🪂",
  J("Yara Okafor-Janssen", ON("saturday", D(2027, 1, 9))))
m("nl", "Onze vlieger van de Caravan, Kees Verhoog, stopt per 1 april. Zijn laatste vliegdag is zondag 28 maart.",
  L("Kees Verhoog", ON("sunday", D(2027, 3, 28))))
m("nl", "Hebben de gastinstructeurs uit Duitsland die in de zomer komen een account nodig voor de manifest-software?",
  none=True)
m("nl", "Vanaf 1 maart wordt Demi van Wijhe, nu op de manifestbalie, accountmanager voor bedrijfsuitjes.",
  MV("Demi van Wijhe", D(2027, 3, 1), AM, None))
m("en", "Our booking system gets a developer of its own: Anil Bhagwandin starts on Friday 15 January 2027.",
  J("Anil Bhagwandin", ON("friday", D(2027, 1, 15)), SE))
m("nl", "Tot ons grote verdriet is camerajumper Olaf Hettema afgelopen zaterdag verongelukt bij een sprong in Spanje.",
  L("Olaf Hettema", P(-5)), past=True)
m("en", "Hello, I inform that Mr. Álvaro Quintanilla begins like tandem instructor the day 6 of March 2027. He have all licences. Saludos",
  J("Álvaro Quintanilla", D(2027, 3, 6)))
m("nl", "vanochtend iemand ontslagen: rigger jordy van wijlen, heeft reservechutes niet goed gecontroleerd. per direct uit dienst",
  L("Jordy van Wijlen", NOW))
m("nl", "Nieuwe krachten voor de manifestbalie:\n- Maud Rietbergen – per 6 maart\n- Yusuf Karataş – per 13 maart",
  J("Maud Rietbergen", D(2027, 3, 6)), J("Yusuf Karataş", D(2027, 3, 13)))
m("en", "We hired a facilities coordinator for the hangar and the bunkhouse: Ralf Oosterbroek, starting the 1st of February.",
  J("Ralf Oosterbroek", D(2027, 2, 1), FC))
m("nl", "Dag Tom, vanaf zaterdag 13 maart versterkt Lore Vanmechelen ons team als videograaf. Gelieve haar account te voorzien. Mvg, Joris",
  J("Lore Vanmechelen", ON("saturday", D(2027, 3, 13))))
m("en", "Chidi Onyekachi joins our sales team in eight weeks, selling tandem vouchers to companies.",
  J("Chidi Onyekachi", P(56), AM))
m("nl", "Aanpassing: de eerste werkdag van Tessel Haitsma-Roos wordt zaterdag 20 maart in plaats van 13 maart, de baan is dan pas open.",
  J("Tessel Haitsma-Roos", ON("saturday", D(2027, 3, 20))))
m("nl", "Jolanda komt na haar bevallingsverlof op 1 februari weer werken, drie dagen per week. Haar account staat nog aan, toch?",
  none=True)
m("en", "Dear IT,\n\nPlease note that the employment of Mr. Gareth Ollerenshaw, chief instructor, ends on 31 March 2027. He is emigrating to New Zealand.\n\nBest regards,\nAdministration",
  L("Gareth Ollerenshaw", D(2027, 3, 31)))
m("en", "Respected Sir, Mr. Karthikeyan Subbiah, Accounts Executive, has joined today. Kindly create his login.",
  J("Karthikeyan Subbiah", NOW))
m("nl", "Chef-rigger Bertine Lokhorst vertrekt per 1 februari naar een dropzone in Portugal. Haar opvolger Ewout Burggraaf begint op maandag 25 januari.",
  L("Bertine Lokhorst", D(2027, 2, 1)), J("Ewout Burggraaf", ON("monday", D(2027, 1, 25))))
m("nl", "volgende week dinsdag laatste dag van floris tenkink, hij gaat studeren",
  L("Floris Tenkink", NW("tuesday")))
m("en", "The pilot who was supposed to start in January has signed with another dropzone, so nobody is coming. Please cancel the laptop.",
  none=True)
m("nl", "Per 1 januari wordt Mila Spanhoff, nu parachutevouwster, rigger in de werkplaats.",
  MV("Mila Spanhoff", D(2027, 1, 1), None, None))
m("nl", "Manifestmedewerker Quinten Ploegmakers stopt over drie weken.",
  L("Quinten Ploegmakers", P(21)))
m("en", "Sorry for the late message: Noah Castellanos started as a packer last Saturday.",
  J("Noah Castellanos", P(-5)), past=True)
m("nl", "Met ingang van 15-02-2027 is Esmé Dolron onze nieuwe facilitair medewerker.",
  J("Esmé Dolron", D(2027, 2, 15), FC))
m("en", "Tomorrow is Harvey Lindqvist-Moss's last day in the hangar.",
  L("Harvey Lindqvist-Moss", P(1)))
m("nl", "Per 31 december stoppen twee vliegers van de Cessna: Arjen Meinsma en Marit Zwerver.",
  L("Arjen Meinsma", D(2026, 12, 31)), L("Marit Zwerver", D(2026, 12, 31)))
m("en", "Next Tuesday Ines Salgueiro starts at the front desk.",
  J("Ines Salgueiro", WD("tuesday")))
m("nl", "Vorige week donderdag is instructeur Roel Wisselink-Brand gestopt; hij is naar de KLM. Kan zijn account dicht?",
  L("Roel Wisselink-Brand", LW("thursday")), past=True)
m("en", "From Monday 1 February Sven Aasheim moves from the manifest desk to our small IT team as developer.",
  MV("Sven Aasheim", ON("monday", D(2027, 2, 1)), SE, None))
m("nl", "Overmorgen begint Jip Zandbelt als barmedewerker in onze kantine.",
  J("Jip Zandbelt", P(2)))
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
        where = "ac%03d" % i
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
            out.write(json.dumps({"id": "ac%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-33.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
