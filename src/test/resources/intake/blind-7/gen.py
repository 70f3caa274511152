#!/usr/bin/env python3
"""Blind-7 corpus (issue 18): every message written by hand; expectations by hand, dates via datetime."""
import json, random, re
from datetime import date, timedelta

TODAY = date(2026, 12, 3)  # Thursday, the clock of IntakeCorpusTests
WD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
AM, CW, FC, SE, N = 'account-manager', 'care-worker', 'facility-coordinator', 'software-engineer', None

def ymd(y, m, d): return date(y, m, d).isoformat()
def md(m, d):
    x = date(TODAY.year, m, d)
    return (x if x >= TODAY else date(TODAY.year + 1, m, d)).isoformat()
def plus(n): return (TODAY + timedelta(days=n)).isoformat()
def wd(name):  # bare / next / aanstaande weekday: the first such day after today
    i = WD.index(name); n = (i - TODAY.weekday()) % 7 or 7
    return (TODAY + timedelta(days=n)).isoformat()
def nw(name):  # "volgende week X" / "next week X": that day in the week of Mon 2026-12-07
    return (date(2026, 12, 7) + timedelta(days=WD.index(name))).isoformat()
def on(name, iso):  # a weekday written next to a date must agree with it
    assert date.fromisoformat(iso).weekday() == WD.index(name), (name, iso)
    return iso
EOM = '2026-12-31'
NOW = TODAY.isoformat()

def J(name, d, role): return {'kind': 'JOINER', 'name': name, 'date': d, 'role': role}
def L(name, d, role): return {'kind': 'LEAVER', 'name': name, 'date': d, 'role': role}
def M(name, d, role, frm): return {'kind': 'MOVER', 'name': name, 'date': d, 'role': role, 'fromRole': frm}

MSGS = []
def m(lang, text, *people, lc=False, past=False):
    MSGS.append(dict(lang=lang, text=text, expect=list(people), lc=lc, past=past))

# --- a school principal (basisschool), Dutch, polite, writes a bit formally
m('nl', "Beste collega's van ICT, per 4 januari komt juf Merel van Leeuwen ons team versterken als leerkracht groep 5. Zij heeft een laptop en een schoolaccount nodig. Hartelijke groet, Annemiek Bosma, directeur OBS De Vlinder",
  J('Merel van Leeuwen', md(1, 4), N))
m('nl', "Hallo, onze conciërge Gerrit Hoekstra gaat met pensioen. Zijn laatste werkdag is vrijdag 18 december. Wilt u zorgen dat de sleutels en zijn pas worden ingeleverd?",
  L('Gerrit Hoekstra', on('fri', md(12, 18)), N))
m('nl', "Goedemiddag. Meester Youssef el Khatib (groep 8) neemt per 1 februari 2027 afscheid van onze school. Kunt u zijn account per die datum afsluiten? Met vriendelijke groet, A. Bosma",
  L('Youssef el Khatib', ymd(2027, 2, 1), N))
m('nl', "Is dit het goede adres om een nieuwe collega door te geven? Fenna Dijkstra start maandag 11 januari bij ons als onderwijsassistent.",
  J('Fenna Dijkstra', on('mon', md(1, 11)), N))
m('en', "Dear IT team, our new ICT coordinator, Mr Tobias Wainwright, starts on Monday 4 January. He will be our in-house developer for the school website, so please treat him as a developer. Kind regards, Annemiek Bosma",
  J('Tobias Wainwright', on('mon', md(1, 4)), SE))
m('nl', "Per de eerste van volgende maand hebben we een nieuwe administratief medewerker: Ingrid Postma-Wiersma. Graag een account en een pas.",
  J('Ingrid Postma-Wiersma', ymd(2027, 1, 1), N))

# --- a hospital ward manager (afdelingsmanager), short on time
m('nl', "Nieuwe zorgmedewerker op afdeling 4B: Samira Bouzid, start volgende week dinsdag. Dienstrooster volgt.",
  J('Samira Bouzid', nw('tue'), CW))
m('nl', "Twee nieuwe verzorgenden voor de longafdeling! Lotte Huisman begint 14 december, Demi Kuipers 4 januari. Alvast dank.",
  J('Lotte Huisman', md(12, 14), CW), J('Demi Kuipers', md(1, 4), CW))
m('nl', "Het tijdelijk contract van Marcha Kerkhoffs (zorgmedewerker) loopt af op 31-12. Zij wordt niet verlengd, dus alles mag per die datum dicht.",
  L('Marcha Kerkhoffs', md(12, 31), CW))
m('en', "hi, ward 3 here. one of our healthcare assistants, Bronwyn Tshabalala, is leaving us, last shift is on the 22nd. thanks",
  L('Bronwyn Tshabalala', md(12, 22), CW))
m('nl', "Even doorgeven: Joost ter Haar gaat van de zorg naar de facilitaire dienst, als facilitair medewerker, per 1 januari.",
  M('Joost ter Haar', md(1, 1), FC, CW))
m('nl', "Morgen begint er een invalkracht, Priscilla Doelwijt, als verzorgende op de IC. Kan haar pas vandaag nog geregeld worden??",
  J('Priscilla Doelwijt', plus(1), CW))
m('en', "Good morning. On behalf of Dr. Henrike Sauer: our carer Tomasz Zieliński leaves the hospital on 15 January. Could you start the leaver process for him?",
  L('Tomasz Zieliński', md(1, 15), CW))
m('nl', "vanaf 18-1 komt Esra Yıldız ons team op de kraamafdeling versterken als zorgmedewerkster",
  J('Esra Yıldız', md(1, 18), CW))

# --- a warehouse shift lead, phone, lower case, terse
m('nl', "nieuwe man op de nachtploeg mrgn: dennis rutten. orderpicker. pas nodig",
  J('Dennis Rutten', plus(1), N), lc=True)
m('nl', "Kevin Smulders stopt. vandaag laatste dienst. pas en scanner zijn ingeleverd",
  L('Kevin Smulders', NOW, N))
m('en', "2 new temps monday for the early shift, Wojciech Kowalczyk and Andrei Popescu. forklift drivers, need passes",
  J('Wojciech Kowalczyk', wd('mon'), N), J('Andrei Popescu', wd('mon'), N))
m('nl', "Ploegleider hier. Mehmet Aydın gaat per volgende week maandag over naar de facilitaire afdeling als facility coordinator. Hij was heftruckchauffeur bij ons.",
  M('Mehmet Aydın', nw('mon'), FC, N))
m('nl', "Dit is Ruud, teamleider expeditie. Kun je een pas aanmaken voor Jesse Verhoef? Hij begint over twee weken in de middagploeg.",
  J('Jesse Verhoef', plus(14), N))
m('en', "Sent from phone - Dariusz Nowak left today, no notice. Please block his pass asap",
  L('Dariusz Nowak', NOW, N))

# --- a law-firm office manager, proper e-mail
m('nl', "Geachte heer/mevrouw,\n\nHierbij meld ik de indiensttreding van mr. Charlotte van Oordt-Beekman, advocaat-medewerker, per maandag 1 februari 2027.\n\nMet vriendelijke groet,\n\nWilma Sanders\nOfficemanager\nVan Dam & Partners Advocaten",
  J('Charlotte van Oordt-Beekman', on('mon', ymd(2027, 2, 1)), N))
m('nl', "Goedemorgen,\n\nOnze secretaresse Anouk Brinkman heeft haar contract opgezegd. Haar laatste werkdag wordt 29 januari. Wilt u het offboarden in gang zetten?\n\nGroet,\nWilma",
  L('Anouk Brinkman', md(1, 29), N))
m('en', "Hello, we are taking on a new facilities coordinator for the office: Declan O'Sullivan, start date 11/01/2027. He will look after the building, post and keys.\n\nBest,\nWilma Sanders | Office Manager",
  J("Declan O'Sullivan", ymd(2027, 1, 11), FC))
m('nl', "Per 1 maart gaat mr. Bart de Clercq van ons kantoor in Utrecht naar het kantoor in Den Haag. Zelfde functie (advocaat). Alleen zijn pas moet worden aangepast.",
  M('Bart de Clercq', md(3, 1), N, N))
m('en', "Quick one: our IT guy Rohan Mehta (he's our only developer really) is leaving at the end of the month. Can you set up his leaver checklist?",
  L('Rohan Mehta', EOM, SE))

# --- a municipal HR officer, formal
m('nl', "Onderwerp: indiensttreding\n\nGoedemorgen, bij de gemeente treedt op 1 januari 2027 in dienst: mevrouw Sanne de Boer-Hofstra, functie medewerker facilitaire dienst, team Huisvesting. Graag de gebruikelijke voorzieningen.\n\nMet vriendelijke groet,\nafdeling P&O, gemeente Hoorneveen",
  J('Sanne de Boer-Hofstra', ymd(2027, 1, 1), FC))
