"""English source of the demo events; dates are days from the day the demo is loaded."""

EVENTS = [
    {
        "slug": "getting-started-with-twinspace",
        "title": "Getting started with TwinSpace: a practical tour",
        "kind": "online-seminar",
        "format": "online",
        "start_in_days": 3,
        "start_time": "16:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Brussels",
        "location": "",
        "organiser": None,
        "registration_url": "https://example.org/register/getting-started-with-twinspace",
        "introduction": (
            "A one-hour live tour of TwinSpace for teachers starting their first project. Bring your questions and "
            "leave ready to invite your pupils."
        ),
        "body": [
            (
                "The seminar covers creating pages and activities, inviting pupils and partner teachers, setting "
                "permissions and using the new shared calendar. The presenter works in a demonstration TwinSpace, so "
                "you can follow each step on your own screen."
            ),
            (
                "It is intended for teachers of all subjects and school levels who have registered a project or are "
                "about to do so. The seminar is held in English and includes 20 minutes for questions. All registered "
                "participants will receive the recording and a step-by-step checklist."
            ),
        ],
    },
    {
        "slug": "it-quality-label-seminar",
        "title": "Preparing your project for the National Quality Label",
        "kind": "online-seminar",
        "format": "online",
        "start_in_days": 17,
        "start_time": "15:00",
        "duration_minutes": 90,
        "time_zone": "Europe/Rome",
        "location": "",
        "organiser": "it",
        "registration_url": "https://example.org/register/it-quality-label-seminar",
        "introduction": (
            "An online seminar in Italian for teachers who want to plan this school year's project with the National "
            "Quality Label criteria in mind."
        ),
        "body": [
            (
                "Italian assessors will explain the six Quality Label criteria using examples from labelled projects "
                "and point out the most common weaknesses in applications. In the second part, participants review the "
                "plan of their own project in small groups with the help of an assessor."
            ),
            (
                "The seminar is intended for teachers in Italian schools of all levels who are running or planning a "
                "project in 2026/27. It is held in Italian, and participants receive a certificate of attendance that "
                "counts towards in-service training."
            ),
        ],
    },
    {
        "slug": "ai-in-project-work-seminar",
        "title": "Artificial intelligence in project work: opportunities and pitfalls",
        "kind": "online-seminar",
        "format": "online",
        "start_in_days": -18,
        "start_time": "16:00",
        "duration_minutes": 75,
        "time_zone": "Europe/Brussels",
        "location": "",
        "organiser": None,
        "registration_url": "https://example.org/register/ai-in-project-work-seminar",
        "introduction": (
            "This online seminar explored how teachers can use artificial intelligence tools in international "
            "projects, based on the guidance published in March."
        ),
        "body": [
            (
                "Two teachers, one from a primary school and one from a vocational school, showed how they used AI "
                "tools with their partner classes, and a data protection specialist explained what to check before "
                "choosing a tool. Participants then discussed in small groups how to agree on common rules with their "
                "project partners."
            ),
            (
                "The seminar was held in English with live captions. The recording, the slides and a checklist for "
                "choosing tools are available to all registered teachers on this page."
            ),
        ],
    },
    {
        "slug": "european-spring-conference-2027",
        "title": "European Spring Conference 2027: learning together across borders",
        "kind": "conference",
        "format": "in-person",
        "start_in_days": 128,
        "start_time": "07:30",
        "duration_minutes": 3 * 24 * 60 - 17 * 60 - 30,
        "time_zone": "Europe/Brussels",
        "location": "Riverside Congress Centre, Ljubljana, Slovenia",
        "organiser": None,
        "registration_url": "https://example.org/register/european-spring-conference-2027",
        "introduction": (
            "Three days of workshops, project presentations and networking for teachers and school heads, organised in "
            "Ljubljana by the Central Support Service."
        ),
        "body": [
            (
                "The programme includes two keynotes, more than 25 practical workshops and a project fair at which the "
                "winners of the European Prizes 2026 present their work. The last day is dedicated to visits to local "
                "schools and to partner-finding sessions for teachers who want to start a project in the next school "
                "year."
            ),
            (
                "The conference is intended for teachers and school heads from all participating countries, and places "
                "are allocated through the National Support Services and Partner Support Agencies. The working "
                "language is English."
            ),
            (
                "Travel, accommodation and meals are covered for selected participants. All participants receive a "
                "certificate of attendance and access to the recordings of the keynotes."
            ),
        ],
    },
    {
        "slug": "pl-national-conference-krakow",
        "title": "National conference 2026 in Kraków",
        "kind": "conference",
        "format": "in-person",
        "start_in_days": -46,
        "start_time": "07:00",
        "duration_minutes": 24 * 60 + 6 * 60,
        "time_zone": "Europe/Warsaw",
        "location": "Vistula Conference Centre, Kraków, Poland",
        "organiser": "pl",
        "registration_url": "https://example.org/register/pl-national-conference-krakow",
        "introduction": (
            "The national conference of the Polish National Support Service brought together teachers and school heads "
            "from all over Poland for two days of workshops and project presentations."
        ),
        "body": [
            (
                "The programme included a panel on international projects and the core curriculum, 16 workshops run by "
                "experienced Polish teachers, a project fair and a separate track for school heads. Teachers new to "
                "international projects could join a beginners' session on the first morning."
            ),
            (
                "The conference was held in Polish, with one workshop in English for guests from abroad. Participants "
                "received a certificate of attendance, and the presentations are available on the national pages."
            ),
        ],
    },
    {
        "slug": "from-idea-to-quality-label-course",
        "title": "From idea to Quality Label: designing a collaborative project",
        "kind": "course",
        "format": "online",
        "start_in_days": 42,
        "start_time": "09:00",
        "duration_minutes": 25 * 24 * 60 + 8 * 60,
        "time_zone": "Europe/Brussels",
        "location": "",
        "organiser": None,
        "registration_url": "https://example.org/register/from-idea-to-quality-label-course",
        "introduction": (
            "A four-week online course that guides you through planning a project with partners abroad, from the first "
            "idea to a plan that meets the Quality Label criteria."
        ),
        "body": [
            (
                "Each week covers one stage of project design: setting learning goals and curriculum links, planning "
                "collaborative activities, choosing tools and organising TwinSpace, and assessing and documenting "
                "pupils' learning. You will watch short videos, study examples from labelled projects and complete a "
                "weekly task in which you build your own project plan step by step."
            ),
            (
                "The course is intended for teachers of all subjects and levels, especially those who have already "
                "completed one or two projects. It is held in English, takes about three hours a week and can be "
                "followed at your own pace within each week."
            ),
            (
                "Participants who complete all tasks receive a certificate for 12 learning hours, and their project "
                "plans receive feedback from other participants and a course moderator. Places are limited to 1,000 "
                "participants."
            ),
        ],
    },
    {
        "slug": "fi-outdoor-learning-course",
        "title": "Outdoor learning in international projects",
        "kind": "course",
        "format": "online",
        "start_in_days": 63,
        "start_time": "08:00",
        "duration_minutes": 18 * 24 * 60 + 6 * 60,
        "time_zone": "Europe/Helsinki",
        "location": "",
        "organiser": "fi",
        "registration_url": "https://example.org/register/fi-outdoor-learning-course",
        "introduction": (
            "A three-week online course from the Finnish National Support Service on taking project work outdoors, "
            "whatever the weather and whatever the age of your pupils."
        ),
        "body": [
            (
                "The course shows how pupils can collect observations, measurements and stories outside the classroom "
                "and share them with partner schools abroad. Finnish teachers present examples from pre-school to "
                "upper secondary level, including seasonal nature diaries and a joint study of school playgrounds."
            ),
            (
                "The course is open to teachers from all participating countries and is held in English, with some "
                "materials also available in Finnish and Swedish. It takes two to three hours a week and includes a "
                "live online meeting at the end of each week, at 16:00 Finnish time."
            ),
            (
                "Participants who complete the course receive a certificate. At the end of the course, participants "
                "who are looking for partners for an outdoor project in spring can share their ideas in the course "
                "group."
            ),
        ],
    },
    {
        "slug": "inclusive-projects-course",
        "title": "Inclusive projects: designing for every learner",
        "kind": "course",
        "format": "online",
        "start_in_days": -70,
        "start_time": "07:00",
        "duration_minutes": 18 * 24 * 60 + 9 * 60,
        "time_zone": "Europe/Brussels",
        "location": "",
        "organiser": None,
        "registration_url": "https://example.org/register/inclusive-projects-course",
        "introduction": (
            "This three-week online course helped teachers plan international projects in which every pupil can take "
            "part, based on the new guide to inclusive projects."
        ),
        "body": [
            (
                "The course covered identifying barriers to participation, applying universal design for learning to "
                "project activities, and choosing accessible tools and low-tech alternatives. Each week ended with a "
                "task in which participants adapted an activity from their own project."
            ),
            (
                "More than 2,300 teachers took part in the course, which was held in English with subtitles in several "
                "languages. The course materials remain available to registered teachers in the course archive, and "
                "certificates were issued to everyone who completed the tasks."
            ),
        ],
    },
]
