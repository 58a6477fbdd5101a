"""English source of the demo European Prizes: the index and two years, each with a winner in every
age category and two special prizes. The 2026 age-category winners are those of the news article
"European Prizes 2026: meet this year's winning projects". Schools are made up; countries are ISO codes."""

from demo.content import PRIZES_INDEX

# The index is in the main menu, so its text is translated into every language with the home page.
INDEX = PRIZES_INDEX

YEARS = [
    {
        "year": 2025,
        "title": "European Prizes 2025",
        "introduction": (
            "Seven projects from 22 countries won the European Prizes 2025. Several of them have since been turned "
            "into project kits that any school can run with its partners."
        ),
        "winners": [
            {
                "age_range": "up-to-6",
                "title": "Playground Games for Everyone",
                "description": (
                    "Children from three pre-schools taught each other their favourite playground games through short "
                    "videos and picture cards, then invented a new game that all three groups could play together. "
                    "The jury valued how the teachers made sure that every child, including children with "
                    "disabilities, could join in."
                ),
                "schools": [
                    ("Vrtec Ciciban", "Ljubljana", "SI"),
                    ("Kleuterschool De Regenboog", "Ghent", "BE"),
                    ("Förskolan Solrosen", "Uppsala", "SE"),
                ],
                "kit": "playground-games-for-everyone",
            },
            {
                "age_range": "7-11",
                "title": "Fairy Tales Without Borders",
                "description": (
                    "Pupils compared the fairy tales of their countries, found the heroes and villains they share, and "
                    "wrote and illustrated a new tale together, one chapter per school. The final storybook was "
                    "performed as a puppet show at each school."
                ),
                "schools": [
                    ("Escola Básica n.º 1 de Évora", "Évora", "PT"),
                    ("Jelgavas Centra pamatskola", "Jelgava", "LV"),
                    ("2nd Primary School of Chania", "Chania", "GR"),
                ],
                "kit": "fairy-tales-without-borders",
            },
            {
                "age_range": "12-15",
                "title": "Maths in Our Buildings",
                "description": (
                    "Pupils measured, photographed and modelled buildings in their towns to find symmetry, ratios and "
                    "geometric shapes, and set each other maths trails through their streets. Their online atlas of "
                    "mathematical buildings is now used by other schools."
                ),
                "schools": [
                    ("Szent István Általános Iskola", "Szeged", "HU"),
                    ("Tårnby Skole", "Tårnby", "DK"),
                    ("Atatürk Ortaokulu", "İzmir", "TR"),
                ],
                "kit": "maths-in-our-buildings",
            },
            {
                "age_range": "16-19",
                "title": "Voices of 1989",
                "description": (
                    "Students interviewed grandparents, neighbours and former teachers about the year 1989 and its "
                    "changes in their countries, then compared the memories they had collected. The jury praised the "
                    "careful method and the respect shown to every witness."
                ),
                "schools": [
                    ("Humboldt-Gymnasium", "Leipzig", "DE"),
                    ("Gymnázium Brno, Křenová", "Brno", "CZ"),
                    ("Tartu Jaan Poska Gümnaasium", "Tartu", "EE"),
                ],
                "kit": "voices-of-1989",
            },
            {
                "age_range": "vocational",
                "title": "Mini-Companies across Europe",
                "description": (
                    "Students in business and catering courses ran three small companies that traded with each other, "
                    "from a shared product catalogue to invoices in three languages. Each company ended the year with "
                    "a small profit, donated to a local charity."
                ),
                "schools": [
                    ("CIFP Politécnico de Santiago", "Santiago de Compostela", "ES"),
                    ("Limerick College of Further Education", "Limerick", "IE"),
                    ("Stredná odborná škola obchodu a služieb", "Nitra", "SK"),
                ],
                "kit": "mini-companies-across-europe",
            },
            {
                "special_prize": "Special prize for Citizenship",
                "title": "Children's Councils for Our Towns",
                "description": (
                    "Pupils set up a children's council in each town, prepared proposals for their mayors and met "
                    "online to compare how local democracy works in their countries. Two of the proposals, a safer "
                    "crossing and a reading corner in a park, have been carried out."
                ),
                "schools": [
                    ("Nordahl Grieg ungdomsskole", "Bergen", "NO"),
                    ("Tbilisi Public School No. 51", "Tbilisi", "GE"),
                    ("Istituto Comprensivo Dante Alighieri", "Bari", "IT"),
                ],
                "url": "https://example.org/childrens-councils",
            },
            {
                "special_prize": "Special prize for Inclusion",
                "title": "Signs We Share",
                "description": (
                    "Deaf and hearing pupils learned greetings and everyday words in the sign languages of their "
                    "partners and made a picture dictionary with short video clips. The project changed how the "
                    "schools welcome deaf pupils."
                ),
                "schools": [
                    ("Collège Jean Moulin", "Toulouse", "FR"),
                    ("St Thomas More College", "Żejtun", "MT"),
                    ("Liceul Teoretic Mihai Eminescu", "Bălți", "MD"),
                    ("Sredno uchilishte Hristo Botev", "Plovdiv", "BG"),
                ],
            },
        ],
    },
    {
        "year": 2026,
        "title": "European Prizes 2026",
        "introduction": (
            "Five projects involving schools from 17 countries won the age categories of the European Prizes 2026, "
            "and two more received special prizes. The winners were announced during an online ceremony on "
            "17 November."
        ),
        "winners": [
            {
                "age_range": "up-to-6",
                "title": "Little Rain Explorers",
                "description": (
                    "Children measured rainfall with home-made gauges, compared the results on a shared map and sang "
                    "each other's weather songs in three languages. The jury praised how the teachers turned a simple "
                    "daily routine into genuine collaboration between very young learners."
                ),
                "schools": [
                    ("Dječji vrtić Radost", "Split", "HR"),
                    ("Jardim de Infância de Carcavelos", "Cascais", "PT"),
                    ("Päiväkoti Satakieli", "Tampere", "FI"),
                ],
            },
            {
                "age_range": "7-11",
                "title": "News from Our Street",
                "description": (
                    "Mixed international teams of pupils wrote and edited a monthly newspaper about life in their "
                    "streets, checking every fact before publishing. The project reflected the annual theme on "
                    "critical thinking and media literacy particularly well."
                ),
                "schools": [
                    ("Szkoła Podstawowa nr 12", "Kraków", "PL"),
                    ("Scuola Primaria Giovanni Pascoli", "Bologna", "IT"),
                    ("Scoil Mhuire National School", "Galway", "IE"),
                    ("Birkirkara Primary School", "Birkirkara", "MT"),
                ],
            },
            {
                "age_range": "12-15",
                "title": "Fact Detectives",
                "description": (
                    "Pupils checked viral claims about science and history, explained how they had traced each one to "
                    "its source, and published a guide to checking information for younger pupils."
                ),
                "schools": [
                    ("IES Miguel de Cervantes", "Madrid", "ES"),
                    ("3rd Gymnasium of Patras", "Patras", "GR"),
                    ("Základní škola Komenského", "Olomouc", "CZ"),
                    ("Lviv Secondary School No. 8", "Lviv", "UA"),
                ],
                "kit": "fake-news-detectives",
            },
            {
                "age_range": "16-19",
                "title": "Rivers Tell Stories",
                "description": (
                    "Upper secondary students tested the water quality of their local rivers and interviewed people "
                    "who live and work along them. Their exhibition combined the measurements with the stories they "
                    "had recorded."
                ),
                "schools": [
                    ("Albert-Schweitzer-Gymnasium", "Koblenz", "DE"),
                    ("Lycée Jean Monnet", "Nantes", "FR"),
                    ("Colegiul Național Gheorghe Lazăr", "Sibiu", "RO"),
                ],
            },
            {
                "age_range": "vocational",
                "title": "Repair Café Europe",
                "description": (
                    "Students from vocational schools repaired donated devices, from toasters to bicycles, and wrote "
                    "shared repair manuals for the public. More than 300 devices were given a second life."
                ),
                "schools": [
                    ("ROC Midden Nederland", "Utrecht", "NL"),
                    ("HTL Mödling", "Mödling", "AT"),
                    ("Kauno technikos profesinio mokymo centras", "Kaunas", "LT"),
                ],
            },
            {
                "special_prize": "Special prize for Climate Action",
                "title": "Seeds of Tomorrow",
                "description": (
                    "Pupils collected and exchanged seeds of local plants suited to a warmer climate, grew them in "
                    "school gardens and shared their results in a common planting calendar."
                ),
                "schools": [
                    ("Menntaskólinn á Akureyri", "Akureyri", "IS"),
                    ("Shkolla 9-vjeçare Naim Frashëri", "Korçë", "AL"),
                    ("Collège Pilote de Sfax", "Sfax", "TN"),
                    ("Lycée Michel Rodange", "Luxembourg", "LU"),
                ],
                "url": "https://example.org/seeds-of-tomorrow",
            },
            {
                "special_prize": "Special prize for Multilingualism",
                "title": "Lullabies from Home",
                "description": (
                    "Pupils recorded the lullabies their families sing at home, in eleven languages, and learned one "
                    "from each partner school. The songbook gives a place to the languages pupils speak at home but "
                    "rarely hear at school."
                ),
                "schools": [
                    ("OŠ Vuk Karadžić", "Novi Sad", "RS"),
                    ("OOU Kočo Racin", "Skopje", "MK"),
                    ("Yerevan School No. 55", "Yerevan", "AM"),
                    ("Rinkebyskolan", "Stockholm", "SE"),
                ],
            },
        ],
    },
]