m('nl', "Ter informatie: de heer Erik-Jan Mulderij beëindigt zijn dienstverband met de gemeente. Laatste werkdag: donderdag 31 december 2026.",
  L('Erik-Jan Mulderij', on('thu', ymd(2026, 12, 31)), N))
m('nl', "Wij melden een interne overplaatsing: Hatice Kaplan, thans medewerker facilitaire zaken, wordt met ingang van 1 februari 2027 benoemd tot accountmanager bedrijven (team Economische Zaken).",
  M('Hatice Kaplan', ymd(2027, 2, 1), AM, FC))
m('en', "Dear Handover, on behalf of the municipality's HR department: Mr Lars Vermeulen-Jansen will join our ICT department as a software developer with effect from 18 January 2027. Regards, HR Advice team",
  J('Lars Vermeulen-Jansen', ymd(2027, 1, 18), SE))
m('nl', "Graag aandacht voor het vertrek van mevr. Joke van der Wal per 1-2. Zij gaat met pensioen na 38 jaar bij de gemeente.",
  L('Joke van der Wal', md(2, 1), N))

# --- a start-up founder, casual English / Dunglish
m('en', "yo! we just hired our 3rd engineer 🎉 Kai Lindqvist starts jan 4. needs a macbook + github",
  J('Kai Lindqvist', md(1, 4), SE))
m('en', "Hey bot, Priya Raghunathan is joining as our first sales rep on the 11th of January. Salesforce etc please!",
  J('Priya Raghunathan', md(1, 11), AM))
m('nl', "Helaas gaat onze dev Sem Kroon ons verlaten, laatste dag 15 jan. Kun je zorgen dat hij nergens meer in kan daarna?",
  L('Sem Kroon', md(1, 15), SE))
m('en', "Update from the founders: Noor Hassan moves from engineering to sales (account manager) starting 1 Feb.",
  M('Noor Hassan', md(2, 1), AM, SE))
m('en', "can you onboard Matteo Russo? backend dev, starting in two weeks. thx",
  J('Matteo Russo', plus(14), SE))
# --- a Belgian manager
m('nl', "Dag collega's, Wouter Van Hoecke vervoegt ons team als accountmanager op maandag 4 januari. Gelieve zijn laptop en GSM klaar te zetten. Mvg, Stijn",
  J('Wouter Van Hoecke', on('mon', md(1, 4)), AM))
m('nl', "Allo, Ine Claeys gaat ons verlaten, haar laatste dag is 22/12. Ge moogt haar badge en laptop terug vragen.",
  L('Ine Claeys', md(12, 22), N))
m('nl', "Gelieve kennis te nemen van de aanwerving van Jonas De Smedt, programmeur, startdatum 01/02/2027.",
  J('Jonas De Smedt', ymd(2027, 2, 1), SE))
m('nl', "Amélie Verstraeten wordt vanaf 1 maart coördinator van de facilitaire dienst; ze was tot nu toe vertegenwoordiger voor West-Vlaanderen.",
  M('Amélie Verstraeten', md(3, 1), FC, AM))
m('en', "Hello, Belgian office here. Pieter-Jan Goossens will be joining us as account manager on 15 February 2027. Could you arrange his car and GSM? Thanks, Stijn Peeters",
  J('Pieter-Jan Goossens', ymd(2027, 2, 15), AM))

# --- a Surinamese-Dutch manager
m('nl', "Goeiemorgu! Ik wil effe doorgeven dat Rachana Ramdin bij ons komt werken als verzorgende, ze begint 7 januari. Mi dank u!",
  J('Rachana Ramdin', md(1, 7), CW))
m('nl', "Ff melden: Ricardo Pinas stopt bij ons per 1 januari, hij gaat terug naar Paramaribo. Was accountmanager.",
  L('Ricardo Pinas', md(1, 1), AM))
m('nl', "Welkom aan Shaniqua Tjon-Kon-Fat, onze nieuwe facilitair coördinator! Ze start op maandag 18 januari. Kan alles voor die tijd klaar staan a.u.b.",
  J('Shaniqua Tjon-Kon-Fat', on('mon', md(1, 18)), FC))
m('nl', "Dag, Anand Jagroep gaat van verkoper naar ontwikkelaar bij ons team, per 4-1-2027. Hij heeft een ontwikkellaptop nodig.",
  M('Anand Jagroep', ymd(2027, 1, 4), SE, AM))
m('nl', "Twee nieuwe mensen voor de zorg: Sharon Wongsodikromo en Ilse Kartosen-Wong, allebei per 1 februari. Groetjes, Marlon",
  J('Sharon Wongsodikromo', md(2, 1), CW), J('Ilse Kartosen-Wong', md(2, 1), CW))

# --- an English expat writing Dutch
m('nl', "Hallo, ik schrijf in Nederlands, sorry voor fouten. Een nieuwe ontwikkelaar komen bij ons: Oliver Pembridge. Hij beginnen op 11 januari.",
  J('Oliver Pembridge', md(1, 11), SE))
m('nl', "Goedemorgen. Onze accountmanager Hannah Fairclough gaat weg, laatste dag is 31 december. Zij gaat terug naar Engeland. Dank je wel!",
  L('Hannah Fairclough', md(12, 31), AM))
m('nl', "Ik heb een vraag. Moet ik hier melden dat Callum Whitaker van developer naar sales gaat? Het is vanaf volgende week maandag.",
  M('Callum Whitaker', nw('mon'), AM, SE))
m('nl', "Nieuwe collega voor facilitaire, Imogen Ashdown, zij start morgen. Is dit te laat? Excuses.",
  J('Imogen Ashdown', plus(1), FC))

# --- a manager replying on a phone
m('nl', "Ja klopt, Thijs Wolters begint 8 jan als dev\n\nVerzonden vanaf mijn iPhone",
  J('Thijs Wolters', md(1, 8), SE))
m('en', "yes pls. Georgia Lambert, carer, starts tmrw 7am\n\nSent from my iPhone",
  J('Georgia Lambert', plus(1), CW))
m('nl', "oke. lisa brouwer stopt eind deze maand. account manager",
  L('Lisa Brouwer', EOM, AM), lc=True)
m('en', "Re: leaver\nlast day for Ethan Clarke is friday 11 dec, sorry for the delay\n\nGet Outlook for Android",
  L('Ethan Clarke', on('fri', md(12, 11)), N))
m('nl', "Nee, niet 4 januari. Sophie Meijer begint pas op 11 januari. Sorry!",
  J('Sophie Meijer', md(1, 11), N))

# --- assorted Dutch, chatty and terse
m('nl', "Hoi! Leuk nieuws: Daan van der Linden komt ons salesteam versterken vanaf 1 februari. Hij wordt accountmanager voor de regio Noord.",
  J('Daan van der Linden', md(2, 1), AM))
m('nl', "Vertrek: Femke Jacobs, softwareontwikkelaar, laatste werkdag 26-02-2027.",
  L('Femke Jacobs', ymd(2027, 2, 26), SE))
m('nl', "Kun je een account aanmaken voor Bram Koster? Hij start dinsdag 5 januari als programmeur.",
  J('Bram Koster', on('tue', md(1, 5)), SE))
m('nl', "Laura Willems verlaat ons per 15 januari. Zij was facilitair medewerker op locatie Zuid.",
  L('Laura Willems', md(1, 15), FC))
m('nl', "Per 1-2 gaat Niels Verbeek van accountmanager naar de facilitaire dienst.",
  M('Niels Verbeek', md(2, 1), FC, AM))
m('nl', "Melding uit dienst: Rik Hendriks, ontwikkelaar. Laatste dag: 8 januari.",
  L('Rik Hendriks', md(1, 8), SE))
m('nl', "Volgende week woensdag start Iris Smit bij ons als verzorgende. Kan haar telefoon klaarliggen?",
  J('Iris Smit', nw('wed'), CW))
m('nl', "goedemorgen, is het mogelijk om voor Gijs Post alvast een laptop te regelen? hij begint over drie weken als developer",
  J('Gijs Post', plus(21), SE))
m('nl', "Annelies van Wijk komt na haar zwangerschapsverlof niet meer terug; haar contract eindigt op 31 december.",
  L('Annelies van Wijk', md(12, 31), N))
m('nl', "Wij hebben Tim de Graaf aangenomen als facilitair coördinator. Hij begint op 4 januari 2027.",
  J('Tim de Graaf', ymd(2027, 1, 4), FC))
m('nl', "Jeroen Bakker is vanaf morgen geen verkoper meer, hij gaat naar ontwikkeling als developer.",
  M('Jeroen Bakker', plus(1), SE, AM))
m('nl', "Nieuwe starter: Yara Hamdan. Functie: zorgmedewerker. Startdatum: 11-01-2027. Locatie: De Linde.",
  J('Yara Hamdan', ymd(2027, 1, 11), CW))
m('nl', "Emma Visser en Noah Peters vertrekken allebei per 31 december. Emma is accountmanager, Noah ontwikkelaar.",
  L('Emma Visser', md(12, 31), AM), L('Noah Peters', md(12, 31), SE))
m('nl', "Wil iemand de offboarding starten voor Marco Schouten? Zijn contract eindigt 31-1-2027.",
  L('Marco Schouten', ymd(2027, 1, 31), N))
m('nl', "Stefan van 't Hof begint bij ons als programmeur op maandag 25 januari 2027. Welkom Stefan!",
  J("Stefan van 't Hof", on('mon', ymd(2027, 1, 25)), SE))
m('nl', "per direct uit dienst: Romano Koolhoven (verkoper). graag alle toegang intrekken",
  L('Romano Koolhoven', NOW, AM))
m('nl', "Hoi, Chantal Goedhart (verzorgende) gaat per 1 maart naar onze locatie in Zwolle als facilitair medewerker.",
  M('Chantal Goedhart', md(3, 1), FC, CW))
m('nl', "Er komt een nieuwe ontwikkelaar bij: Koen Timmermans. Eerste werkdag woensdag 6 januari.",
  J('Koen Timmermans', on('wed', md(1, 6)), SE))
m('nl', "Ik meld bij deze het vertrek van onze collega Nadia Ouali, accountmanager. Zij werkt tot en met vrijdag 29 januari.",
  L('Nadia Ouali', on('fri', md(1, 29)), AM))
m('nl', "over een week begint Ruben Kok in het magazijn. geen laptop nodig, wel een pas",
  J('Ruben Kok', plus(7), N))
# --- assorted English
m('en', "Hi there, Amelia Hughes is joining the care team on Monday the 11th of January. Can her phone and pass be ready?",
  J('Amelia Hughes', on('mon', md(1, 11)), CW))
m('en', "Leaver: Jack Thornton, account manager, last working day 18 December 2026.",
  L('Jack Thornton', ymd(2026, 12, 18), AM))
m('en', "Please set up a new starter - Chidi Okonkwo, software engineer, 1st February.",
  J('Chidi Okonkwo', md(2, 1), SE))
m('en', "Mia Fernández is moving from the sales team to facilities as a coordinator from 4 January.",
  M('Mia Fernández', md(1, 4), FC, AM))
m('en', "Sad news, Harry Patel has handed in his notice. His last day will be Friday 15 January. He's one of our engineers.",
  L('Harry Patel', on('fri', md(1, 15)), SE))
m('en', "Could you get things ready for Zoë Kaminski? She's our new facilities coordinator and starts next Monday.",
  J('Zoë Kaminski', wd('mon'), FC))
m('en', "New hire: Liam Gallagher-Reid (carer), starting 2027-01-05.",
  J('Liam Gallagher-Reid', ymd(2027, 1, 5), CW))
m('en', "hi! quick q — do I report a role change here? Ellie Watson goes from carer to facilities coordinator on the 1st of Feb",
  M('Ellie Watson', md(2, 1), FC, CW))
m('en', "Ben Adeyemi starts in three weeks as a developer. Thanks in advance!",
  J('Ben Adeyemi', plus(21), SE))
m('en', "Effective immediately, Scott MacLeod no longer works for us. Please disable everything. He was a sales representative.",
  L('Scott MacLeod', NOW, AM))
m('en', "Our receptionist Grace Kelleher is leaving on January 8th.",
  L('Grace Kelleher', md(1, 8), N))
m('en', "Two new account managers from 4 Jan: Olivia Bennett and Samuel Osei. Laptops, phones and cars please.",
  J('Olivia Bennett', md(1, 4), AM), J('Samuel Osei', md(1, 4), AM))
m('en', "Hello, I'm the new manager of the Oak ward. Aisha Bello, one of the healthcare assistants, is leaving us on 31/12. Who do I tell?",
  L('Aisha Bello', md(12, 31), CW))
m('en', "Nathan Brooks joins as programmer on Tuesday, 12 January 2027.",
  J('Nathan Brooks', on('tue', ymd(2027, 1, 12)), SE))
m('en', "From 1 March 2027 Isla Mackenzie will work as a software developer; she's been one of our account managers until now.",
  M('Isla Mackenzie', ymd(2027, 3, 1), SE, AM))
m('en', "Reminder: Connor Doyle's last day is tomorrow. He is a facilities coordinator, so he has the master key.",
  L('Connor Doyle', plus(1), FC))
m('en', "We've hired Valentina Rossi as a caregiver. She starts the Monday after next.",
  J('Valentina Rossi', plus(11), CW))
m('en', "Please offboard Daniel Kim (developer) – contract ends 28 February 2027.",
  L('Daniel Kim', ymd(2027, 2, 28), SE))
m('en', "Jasmine Ahmed will be starting with us on January 18th as an Account Manager. She'll need a lease car.",
  J('Jasmine Ahmed', md(1, 18), AM))
m('en', "Heads up: Owen Price is changing roles next Tuesday — from carer to sales rep.",
  M('Owen Price', wd('tue'), AM, CW))
m('en', "Mohammed Al-Farsi starts as a software engineer in a fortnight; Lucy Grant starts the same day as a carer.",
  J('Mohammed Al-Farsi', plus(14), SE), J('Lucy Grant', plus(14), CW))
m('en', "RE: Starter\n\nHi, yes, the start date for Tanvir Hossain is 15/02/2027, role software engineer.\n\nCheers,\nMaggie",
  J('Tanvir Hossain', ymd(2027, 2, 15), SE))
m('en', "Jessica Turner is leaving the company at the end of the month.",
  L('Jessica Turner', EOM, N))
m('en', "New starter alert!! Arjun Nair, developer, 4th January 2027",
  J('Arjun Nair', ymd(2027, 1, 4), SE))
m('en', "Can you process a leaver for me. Name: Rebecca Hall. Role: carer. Leaving date: 10 January 2027.",
  L('Rebecca Hall', ymd(2027, 1, 10), CW))
m('en', "Ryan Murphy will step into the facilities coordinator role on 18 Jan, leaving his developer job.",
  M('Ryan Murphy', md(1, 18), FC, SE))
m('en', "please add Sofia Andersson as new engineer starting monday",
  J('Sofia Andersson', wd('mon'), SE))
m('en', "I'd like to register a new carer, Fiona McAllister. Start date Wednesday 13 January.",
  J('Fiona McAllister', on('wed', md(1, 13)), CW))
m('en', "Tom Bradley (sales) resigned today, working his notice until 29 Jan.",
  L('Tom Bradley', md(1, 29), AM))
m('en', "This is to let you know that our facilities coordinator, Gareth Evans, will retire on 31 March 2027.",
  L('Gareth Evans', ymd(2027, 3, 31), FC))
# --- forwarded HR lines and threads
m('nl', "---------- Doorgestuurd bericht ---------\nVan: HR Servicedesk\nDatum: wo 2 dec. 2026 om 16:05\nOnderwerp: Nieuwe medewerker\n\nNaam: Wessel Brugman\nFunctie: Accountmanager\nIn dienst per: 01-01-2027\n\nGroet, HR",
  J('Wessel Brugman', ymd(2027, 1, 1), AM))
m('en', "FW: Termination\n\n-----Original Message-----\nFrom: People Team\nSent: Wednesday, 2 December 2026 11:40\nSubject: Termination - Megan Foster\n\nMegan Foster (Software Engineer) - last day of employment 15 January 2027.\n\nPlease action.",
  L('Megan Foster', ymd(2027, 1, 15), SE))
m('nl', "Zie hieronder, kun jij dit oppakken?\n\n> Van: Karin (P&O)\n> Elif Arslan start 1 februari als verzorgende op De Hoven.\n\nGroet, Martijn",
  J('Elif Arslan', md(2, 1), CW))
m('en', "Forwarding this from HR: 'Marcus Johnson, Facilities Coordinator, leaves 22 January 2027'. Can you kick off the leaver steps?",
  L('Marcus Johnson', ymd(2027, 1, 22), FC))
m('nl', "Doorgestuurd van HR: \"Functiewijziging Anouk van Rijn: van zorgmedewerker naar accountmanager, ingangsdatum 1 maart 2027.\"",
  M('Anouk van Rijn', ymd(2027, 3, 1), AM, CW))
m('en', "Hi both,\n\nJust confirming what we discussed on the phone: Rachel Goldberg starts as a developer on 11 January.\n\nKind regards,\n\nDavid Cohen\nHead of Engineering\nT: +31 20 123 4567",
  J('Rachel Goldberg', md(1, 11), SE))
m('nl', "Hoi,\n\nVoor de volledigheid: Pim Dekker is per 4 januari onze nieuwe facilitair medewerker.\n\nMet vriendelijke groet,\n\nMonique Vos\nManager Bedrijfsvoering\n06-12345678",
  J('Pim Dekker', md(1, 4), FC))
m('en', "> When does he leave?\nHis last day is 12 February. It's Aiden Walsh, the developer in team Blue.",
  L('Aiden Walsh', md(2, 12), SE))
m('nl', "Van: Gemeente Hoorneveen, team P&O\nAan: Handover\n\nBetreft: uitdiensttreding dhr. Arie Schipper, medewerker facilitaire zaken, per 1 april 2027 wegens pensionering.",
  L('Arie Schipper', ymd(2027, 4, 1), FC))
m('en', "FYI below. Can you set it up?\n\n---\nNew starter: Leonardo Bianchi\nPosition: Sales Representative\nStart: Monday 8 February 2027\n---",
  J('Leonardo Bianchi', on('mon', ymd(2027, 2, 8)), AM))

# --- two people, mixed kinds
m('nl', "Lieke Dam begint 4 januari als ontwikkelaar; zij neemt de plek over van Tom Zwart (ook ontwikkelaar), die 31 december vertrekt.",
  J('Lieke Dam', md(1, 4), SE), L('Tom Zwart', md(12, 31), SE))
m('en', "Two changes for the care team: Precious Mensah joins as a carer on 11 January, and Katie Doherty, also a carer, leaves on 8 January.",
  J('Precious Mensah', md(1, 11), CW), L('Katie Doherty', md(1, 8), CW))
m('nl', "Hallo, twee starters voor de facilitaire dienst volgende week maandag: Harm Oosterhuis en Gerda Bolt.",
  J('Harm Oosterhuis', nw('mon'), FC), J('Gerda Bolt', nw('mon'), FC))
m('en', "Sales news: our account manager Dylan Hughes leaves us on 31 December and Chloe Martin joins us as account manager on 4 January.",
  L('Dylan Hughes', md(12, 31), AM), J('Chloe Martin', md(1, 4), AM))
m('nl', "Per 1 februari gaan Ahmed Benali en Karim Tahiri allebei van verkoper naar ontwikkelaar.",
  M('Ahmed Benali', md(2, 1), SE, AM), M('Karim Tahiri', md(2, 1), SE, AM))
m('en', "Starters on the 18th of January: Hana Suzuki (developer) and Lukas Becker (developer).",
  J('Hana Suzuki', md(1, 18), SE), J('Lukas Becker', md(1, 18), SE))
m('nl', "Vandaag is de laatste dag van Eva Schouwenaar en morgen die van Rob Geerts. Allebei verzorgenden.",
  L('Eva Schouwenaar', NOW, CW), L('Rob Geerts', plus(1), CW))
m('en', "New joiners next week: Monday Aryan Kapoor (engineer), Wednesday Freya Lund (carer).",
  J('Aryan Kapoor', nw('mon'), SE), J('Freya Lund', nw('wed'), CW))
m('nl', "Wim Boersma (facilitair coördinator) gaat 15 januari met pensioen. Zijn opvolger Maarten Hiemstra start op 11 januari, zodat ze een week overlappen.",
  L('Wim Boersma', md(1, 15), FC), J('Maarten Hiemstra', md(1, 11), FC))
m('en', "Hey, Paolo Conti and Giulia Moretti both start Monday 4 January as sales reps. Paolo in Rotterdam, Giulia in Eindhoven.",
  J('Paolo Conti', on('mon', md(1, 4)), AM), J('Giulia Moretti', on('mon', md(1, 4)), AM))

# --- names: tussenvoegsels, diacritics, three-part, apostrophes, hyphens
m('nl', "Jan-Willem van den Berg begint 1 februari 2027 als accountmanager.",
  J('Jan-Willem van den Berg', ymd(2027, 1+1, 1), AM))
m('nl', "Mevrouw Marieke ten Brinke (verzorgende) neemt afscheid op vrijdag 22 januari.",
  L('Marieke ten Brinke', on('fri', md(1, 22)), CW))
m('nl', "Graag een werkplek voor René Lefèvre, nieuwe programmeur, vanaf 12-1.",
  J('René Lefèvre', md(1, 12), SE))
m('en', "Siobhán Ní Bhriain joins us as a carer on the 25th of January.",
  J('Siobhán Ní Bhriain', md(1, 25), CW))
m('nl', "Ahmet Yılmaz-de Groot gaat per 1 maart van ontwikkelaar naar accountmanager.",
  M('Ahmet Yılmaz-de Groot', md(3, 1), AM, SE))
m('en', "Maria José García López starts as a facilities coordinator on Monday, February 1st.",
  J('Maria José García López', on('mon', md(2, 1)), FC))
m('nl', "Onze zorgmedewerker Thi Thu Trang Nguyen vertrekt per 31-1.",
  L('Thi Thu Trang Nguyen', md(1, 31), CW))
m('en', "Liam D'Angelo is joining as an engineer next Thursday.",
  J("Liam D'Angelo", wd('thu'), SE))
m('nl', "Kees in 't Veld gaat met pensioen, laatste werkdag 26 februari. Hij is verkoper binnendienst.",
  L("Kees in 't Veld", md(2, 26), AM))
m('en', "Björn Ødegaard, our new developer, starts January 7th.",
  J('Björn Ødegaard', md(1, 7), SE))
m('nl', "Dhr. Willem van der Heijden-Schaap treedt op 4 januari 2027 in dienst als accountmanager.",
  J('Willem van der Heijden-Schaap', ymd(2027, 1, 4), AM))
m('en', "Please onboard Nguyễn Văn An, carer, starting 15 Feb.",
  J('Nguyễn Văn An', md(2, 15), CW))
m('nl', "Lucía Hernández de la Cruz begint maandag bij de facilitaire dienst.",
  J('Lucía Hernández de la Cruz', wd('mon'), FC))
m('en', "Seán Ó Murchú, a developer, is leaving us on 19 February 2027.",
  L('Seán Ó Murchú', ymd(2027, 2, 19), SE))
m('nl', "Aankondiging: Sietske de Jong-van Houten, verzorgende, start 18 januari.",
  J('Sietske de Jong-van Houten', md(1, 18), CW))
# --- typos, abbreviations, plurals, aliases; questions; people mentioned twice
m('nl', "Nieuwe accountmanger: Joris Veenstra, start 4 jan.",
  J('Joris Veenstra', md(1, 4), AM))
m('nl', "Kunnen jullie de ontwikellaar Sven Drost offboarden? Laatste dag 22-01-2027.",
  L('Sven Drost', ymd(2027, 1, 22), SE))
m('nl', "We krijgen er een zorgmedewerkster bij, Naima Amrani. Naima begint op 7 januari, ze is heel enthousiast!",
  J('Naima Amrani', md(1, 7), CW))
m('en', "New carrer on the ward: Joseph Mwangi, starting 12 Jan. Joseph has done his induction already.",
  J('Joseph Mwangi', md(1, 12), CW))
m('en', "Alex Novak (SWE) leaves 5 Feb.",
  L('Alex Novak', md(2, 5), SE))
m('nl', "Wanneer moet ik doorgeven dat iemand vertrekt? Het gaat om Linda Hoogland, facilitair medewerkster, zij stopt per 1 april.",
  L('Linda Hoogland', md(4, 1), FC))
m('nl', "Is het al te laat om Bas Wijnands aan te melden? Hij begint maandag als ontwikkelaar.",
  J('Bas Wijnands', wd('mon'), SE))
m('en', "Is it possible to get a laptop for Harriet Cole before she starts? She's a software engineer, first day 8 January.",
  J('Harriet Cole', md(1, 8), SE))
m('nl', "Ook onze AM Frank Mol stopt ermee. Frank werkt nog tot en met 31 januari.",
  L('Frank Mol', md(1, 31), AM))
m('en', "Welcome aboard Kofi Asante! Kofi starts on Monday 11 January as one of our developers.",
  J('Kofi Asante', on('mon', md(1, 11)), SE))
m('nl', "Nieuwe programeur Milan Janssen, begint volgende week donderdag.",
  J('Milan Janssen', nw('thu'), SE))
m('en', "faciltiies coordinator Hugo Laurent starts 1 Feb",
  J('Hugo Laurent', md(2, 1), FC))
m('nl', "Sanne Mertens gaat naar de verkoop. Vanaf 1 januari is ze accountmanager.",
  M('Sanne Mertens', md(1, 1), AM, N))
m('en', "Abigail Ward will become a developer as of 1 February.",
  M('Abigail Ward', md(2, 1), SE, N))
m('nl', "Vanaf maandag 14 december werkt Tessa Prins als facilitair coördinator. Ze was hiervoor zorgmedewerker.",
  M('Tessa Prins', on('mon', md(12, 14)), FC, CW))
m('en', "From next week Monday, Jamie Russell is a sales representative instead of a carer.",
  M('Jamie Russell', nw('mon'), AM, CW))
m('nl', "Hoe meld ik een interne overstap? Mark Reinders wordt per 1-3 softwareontwikkelaar.",
  M('Mark Reinders', md(3, 1), SE, N))
m('en', "Can I announce a starter here? Her name is Nora Lindgren, starts 4 January, sales.",
  J('Nora Lindgren', md(1, 4), AM))
m('nl', "Verkopers erbij! Rik Bosman begint 11 januari. Rik wordt vertegenwoordiger in regio Oost.",
  J('Rik Bosman', md(1, 11), AM))
m('en', "one more leaver: Ruby Stewart, HCA, last shift 19/12",
  L('Ruby Stewart', md(12, 19), CW))

# --- relative dates, weekday + date, with and without year
m('nl', "Morgen is de laatste dag van Henk Zijlstra, onze facilitair medewerker.",
  L('Henk Zijlstra', plus(1), FC))
m('en', "Ayesha Siddiqui starts tomorrow as a developer - sorry for the short notice!",
  J('Ayesha Siddiqui', plus(1), SE))
m('nl', "Over twee weken begint Robin Hermans als verzorgende.",
  J('Robin Hermans', plus(14), CW))
m('en', "In two weeks we welcome Theo Clarkson to the sales team.",
  J('Theo Clarkson', plus(14), AM))
m('nl', "Volgende week dinsdag vertrekt Guus Pauwels (programmeur).",
  L('Guus Pauwels', nw('tue'), SE))
m('nl', "Aanstaande maandag start Fleur Kramer bij de facilitaire dienst.",
  J('Fleur Kramer', wd('mon'), FC))
m('en', "Elliot Young leaves next Wednesday. He's a carer.",
  L('Elliot Young', wd('wed'), CW))
m('nl', "over 3 weken begint Jelle Sijbesma als developer",
  J('Jelle Sijbesma', plus(21), SE))
m('nl', "Eind deze maand gaat Sabine Mulder, accountmanager, bij ons weg.",
  L('Sabine Mulder', EOM, AM))
m('en', "Lily Evans will start on Friday 8 January 2027 as a carer.",
  J('Lily Evans', on('fri', ymd(2027, 1, 8)), CW))
m('nl', "Op woensdag 20 januari begint Stijn Kooistra als softwareontwikkelaar.",
  J('Stijn Kooistra', on('wed', md(1, 20)), SE))
m('en', "Joining Thursday, 14 January: Adam Kowalski, facilities coordinator.",
  J('Adam Kowalski', on('thu', md(1, 14)), FC))
m('nl', "Vandaag is Mirjam Slot begonnen als verzorgende. Kunnen haar accounts nog vandaag?",
  J('Mirjam Slot', NOW, CW))
m('en', "Nick Harper starts today as a developer, is his laptop ready?",
  J('Nick Harper', NOW, SE))
m('nl', "Per 15-3 start Maud Bosch als accountmanager.",
  J('Maud Bosch', md(3, 15), AM))
m('en', "Laura Bianchi's last day is 30/04/2027; she's our facilities coordinator and is leaving the company.",
  L('Laura Bianchi', ymd(2027, 4, 30), FC))
m('nl', "Dinsdag 2 februari begint Quinten Vos als programmeur.",
  J('Quinten Vos', on('tue', md(2, 2)), SE))
m('en', "Start date for Maya Thompson: 3rd of March. Role: software engineer.",
  J('Maya Thompson', md(3, 3), SE))
m('nl', "Over een week gaat Hanna de Wit van de zorg naar de verkoop.",
  M('Hanna de Wit', plus(7), AM, CW))
m('en', "Leo Fischer switches to sales on Monday 1 March, after two years as a developer.",
  M('Leo Fischer', on('mon', md(3, 1)), AM, SE))
# --- school principal again, other situations
m('nl', "Beste ICT, onze nieuwe gymdocent Thomas Vleugels begint na de kerstvakantie, op maandag 4 januari. Hij heeft alleen een schoolaccount nodig, geen laptop.",
  J('Thomas Vleugels', on('mon', md(1, 4)), N))
m('nl', "Juf Esther Roodbol vertrekt helaas eind deze maand naar een school in Amersfoort. Wilt u haar account dan afsluiten? Groet, de directie",
  L('Esther Roodbol', EOM, N))
m('en', "Hi, school office here. Our caretaker Mick Flanagan is becoming our facilities coordinator from 1 January (same building, more responsibility).",
  M('Mick Flanagan', md(1, 1), FC, N))

# --- hospital ward manager again
m('nl', "Afdeling Geriatrie: Wendy Kroeze (verzorgende IG) stopt op 10 januari, Bianca Hofman (zorgmedewerker) neemt haar diensten over vanaf 11 januari.",
  L('Wendy Kroeze', md(1, 10), CW), J('Bianca Hofman', md(1, 11), CW))
m('en', "Ward 7: new HCA Moses Banda starts on the 4th of January. Please make sure he can log into the care system on day one.",
  J('Moses Banda', md(1, 4), CW))
m('nl', "Even een vraagje: Gülsen Acar is verzorgende en wil bij ons facilitair medewerker worden. Dat gaat in per 1 februari. Moet ik dat hier melden?",
  M('Gülsen Acar', md(2, 1), FC, CW))
m('nl', "Nachtdienst meldt: Jolanda Smeets is per vandaag uit dienst, ze heeft haar laatste dienst er net op zitten. Zorgmedewerker, afdeling C.",
  L('Jolanda Smeets', NOW, CW))

# --- warehouse shift lead again
m('nl', "ff snel: Mustafa Demir begint maandag in het magazijn, en zijn broer Hakan Demir dinsdag. beide geen functie uit jullie lijst, gewoon magazijnmedewerker",
  J('Mustafa Demir', wd('mon'), N), J('Hakan Demir', wd('tue'), N))
m('en', "Warehouse B: Piotr Wójcik leaves on Friday the 18th. Please collect his pass.",
  L('Piotr Wójcik', on('fri', md(12, 18)), N))
m('nl', "Martin Hulshof van de avondploeg wordt per 4 januari onze facilitair coördinator.",
  M('Martin Hulshof', md(1, 4), FC, N))
m('nl', "vanaf 11 jan nieuwe teamleider in de hal: Ferdi Lammers. Heeft laptop nodig.",
  J('Ferdi Lammers', md(1, 11), N))

# --- law-firm office manager again
m('en', "Dear Handover,\n\nMs Victoria Ashcroft-Blyth, senior associate, leaves the firm on 26 February 2027. Please make sure her access is removed at the end of that day.\n\nKind regards,\nWilma Sanders\nOffice Manager",
  L('Victoria Ashcroft-Blyth', ymd(2027, 2, 26), N))
m('nl', "Per maandag 8 februari komt er een facilitair medewerker bij ons kantoor: Ricky Sluijter. Hij gaat de post, de ontvangst en de sleutels doen.",
  J('Ricky Sluijter', on('mon', md(2, 8)), FC))
m('nl', "Onze legal engineer Floris Baanders (hij bouwt onze tooling, dus eigenlijk softwareontwikkelaar) begint 1 februari.",
  J('Floris Baanders', md(2, 1), SE))

# --- municipal HR officer again
m('nl', "Geachte collega, hierbij de melding van de tijdelijke aanstelling van mevrouw Fatima Zahra Bennani als medewerker facilitaire dienst, ingangsdatum 1 januari 2027, einddatum 30 juni 2027.",
  J('Fatima Zahra Bennani', ymd(2027, 1, 1), FC))
m('nl', "Betreft: functiewijziging. De heer Koos Brandsma, programmeur bij team Digitale Dienstverlening, vervult met ingang van 1 april 2027 de functie van accountmanager bedrijven.",
  M('Koos Brandsma', ymd(2027, 4, 1), AM, SE))
m('en', "Municipality HR: Ms Johanna Lindberg (software developer, secondment) ends her assignment with us on Friday 29 January 2027.",
  L('Johanna Lindberg', on('fri', ymd(2027, 1, 29)), SE))

# --- start-up founder again
m('en', "ok so Felix Hartmann (dev) is out, last day friday. sad but ok. kill his github access after that pls",
  L('Felix Hartmann', wd('fri'), SE))
m('en', "we're growing!! two devs joining 1/2: Yuki Tanaka and Diego Alvarez 🚀",
  J('Yuki Tanaka', md(2, 1), SE), J('Diego Alvarez', md(2, 1), SE))
m('nl', "Hee, Lotte Zwanenburg doet vanaf 1 januari niet meer sales maar gaat bij ons als developer aan de slag!",
  M('Lotte Zwanenburg', md(1, 1), SE, AM))
m('en', "Our first ever facilities person! Beatriz Santos joins as facilities coordinator on Feb 15.",
  J('Beatriz Santos', md(2, 15), FC))

# --- Belgian manager again
m('nl', "Beste, Jef Maes (verkoper) is vanaf 1 januari niet langer in dienst. Gelieve alles af te sluiten. Met vriendelijke groeten, Kristof",
  L('Jef Maes', md(1, 1), AM))
m('nl', "Nieuwe collega voor de afdeling development: Arne Vandenberghe, start op 18/01/2027. Een laptop en een GSM zijn nodig.",
  J('Arne Vandenberghe', ymd(2027, 1, 18), SE))
m('nl', "Hallo, Elke Van de Velde gaat van de facilitaire dienst naar sales, dat gaat in op 1 februari.",
  M('Elke Van de Velde', md(2, 1), AM, FC))

# --- Surinamese-Dutch manager again
m('nl', "Goedemiddag, Kenneth Sabajo komt per 4 januari bij ons als accountmanager. Hij is al helemaal klaar ervoor haha.",
  J('Kenneth Sabajo', md(1, 4), AM))
m('nl', "Jullie moeten weten: Raviena Bhoendie gaat weg bij ons, laatste dag 15 januari. Zij was verzorgende.",
  L('Raviena Bhoendie', md(1, 15), CW))
m('nl', "Ik heb een nieuwe voor de zorg, Xiomara Lie-A-Fo, begint over twee weken. Alles graag klaar.",
  J('Xiomara Lie-A-Fo', plus(14), CW))

# --- English expat writing Dutch again
m('nl', "Hallo team, ik ben Sarah, manager van sales. Joshua Bell gaan bij ons werken als accountmanager, start is 1 februari. Bedankt!",
  J('Joshua Bell', md(2, 1), AM))
m('nl', "Goedemorgen. Peter Whitfield gaat vertrekken bij onze ontwikkelteam. Zijn laatste dag is de 8e januari.",
  L('Peter Whitfield', md(1, 8), SE))
m('nl', "Dag, ik probeer in het Nederlands: Ellen Marsh werk nu als verzorgende maar zij worden facilitair coördinator per 1 maart.",
  M('Ellen Marsh', md(3, 1), FC, CW))

# --- manager replying on a phone again
m('nl', "ja. joep verhagen, programmeur, 4/1\n\nVerstuurd vanaf mijn Samsung Galaxy",
  J('Joep Verhagen', md(1, 4), SE), lc=True)
m('en', "Correct, Kelly Robinson leaves 31 Dec. She's a carer.\n\nSent from my iPhone",
  L('Kelly Robinson', md(12, 31), CW))
m('nl', "Sorry typo, het is Anton Kuijpers met ij. Start 11-1 als verkoper.",
  J('Anton Kuijpers', md(1, 11), AM))
# --- more Dutch, mixed writers
m('nl', "Hoi Handover, kun je een nieuwe collega klaarzetten? Anna Maria Scholten, ze wordt verzorgende en begint woensdag 13 januari.",
  J('Anna Maria Scholten', on('wed', md(1, 13)), CW))
m('nl', "Jan Pieter Kloosterman gaat ons verlaten. Zijn laatste werkdag is op 5 februari. Hij is nu nog accountmanager.",
  L('Jan Pieter Kloosterman', md(2, 5), AM))
m('nl', "Wij nemen afscheid van Gerard de Vries-Boon, programmeur. Datum uit dienst: 1-3-2027.",
  L('Gerard de Vries-Boon', ymd(2027, 3, 1), SE))
m('nl', "Per 1 januari 2027 gaat Dewi Santoso aan de slag als ontwikkelaar.",
  J('Dewi Santoso', ymd(2027, 1, 1), SE))
m('nl', "Kun je dit regelen: Loes Vermaat, facilitair coordinator, start 7-1.",
  J('Loes Vermaat', md(1, 7), FC))
m('nl', "Hallo, ik ben teamleider zorg. Onze collega Trudy Ooms gaat per 1 februari naar een andere locatie binnen de organisatie, maar blijft verzorgende. Graag haar pas aanpassen.",
  M('Trudy Ooms', md(2, 1), CW, CW))
m('nl', "In de week van 4 januari begint Bart Wouters; zijn eerste dag is dinsdag 5 januari. Hij wordt developer.",
  J('Bart Wouters', on('tue', md(1, 5)), SE))
m('nl', "Afscheid: Carla Bouwman, accountmanager, vertrekt per 1 april 2027 (laatste werkdag 31 maart 2027).",
  L('Carla Bouwman', ymd(2027, 3, 31), AM))
m('nl', "Dag! Ik wou even melden dat Mohamed Chaouch volgende week vrijdag stopt. Hij werkt bij facilitair.",
  L('Mohamed Chaouch', nw('fri'), FC))
m('nl', "Goeiedag, Yusuf Öztürk begint op 1 feb. bij ons als zorgmedewerker.",
  J('Yusuf Öztürk', md(2, 1), CW))
m('nl', "Wouter Kleine-Schaars is vanaf 18 januari geen ontwikkelaar meer, hij gaat de facilitaire dienst leiden als coördinator.",
  M('Wouter Kleine-Schaars', md(1, 18), FC, SE))
m('nl', "Nieuwe vertegenwoordigers per 1 maart: Hidde Jongsma, Tamara Veldman. Beiden met leaseauto.",
  J('Hidde Jongsma', md(3, 1), AM), J('Tamara Veldman', md(3, 1), AM))
m('nl', "Marloes, welkom! Marloes Achterberg is onze nieuwe programmeur vanaf maandag 11 januari.",
  J('Marloes Achterberg', on('mon', md(1, 11)), SE))
m('nl', "Ik moet helaas melden dat Dirk Jan Hoogeveen overleden is. Kunnen jullie zijn account en spullen netjes afhandelen, per vandaag?",
  L('Dirk Jan Hoogeveen', NOW, N))
m('nl', "Opzegging ontvangen van Priya Ramcharan, verzorgende. Laatste werkdag donderdag 28 januari.",
  L('Priya Ramcharan', on('thu', md(1, 28)), CW))
m('nl', "Luuk Hoekman wordt accountmanager. Hij was developer. Per 1/2.",
  M('Luuk Hoekman', md(2, 1), AM, SE))
m('nl', "Graag een pas en telefoon voor Selin Aksoy, nieuwe verzorgster vanaf 4 jan.",
  J('Selin Aksoy', md(1, 4), CW))
m('nl', "De proeftijd van Kim Hendrix (verkoopster) is niet goed verlopen; morgen is haar laatste dag.",
  L('Kim Hendrix', plus(1), AM))
m('nl', "Vanaf volgende week woensdag werkt Olaf Prinsen bij ons als softwareontwikkelaar.",
  J('Olaf Prinsen', nw('wed'), SE))
m('nl', "Startdatum Noa Bakkenes: 1 februari 2027. Functie: facilitair medewerker.",
  J('Noa Bakkenes', ymd(2027, 2, 1), FC))
m('nl', "hoi, vergeten te melden: Stan Lubbers is al begonnen, sinds maandag. Hij is verkoper. Kan dat nog?",
  J('Stan Lubbers', '2026-11-30', AM), past=True)
m('nl', "Beste, de arbeidsovereenkomst van Hamza Ouahbi (zorgmedewerker) eindigt van rechtswege op 31 januari 2027.",
  L('Hamza Ouahbi', ymd(2027, 1, 31), CW))
m('nl', "Ik heb twee verzorgenden aangenomen, Carmen Rosario en Dorien Bleeker. Carmen begint 4 januari en Dorien 18 januari.",
  J('Carmen Rosario', md(1, 4), CW), J('Dorien Bleeker', md(1, 18), CW))
m('nl', "Kan Ivo Bastiaans per 1 maart overstappen van facilitair naar ons ontwikkelteam als ontwikkelaar?",
  M('Ivo Bastiaans', md(3, 1), SE, FC))
m('nl', "Per begin volgende maand, 1 januari dus, komt Roos Leenders ons verkoopteam versterken.",
  J('Roos Leenders', md(1, 1), AM))
m('nl', "Rutger Nijhuis gaat weg bij het bedrijf. 12 februari is zijn laatste dag. Nog geen idee wie hem opvolgt.",
  L('Rutger Nijhuis', md(2, 12), N))
m('nl', "De startdatum van Evi Mathijssen weet ik nog niet, maar ze wordt facilitair medewerker. Kun je het vast aanmaken?",
  J('Evi Mathijssen', None, FC))
m('nl', "Joyce Kamphuis gaat per 1 januari van de afdeling zorg naar de afdeling verkoop.",
  M('Joyce Kamphuis', md(1, 1), AM, CW))
m('nl', "Geen laptop nodig, wel telefoon: Jamal Idrissi, zorgmedewerker, begint 25-1.",
  J('Jamal Idrissi', md(1, 25), CW))
m('nl', "Laatste werkdag van Ria Koopmans: 23 december. Zij is onze facilitair coördinator. Ze heeft de loper nog!",
  L('Ria Koopmans', md(12, 23), FC))
# --- more English, mixed writers
m('en', "Morning! Just to let you know, Erin Fitzgerald is joining us on Tuesday 19 January as a facilities coordinator.",
  J('Erin Fitzgerald', on('tue', md(1, 19)), FC))
m('en', "Hi Handover - Marcus Lindholm (account manager) has resigned. Last working day: 5 March 2027. Car to be returned that day.",
  L('Marcus Lindholm', ymd(2027, 3, 5), AM))
m('en', "Could you set up Anjali Deshpande? She's starting as a software developer the week after next, on Monday 14 December.",
  J('Anjali Deshpande', on('mon', md(12, 14)), SE))
m('en', "Carers joining in January: Thandiwe Ndlovu (4th) and Rosa Martínez (11th).",
  J('Thandiwe Ndlovu', md(1, 4), CW), J('Rosa Martínez', md(1, 11), CW))
m('en', "Michael O'Connor moves from facilities to the dev team on 1 Feb - he'll be a junior developer.",
  M("Michael O'Connor", md(2, 1), SE, FC))
m('en', "Caitlin Moore is leaving. Her final day is the 14th of January. She works as a carer on the night shift.",
  L('Caitlin Moore', md(1, 14), CW))
m('en', "We have a new developer, Sebastián Ortega, coming in on 25 January 2027. Sebastián will need a dev laptop and GitHub access.",
  J('Sebastián Ortega', ymd(2027, 1, 25), SE))
m('en', "Can you close everything for Hugh Bennington? He left yesterday, he was in sales.",
  L('Hugh Bennington', plus(-1), AM), past=True)
m('en', "Starting Monday 7 December: Imran Qureshi, carer. I know it's short notice, sorry!",
  J('Imran Qureshi', on('mon', md(12, 7)), CW))
m('en', "Hello, the contract of our temporary carer Agnieszka Lewandowska ends on 31 January 2027 and won't be renewed.",
  L('Agnieszka Lewandowska', ymd(2027, 1, 31), CW))
m('en', "Promotion! Jordan Blake goes from developer to account manager from the first of March.",
  M('Jordan Blake', md(3, 1), AM, SE))
m('en', "Kindly note Mr. Emeka Eze will join as Facilities Coordinator on 01/03/2027.",
  J('Emeka Eze', ymd(2027, 3, 1), FC))
m('en', "I run the front desk team. Nadine Chevalier, one of my receptionists, leaves on 19 February.",
  L('Nadine Chevalier', md(2, 19), N))
m('en', "Start date change: Oscar Lindberg now starts on 18 January instead of 11 January. Still as developer.",
  J('Oscar Lindberg', md(1, 18), SE))
m('en', "Quick heads-up that Hamish Douglas leaves us in four weeks, he's one of our sales reps.",
  L('Hamish Douglas', plus(28), AM))
m('en', "New joiner Monday 4 Jan 2027 - Ana Lucía Pérez - carer - Rosewood house",
  J('Ana Lucía Pérez', on('mon', ymd(2027, 1, 4)), CW))
m('en', "Please note that Jacob Levi is no longer a developer from 1 January; he'll be our facilities coordinator.",
  M('Jacob Levi', md(1, 1), FC, SE))
m('en', "Starting next Tuesday: Kamal Haddad, our new programmer. Kamal will sit with the platform team.",
  J('Kamal Haddad', wd('tue'), SE))
m('en', "Marta Kowalczyk, facilities coordinator, leaving 12/02/2027.",
  L('Marta Kowalczyk', ymd(2027, 2, 12), FC))
m('en', "We just signed Emily Nakamura as an account manager 🙌 first day 15 Feb. Also Harvey Brown, one of our account managers, leaves the company on the same day.",
  J('Emily Nakamura', md(2, 15), AM), L('Harvey Brown', md(2, 15), AM))
m('en', "hi — Rhys Jenkins starts with the care team on wed 6 jan",
  J('Rhys Jenkins', on('wed', md(1, 6)), CW))
m('en', "Benjamin Schwartz is retiring after 30 years as our facilities coordinator. His last day is 26 March 2027.",
  L('Benjamin Schwartz', ymd(2027, 3, 26), FC))
m('en', "Chloe Dubois joins the company on January 11, 2027. No specific role yet.",
  J('Chloe Dubois', ymd(2027, 1, 11), N))
m('en', "Sam Whitmore is switching from account management to engineering, starting 1st March.",
  M('Sam Whitmore', md(3, 1), SE, AM))
m('en', "Hello, could you remove Dominic Fraser from all systems at end of day today? He's leaving, he was a developer.",
  L('Dominic Fraser', NOW, SE))
m('en', "Please prepare a starter pack for Layla Haddad, healthcare assistant, start 1 March 2027.",
  J('Layla Haddad', ymd(2027, 3, 1), CW))
m('en', "Update: Hannah Schmidt will leave on 22 January, not 29 January as I said before. She's a developer.",
  L('Hannah Schmidt', md(1, 22), SE))
m('en', "The new facilities coordinator is Patrick Nolan, he starts 4 January. Patrick replaces Joan who retired.",
  J('Patrick Nolan', md(1, 4), FC))
m('en', "Our sales team is getting a new account manager next Monday: Ravi Shankar.",
  J('Ravi Shankar', wd('mon'), AM))
m('en', "Can you help? Victor Lemaire joined today as a developer and has no laptop.",
  J('Victor Lemaire', NOW, SE))
# --- last batch, mixed
m('nl', "Hallo Handover. Graag een account voor Rianne Stoffels, zij is onze nieuwe accountmanager en begint donderdag 7 januari. Rianne heeft ook een leaseauto nodig.",
  J('Rianne Stoffels', on('thu', md(1, 7)), AM))
m('nl', "Goedenavond, Patricia van Dongen, verzorgende, gaat uit dienst. Ze werkt nog tot en met 20 december.",
  L('Patricia van Dongen', md(12, 20), CW))
m('nl', "Per volgende week donderdag start Okke Terpstra bij de facilitaire afdeling.",
  J('Okke Terpstra', nw('thu'), FC))
m('nl', "Overplaatsing: Bilal Amrani, nu nog programmeur, wordt per 1 april vertegenwoordiger.",
  M('Bilal Amrani', md(4, 1), AM, SE))
m('nl', "Is dit het juiste kanaal? Ik wil melden dat Els Verwoerd op 31 maart met pensioen gaat.",
  L('Els Verwoerd', md(3, 31), N))
m('nl', "Leuk! Onze nieuwe developer heet Jasper van Rooij. Jasper start over twee weken, op donderdag 17 december.",
  J('Jasper van Rooij', on('thu', md(12, 17)), SE))
m('nl', "Mijn verzorgenden Nienke Bos en Chayenne Meijerink vertrekken allebei per 1 januari naar een andere werkgever.",
  L('Nienke Bos', md(1, 1), CW), L('Chayenne Meijerink', md(1, 1), CW))
m('nl', "Beste, vanaf 15 februari heeft Mees Verschoor een nieuwe functie als facilitair coördinator. Daarvoor werkte hij als accountmanager.",
  M('Mees Verschoor', md(2, 15), FC, AM))
m('nl', "Hoi, morgen start Ilias Bouali als zorgmedewerker op Het Anker. Alles al klaar?",
  J('Ilias Bouali', plus(1), CW))
m('nl', "uitdienst melding: Berend Wiegersma, softwareontwikkelaar, 30-1-2027",
  L('Berend Wiegersma', ymd(2027, 1, 30), SE))
m('nl', "Wij verwelkomen per 1 maart 2027 Femke-Lotte Rademaker als programmeur.",
  J('Femke-Lotte Rademaker', ymd(2027, 3, 1), SE))
m('nl', "Goedemorgen allemaal, even melden dat Gijsbert van Ommeren vanaf volgende week maandag in de verkoop werkt in plaats van in de zorg.",
  M('Gijsbert van Ommeren', nw('mon'), AM, CW))
m('nl', "Tineke Zuidema (facilitaire dienst) heeft haar laatste werkdag op vrijdag 15 januari 2027.",
  L('Tineke Zuidema', on('fri', ymd(2027, 1, 15)), FC))
m('nl', "Kunnen jullie alvast een telefoon bestellen voor Lisanne Visscher? Ze begint op 1 maart als verzorgende.",
  J('Lisanne Visscher', md(3, 1), CW))
m('nl', "Nieuw in het team per 11-01: Sem de Bruijn (ontwikkelaar) en Job Hazelaar (ontwikkelaar).",
  J('Sem de Bruijn', md(1, 11), SE), J('Job Hazelaar', md(1, 11), SE))
m('nl', "Helaas, Dion Groeneveld heeft ontslag genomen als accountmanager. Zijn laatste werkdag is 29-01-2027.",
  L('Dion Groeneveld', ymd(2027, 1, 29), AM))
m('nl', "Vanaf 4 januari is Marit Schoenmaker onze nieuwe facilitair medewerker. Marit, welkom!",
  J('Marit Schoenmaker', md(1, 4), FC))
m('nl', "Ik ben manager van de keuken. Ronald Dijkhuis, kok, gaat over drie weken weg bij ons.",
  L('Ronald Dijkhuis', plus(21), N))
m('nl', "Geachte heer, mevrouw, met ingang van 1 februari 2027 treedt mevrouw Özlem Kılıç in dienst als zorgmedewerker.",
  J('Özlem Kılıç', ymd(2027, 2, 1), CW))
m('nl', "Robbert-Jan Sterk gaat per 1 januari van de ontwikkelafdeling naar onze buitendienst als verkoper.",
  M('Robbert-Jan Sterk', md(1, 1), AM, SE))
m('nl', "Hey, Mila Groot begint maandag 18 januari als ontwikkelaar en Sven Lammertink stopt diezelfde dag als verkoper.",
  J('Mila Groot', on('mon', md(1, 18)), SE), L('Sven Lammertink', on('mon', md(1, 18)), AM))
m('nl', "Vraag: Fleur Janssens begint 4 januari als zorgmedewerker, moet ik HR ook nog mailen of gaat dat via jullie?",
  J('Fleur Janssens', md(1, 4), CW))
m('nl', "Goedemiddag, hierbij meld ik dat Hendrik-Jan Pool per 31 december uit dienst gaat. Hij was facilitair medewerker.",
  L('Hendrik-Jan Pool', md(12, 31), FC))
m('nl', "Aanmelding nieuwe medewerker: naam Nathalie Evers, functie accountmanager, eerste werkdag dinsdag 2 februari 2027.",
  J('Nathalie Evers', on('tue', ymd(2027, 2, 2)), AM))
m('nl', "Tijmen Boskamp (developer) vertrekt op 22 december, Lize Borgman (developer) begint op 4 januari.",
  L('Tijmen Boskamp', md(12, 22), SE), J('Lize Borgman', md(1, 4), SE))
m('en', "Hello! Tatiana Volkova starts as a carer on the 7th of January. Tatiana speaks little Dutch, so English instructions please.",
  J('Tatiana Volkova', md(1, 7), CW))
m('en', "Jonathan Price-Evans, sales rep, last day 8 Jan 2027.",
  L('Jonathan Price-Evans', ymd(2027, 1, 8), AM))
m('en', "Hi, Mateo Gómez is joining facilities on Monday 11 January as coordinator.",
  J('Mateo Gómez', on('mon', md(1, 11)), FC))
m('en', "From 1 January Neha Iyer is our new account manager; she was a developer before.",
  M('Neha Iyer', md(1, 1), AM, SE))
m('en', "Hi, Darren Walsh, one of our carers, left the company yesterday, can you close his accounts?",
  L('Darren Walsh', plus(-1), CW), past=True)
m('en', "Please add a joiner: Finn Andersen, developer, starts 2027-02-01.",
  J('Finn Andersen', ymd(2027, 2, 1), SE))
m('en', "We hired two carers for the Willow ward, Mercy Owusu and Abena Boateng, both starting next Monday.",
  J('Mercy Owusu', wd('mon'), CW), J('Abena Boateng', wd('mon'), CW))
m('en', "Toby Sinclair (facilities coordinator) moves to a sales role - account manager - on 15 March.",
  M('Toby Sinclair', md(3, 15), AM, FC))
m('en', "Ines Carvalho will be leaving at the end of the month; she's a software developer.",
  L('Ines Carvalho', EOM, SE))
m('en', "just fyi Zara Ali starts thurs 14 jan, carer",
  J('Zara Ali', on('thu', md(1, 14)), CW))
m('en', "Yesterday we agreed with Adrian Baker that he will start as a developer on 1 February. Can you prepare everything?",
  J('Adrian Baker', md(2, 1), SE))
m('en', "Good afternoon, please be informed that Ms Yasmin Farouk, account manager, will leave the company on 30 April 2027.",
  L('Yasmin Farouk', ymd(2027, 4, 30), AM))
m('en', "Greg Holloway is joining us as a sales representative - we don't have a start date yet.",
  J('Greg Holloway', None, AM))

# --- four more with two people
m('nl', "Goedemorgen, ik ben Ilona, afdelingshoofd Chirurgie. Per 1 februari komen Sevda Koç en Annemarie Blom als zorgmedewerkers bij ons. Annemarie heeft al een pas van haar vorige afdeling.",
  J('Sevda Koç', md(2, 1), CW), J('Annemarie Blom', md(2, 1), CW))
m('en', "Hi, two leavers from the dev team: Rory McKenna on Friday 8 January and Kasia Dąbrowska on Friday 22 January. Both developers, both need their laptops collected.",
  L('Rory McKenna', on('fri', md(1, 8)), SE), L('Kasia Dąbrowska', on('fri', md(1, 22)), SE))
m('nl', "Vanaf 1 maart gaat Desiree Pinas-Gefferie van de zorg naar facilitair als medewerker, en per diezelfde datum begint Orlando Sitaldin bij ons als verzorgende.",
  M('Desiree Pinas-Gefferie', md(3, 1), FC, CW), J('Orlando Sitaldin', md(3, 1), CW))
m('en', "Dear team, we'll say goodbye to Arthur Pennington (account manager) on 29 January; Eleanor Pryce takes over his accounts, starting as account manager on 1 February.",
  L('Arthur Pennington', md(1, 29), AM), J('Eleanor Pryce', md(2, 1), AM))

# --- checks
KINDS = {'JOINER', 'LEAVER', 'MOVER'}
ROLES = {AM, CW, FC, SE, None}
LIMIT = date(2028, 6, 3)  # 18 months ahead
seen_text, seen_name = set(), set()
for x in MSGS:
    t = x['text']
    assert t not in seen_text, t
    seen_text.add(t)
    assert x['lang'] in ('nl', 'en')
    assert x['expect'], t
    for p in x['expect']:
        assert p['kind'] in KINDS and p['role'] in ROLES, p
        assert ('fromRole' in p) == (p['kind'] == 'MOVER'), p
        if 'fromRole' in p:
            assert p['fromRole'] in ROLES, p
        hay, needle = (t.lower(), p['name'].lower()) if x['lc'] else (t, p['name'])
        assert needle in hay, (p['name'], t)
        assert p['name'] not in seen_name, p['name']
        seen_name.add(p['name'])
        if p['date'] is not None:
            d = date.fromisoformat(p['date'])
            if x['past']:
                assert d < TODAY, (p, t)
            else:
                assert TODAY <= d <= LIMIT, (p, t)
    if x['past']:
        assert any(p['date'] and date.fromisoformat(p['date']) < TODAY for p in x['expect'])

# every "weekday + day number" in a text is on an expected date with that weekday
DAYS = {'mon': r'maandag|monday|mon|ma', 'tue': r'dinsdag|tuesday|tue|di', 'wed': r'woensdag|wednesday|wed|wo',
        'thu': r'donderdag|thursday|thurs|thu|do', 'fri': r'vrijdag|friday|fri|vr'}
for x in MSGS:
    for key, alt in DAYS.items():
        for hit in re.finditer(r'\b(?:%s)\b,?\s+(?:the\s+)?(\d{1,2})' % alt, x['text'], re.I):
            n = int(hit.group(1))
            line = x['text'][x['text'].rfind('\n', 0, hit.start()) + 1:hit.start()]
            if line.startswith(('Datum:', 'Sent:')):  # a mail header: the date it was sent, 2 December
                assert n == 2 and key == 'wed' and on('wed', '2026-12-02'), hit.group(0)
                continue
            ok = any(p['date'] and date.fromisoformat(p['date']).day == n
                     and date.fromisoformat(p['date']).weekday() == WD.index(key) for p in x['expect'])
            assert ok, (hit.group(0), x['text'])

def write():
    rows = list(MSGS)
    random.Random(20261218).shuffle(rows)
    with open('blind-7.jsonl', 'w', encoding='utf-8', newline='\n') as out:
        for i, x in enumerate(rows, 1):
            out.write(json.dumps({'id': 'g%03d' % i, 'lang': x['lang'], 'text': x['text'], 'expect': x['expect']},
                                 ensure_ascii=False) + '\n')

def counts():
    from collections import Counter
    for lang in ('nl', 'en', None):
        xs = [x for x in MSGS if lang is None or x['lang'] == lang]
        ps = [p for x in xs for p in x['expect']]
        k = Counter(p['kind'] for p in ps)
        print(lang or 'total', len(xs), k['JOINER'], k['LEAVER'], k['MOVER'], len(ps),
              sum(len(x['expect']) == 2 for x in xs),
              'nulldate', sum(any(p['date'] is None for p in x['expect']) for x in xs),
              'nullrole', sum(any(p['role'] is None for p in x['expect']) for x in xs),
              'nullfrom', sum(p.get('fromRole', 1) is None for p in ps),
              'mail', sum('\n' in x['text'] for x in xs))

if __name__ == '__main__':
    write()
    counts()
