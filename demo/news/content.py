"""English source of the demo news (reference date 2026-11-23)."""

# Twenty articles, newest first: twelve central news items and eight national news items.
NEWS = [
    {
        "slug": "european-prizes-2026-winners",
        "title": "European Prizes 2026: meet this year's winning projects",
        "date": "2026-11-18",
        "introduction": (
            "Five projects involving schools from 17 countries have won the European Prizes 2026, one in each age "
            "category. The winners were announced during an online ceremony on 17 November."
        ),
        "body": [
            (
                "In the category for children up to 6, the prize goes to Little Rain Explorers, a project of "
                "pre-schools from Croatia, Portugal and Finland. The children measured rainfall with home-made gauges, "
                "compared the results on a shared map in TwinSpace and sang each other's weather songs in three "
                "languages. The jury praised how the teachers turned a simple daily routine into genuine collaboration "
                "between very young learners."
            ),
            (
                "Primary schools from Poland, Italy, Ireland and Malta won the 7-11 category with News from Our "
                "Street, a monthly newspaper written and edited by mixed international teams of pupils. In the 12-15 "
                "category, Fact Detectives brought together pupils from Spain, Greece, Czechia and Ukraine, who "
                "checked viral claims and published a guide to checking information for younger pupils. Both projects "
                "reflected the 2026 annual theme on critical thinking and media literacy particularly well."
            ),
            (
                "The 16-19 prize goes to Rivers Tell Stories, in which upper secondary students in Germany, France and "
                "Romania tested the water quality of their local rivers and interviewed people who live and work along "
                "them. The vocational prize goes to Repair Café Europe, in which students from vocational schools in "
                "the Netherlands, Austria and Lithuania repaired donated devices and wrote shared repair manuals for "
                "the public."
            ),
            (
                "A jury of teachers, teacher educators and support service staff assessed 62 finalist projects, all of "
                "which hold a European Quality Label. Each winning team receives a prize for the participating schools "
                "and an invitation for two teachers per school to the European Spring Conference in Ljubljana in 2027, "
                "where they will present their projects. Descriptions of all winning projects, with short videos made "
                "by the pupils, are available in the Prizes section of the portal."
            ),
        ],
        "country": None,
        "topics": ["prizes"],
    },
    {
        "slug": "fr-regional-meeting-lyon",
        "title": "Regional meeting in Lyon brings together 180 teachers",
        "date": "2026-11-12",
        "introduction": (
            "The French National Support Service welcomed 180 teachers from the Auvergne-Rhône-Alpes region to Lyon on "
            "4 November for an afternoon of workshops, partner finding and project presentations."
        ),
        "body": [
            (
                "The meeting opened with a look at the region's figures: more than 1,400 registered teachers and 230 "
                "projects started since September 2025. Teachers from Lyon, Grenoble and Clermont-Ferrand then "
                "presented projects that received a National Quality Label this year, including a theatre project with "
                "partner schools in Italy and Belgium."
            ),
            (
                "Participants then chose between four workshops: starting a first project, using TwinSpace with "
                "younger pupils, assessing collaborative work, and involving the whole school. The workshop on "
                "assessment was the most popular, and its slides and examples are now available on the national pages."
            ),
            (
                "A final partner-finding session matched teachers who want to start a project in January, mainly in "
                "primary and lower secondary schools. The National Support Service will hold similar meetings in "
                "Bordeaux in February and in Lille in March, and registration is open on the national pages."
            ),
        ],
        "country": "fr",
        "topics": ["community", "professional-development"],
    },
    {
        "slug": "annual-conference-2026-vilnius",
        "title": "Annual conference 2026: 500 teachers discuss media literacy in Vilnius",
        "date": "2026-11-05",
        "introduction": (
            "From 29 to 31 October, around 500 teachers, school heads and support staff from 44 countries met in "
            "Vilnius to explore this year's theme, critical thinking and media literacy."
        ),
        "body": [
            (
                "The programme combined keynotes, 30 hands-on workshops and a project fair where teachers presented "
                "their work to colleagues from other countries. Speakers from universities and fact-checking "
                "organisations discussed how pupils judge sources and why working with classes abroad helps them "
                "notice bias."
            ),
            (
                "Workshops covered practical topics such as checking images with primary pupils, building a shared "
                "glossary of media terms in several languages, and using TwinSpace forums for structured debates. Many "
                "participants said the most useful moments were the informal exchanges at the project fair, where "
                "several new partnerships were formed."
            ),
            (
                "Recordings of the keynotes and the workshop materials are available in the conference area of the "
                "portal. The conference report, with recommendations for teachers and school leaders, will be "
                "published in December."
            ),
        ],
        "country": None,
        "topics": ["community", "digital-education"],
    },
    {
        "slug": "it-quality-label-ceremony-rome",
        "title": "Italian schools celebrate their National Quality Labels in Rome",
        "date": "2026-10-29",
        "introduction": (
            "The Italian National Support Service held its annual Quality Label ceremony in Rome on 27 October, "
            "celebrating the 1,150 projects that received a National Quality Label in 2026."
        ),
        "body": [
            (
                "Teachers from all twenty regions attended the ceremony, and schools that could not travel followed it "
                "online. Representatives of the Ministry of Education and of the regional school offices presented the "
                "certificates to a delegation of teachers from each region."
            ),
            (
                "The Italian assessors noted a clear improvement in the quality of collaboration this year. More "
                "projects had pupils working in mixed international teams rather than simply exchanging finished "
                "products, and more teachers described how they assessed what their pupils had learned."
            ),
            (
                "Twelve projects were presented on stage, including a primary project on traditional playground games "
                "with schools in Spain and Slovakia and a vocational project on sustainable tourism with partners in "
                "Croatia and Greece. The full list of labelled projects is available on the national pages, and "
                "teachers can download their certificates from their profile."
            ),
        ],
        "country": "it",
        "topics": ["quality-labels"],
    },
    {
        "slug": "european-quality-labels-2026",
        "title": "European Quality Labels 2026 awarded to 1,840 projects",
        "date": "2026-10-22",
        "introduction": (
            "This year 1,840 projects received the European Quality Label, which recognises excellent collaboration "
            "between schools in different countries."
        ),
        "body": [
            (
                "The European Quality Label is awarded to projects that have received a National Quality Label in at "
                "least two of the participating countries. It recognises the whole project team, so every teacher and "
                "school involved in a labelled project can display it."
            ),
            (
                "Compared with 2025, the number of labelled projects in vocational education grew by almost a fifth. "
                "Projects for children up to 6 now make up one in ten of all labels, and around one in seven labelled "
                "projects involved a school from one of the partner countries."
            ),
            (
                "Teachers can download their certificates from their profile page from today. Labelled projects also "
                "appear in the project gallery, where colleagues can look for inspiration and contact the teachers "
                "behind them."
            ),
            (
                "Projects that received the European Quality Label in 2025 were eligible for the European Prizes 2026. "
                "The jury is now assessing the shortlisted projects, and the winners will be announced in "
                "mid-November."
            ),
        ],
        "country": None,
        "topics": ["quality-labels"],
    },
    {
        "slug": "pl-national-conference-krakow",
        "title": "National conference in Kraków: 320 teachers share their projects",
        "date": "2026-10-15",
        "introduction": (
            "On 8 and 9 October the Polish National Support Service hosted its national conference in Kraków, with "
            "workshops, a project fair and a session for teachers who are new to international projects."
        ),
        "body": [
            (
                "The conference opened with a panel on how international projects support the core curriculum, in "
                "particular key competences such as cooperation, digital skills and learning to learn. Teachers from "
                "Gdańsk, Lublin and Wrocław then presented projects that received a National Quality Label this year."
            ),
            (
                "Over the two days, participants attended 16 workshops run by experienced Polish teachers, covering "
                "topics from project planning and TwinSpace privacy settings to the use of artificial intelligence "
                "tools with pupils. A separate track for school heads looked at how to make international projects "
                "part of the school development plan."
            ),
            (
                "Presentations and photos from the conference are available on the national pages. The next national "
                "conference will take place in autumn 2027, and regional meetings will continue in all voivodeships "
                "throughout the school year."
            ),
        ],
        "country": "pl",
        "topics": ["community", "professional-development"],
    },
    {
        "slug": "digital-citizenship-week-2026",
        "title": "Digital Citizenship Week: 4,600 classrooms took part",
        "date": "2026-10-12",
        "introduction": (
            "During the campaign week from 5 to 9 October, 4,600 classrooms in 38 countries completed short "
            "collaborative activities on online safety, respectful communication and checking information."
        ),
        "body": [
            (
                "The campaign offered ready-to-use activities for three age groups, each designed to take one or two "
                "lessons. Classes could work on their own or pair up with a class abroad through the campaign group, "
                "and more than 900 pairs of classes did so."
            ),
            (
                "The most popular activity was the headline challenge, in which pupils compared how the same news "
                "story was reported in different countries. Younger pupils made posters about kind behaviour online, "
                "which now form a shared gallery in the campaign group."
            ),
            (
                "All activities remain available in the campaign kit and can be used at any time of the year. Teachers "
                "who took part can download a certificate of participation from the campaign page until 31 December."
            ),
        ],
        "country": None,
        "topics": ["campaigns", "digital-education"],
    },
    {
        "slug": "de-national-prize-call",
        "title": "German national prize: call for entries now open",
        "date": "2026-10-07",
        "introduction": (
            "The German National Support Service invites schools to enter their international projects for this year's "
            "national prize. Entries are open until 15 January 2027 in four categories."
        ),
        "body": [
            (
                "The prize is open to projects carried out in the 2025/26 or 2026/27 school year by teachers in "
                "Germany together with at least one partner school abroad. There are four categories: primary schools, "
                "lower secondary schools, upper secondary schools and vocational schools."
            ),
            (
                "Entries are submitted through an online form and should include a short project description, examples "
                "of pupils' work and a reflection on what the pupils learned. A jury of teachers, teacher educators "
                "and representatives of the education ministries of the federal states will select the winners."
            ),
            (
                "The winning schools will receive prize money for school activities and will be invited to an award "
                "ceremony in Bonn in spring 2027. The National Support Service will hold an online information session "
                "on 11 November for teachers who would like to know more about the criteria."
            ),
        ],
        "country": "de",
        "topics": ["prizes"],
    },
    {
        "slug": "new-online-courses-autumn-2026",
        "title": "Four new online courses for the 2026/27 school year",
        "date": "2026-10-01",
        "introduction": (
            "The course catalogue for this school year adds four new online courses on inclusive projects, project "
            "design, media literacy and assessment. All courses are free for registered teachers."
        ),
        "body": [
            (
                "Each course runs for three to five weeks and takes about three hours a week, combining short videos, "
                "readings, practical tasks and discussions with colleagues from other countries. Participants who "
                "complete all tasks receive a certificate stating the number of learning hours."
            ),
            (
                "The first course, Inclusive projects: designing for every learner, started on 14 September and has "
                "already attracted more than 2,300 participants. From idea to Quality Label, a course on planning a "
                "project that meets the label criteria, starts on 4 January 2027, and registration is now open."
            ),
            (
                "The courses on media literacy and on assessing collaborative work will follow in February and March "
                "2027. Most courses are offered in English, and several National Support Services are organising "
                "versions in their own languages."
            ),
        ],
        "country": None,
        "topics": ["professional-development"],
    },
    {
        "slug": "twinspace-autumn-update",
        "title": "TwinSpace update: shared calendar, larger uploads and better accessibility",
        "date": "2026-09-17",
        "introduction": (
            "A new version of TwinSpace is now available to all projects, with a shared project calendar, larger file "
            "uploads and several improvements for keyboard and screen reader users."
        ),
        "body": [
            (
                "The new shared calendar lets teachers plan project activities, online meetings and deadlines in one "
                "place, and each member sees the dates in their own time zone. Pupils can view the calendar, but only "
                "teachers can add or change events."
            ),
            (
                "Teachers can now upload files of up to 200 MB, which makes it easier to share videos made by pupils. "
                "All files are scanned automatically, and teachers can decide whether pupils are allowed to download "
                "them."
            ),
            (
                "The update also improves accessibility: all pages can now be used with a keyboard alone, images in "
                "pages and forums can be given alternative text, and the colour contrast of the interface has been "
                "increased. A short guide to the changes is available in the help centre in all portal languages."
            ),
        ],
        "country": None,
        "topics": ["digital-education", "projects"],
    },
    {
        "slug": "find-partners-new-school-year",
        "title": "New school year: how to find the right partner for your project",
        "date": "2026-09-08",
        "introduction": (
            "September is the busiest month for partner finding. Here are practical tips for using the partner-finding "
            "tools and starting a project that works for everyone involved."
        ),
        "body": [
            (
                "Start by completing your profile with the age of your pupils, the subjects you teach and the "
                "languages you can work in. Teachers with complete profiles receive many more replies, and the search "
                "filters can only show you to other teachers if this information is filled in."
            ),
            (
                "When you post in the partner-finding forum, describe a concrete idea rather than a general wish, and "
                "mention the period and the number of pupils involved. A request for two partner classes of 10 to "
                "11-year-olds for a six-week project on local legends in spring will get far more answers than a call "
                "for partners for any project."
            ),
            (
                "Before registering the project, agree with your partners on a simple timeline, the tools you will use "
                "and how often you will meet online. For a first project, working with two or three partners is "
                "usually easier to manage than joining a large group."
            ),
            (
                "If you need help, your National Support Service or Partner Support Agency can put you in touch with "
                "experienced teachers in your country. The online seminar on getting started with TwinSpace, held "
                "every term, is also a good place to ask questions."
            ),
        ],
        "country": None,
        "topics": ["projects", "community"],
    },
    {
        "slug": "es-inclusion-workshop-seville",
        "title": "Seville workshop on inclusive international projects",
        "date": "2026-07-14",
        "introduction": (
            "Sixty teachers from across Spain met in Seville on 1 and 2 July for a national workshop on opening "
            "international projects to pupils with special educational needs and pupils at risk of leaving school "
            "early."
        ),
        "body": [
            (
                "The workshop was organised by the Spanish National Support Service together with the regional "
                "education authority of Andalusia. Participants included teachers from mainstream schools, special "
                "education centres and second-chance programmes."
            ),
            (
                "In small groups, teachers adapted existing project activities using the principles of universal "
                "design for learning, for example by offering pupils several ways to present their work and by using "
                "pictograms and easy-to-read texts in TwinSpace. Teachers from a special education centre in Málaga "
                "presented a project with a school in Ireland in which pupils communicated mainly through photos and "
                "short videos."
            ),
            (
                "The adapted activities will be published as a collection on the national pages in the autumn. The "
                "National Support Service plans to repeat the workshop in another region in 2027."
            ),
        ],
        "country": "es",
        "topics": ["inclusion", "professional-development"],
    },
    {
        "slug": "inclusive-projects-guide",
        "title": "New guide: inclusive projects for every learner",
        "date": "2026-06-30",
        "introduction": (
            "A new practical guide helps teachers plan international projects that welcome pupils with disabilities, "
            "newly arrived pupils, pupils in remote areas and pupils from disadvantaged backgrounds."
        ),
        "body": [
            (
                "The guide was written with teachers from twelve countries who have run inclusive projects, and it is "
                "built around real examples. Each chapter starts with a common barrier, such as limited language "
                "skills or a lack of devices at home, and shows how other teachers overcame it."
            ),
            (
                "It includes checklists for planning activities, advice on choosing accessible tools and ideas for "
                "involving parents and support staff. One section focuses on low-tech activities, such as exchanging "
                "letters and parcels, which allow every pupil to take part."
            ),
            (
                "The guide is available free of charge in 29 languages in the publications section of the portal. It "
                "is also the basis of a new online course on inclusive projects, which starts on 14 September."
            ),
        ],
        "country": None,
        "topics": ["inclusion"],
    },
    {
        "slug": "gr-island-schools-network",
        "title": "Greek island schools connect through a new network",
        "date": "2026-06-10",
        "introduction": (
            "The Greek National Support Service has launched a network for teachers in small island schools, helping "
            "them to overcome isolation and find partners for international projects."
        ),
        "body": [
            (
                "Many schools on the smaller islands of the Aegean and Ionian seas have only a few teachers and "
                "mixed-age classes, which makes professional exchange difficult. The new network already brings "
                "together 85 teachers from 40 islands, with monthly online meetings and a shared group on the portal."
            ),
            (
                "At the first in-person meeting, held on Syros at the end of May, teachers planned joint projects on "
                "island life, fishing traditions and renewable energy. Several groups have already found partner "
                "schools on islands in Croatia, Italy and Malta."
            ),
            (
                "Teachers working in island or remote schools in Greece can join the network at any time through the "
                "national pages. The National Support Service also advises schools that have difficulties with "
                "equipment or internet connections."
            ),
        ],
        "country": "gr",
        "topics": ["community", "inclusion"],
    },
    {
        "slug": "vocational-teachers-group",
        "title": "New European group for vocational education teachers",
        "date": "2026-05-20",
        "introduction": (
            "A new group on the portal gives teachers in vocational education and training a place to share project "
            "ideas, find partners in the same field and discuss work-based learning."
        ),
        "body": [
            (
                "Vocational teachers often tell us that it is hard to find partners teaching the same trade in other "
                "countries. The new group is therefore organised in sub-groups by sector, including hospitality, "
                "construction, health and care, engineering, agriculture and business."
            ),
            (
                "Moderators from six countries will run monthly online discussions, the first of which will look at "
                "how to combine international projects with pupils' work placements. Members can also share project "
                "templates and short videos of pupils at work."
            ),
            (
                "The group is open to all registered teachers and trainers in vocational schools, including those who "
                "teach apprentices. You can join from the groups page after logging in."
            ),
        ],
        "country": None,
        "topics": ["community"],
    },
    {
        "slug": "ua-spring-online-workshops",
        "title": "Ukrainian teachers complete spring online workshop series",
        "date": "2026-05-06",
        "introduction": (
            "More than 700 teachers took part in the spring series of online workshops run by the Ukrainian Partner "
            "Support Agency for teachers who are new to international school projects."
        ),
        "body": [
            (
                "The six workshops ran from March to April and were held online so that teachers from all regions "
                "could attend, including those in schools that teach remotely or in shifts. Each session was recorded, "
                "and the recordings have been viewed more than 3,000 times."
            ),
            (
                "Topics included registering on the portal, finding reliable partners, keeping pupils safe online and "
                "running a project with limited lesson time. Experienced Ukrainian teachers presented projects with "
                "schools in Poland, Lithuania and Germany that helped their pupils practise foreign languages and stay "
                "connected with peers abroad."
            ),
            (
                "The Partner Support Agency will run an autumn series in October, focusing on projects for primary "
                "pupils and on well-being in project work. Recordings of the spring series are available in Ukrainian "
                "on the national pages."
            ),
        ],
        "country": "ua",
        "topics": ["professional-development", "digital-education"],
    },
    {
        "slug": "pt-national-quality-labels-open",
        "title": "Portugal opens applications for the 2026 National Quality Labels",
        "date": "2026-04-22",
        "introduction": (
            "Teachers in Portugal can apply for a National Quality Label for projects carried out in the 2025/26 "
            "school year until 15 June. The Portuguese National Support Service explains what assessors look for."
        ),
        "body": [
            (
                "Applications are submitted from the project page and are assessed by experienced Portuguese teachers "
                "trained by the National Support Service. Each application is assessed against six criteria: "
                "pedagogical innovation, curriculum integration, collaboration between partner schools, use of "
                "technology, results and impact, and documentation."
            ),
            (
                "Last year, most unsuccessful applications fell short on collaboration, because the partners had "
                "worked in parallel and only exchanged results at the end. Assessors want to see activities in which "
                "pupils from different schools work together on shared products."
            ),
            (
                "The National Support Service will hold two online question sessions, on 6 and 20 May, where teachers "
                "can get advice on their application. Results will be published in September, and the labels will be "
                "presented at the national meeting in Lisbon in November."
            ),
        ],
        "country": "pt",
        "topics": ["quality-labels"],
    },
    {
        "slug": "quality-label-application-tips",
        "title": "Applying for a Quality Label: five tips from assessors",
        "date": "2026-04-08",
        "introduction": (
            "The spring application period for National Quality Labels is opening in many countries. Assessors from "
            "several National Support Services share what makes an application stand out."
        ),
        "body": [
            (
                "First, show real collaboration by describing activities in which pupils from different schools worked "
                "together, not just side by side. Second, link the project to your curriculum and explain which "
                "subjects and competences it covered."
            ),
            (
                "Third, let your pupils' voices come through, because examples of their work, their reflections and "
                "the decisions they made are more convincing than a teacher's summary. Fourth, explain how you used "
                "digital tools safely and with a clear purpose, including how you protected pupils' personal data."
            ),
            (
                "Finally, keep your TwinSpace well organised, because assessors will visit it. A clear structure, with "
                "one page per activity and a short explanation on each page, helps them find the evidence they need."
            ),
            (
                "Application dates differ from country to country, so check the pages of your National Support Service "
                "or Partner Support Agency. Remember that each partner applies separately in their own country."
            ),
        ],
        "country": None,
        "topics": ["quality-labels", "projects"],
    },
    {
        "slug": "annual-theme-2026",
        "title": "Annual theme 2026: critical thinking and media literacy",
        "date": "2026-03-18",
        "introduction": (
            "This year's annual theme invites schools to help pupils question, check and create information together "
            "with peers abroad. A theme kit with project ideas for all ages is now available."
        ),
        "body": [
            (
                "Pupils today meet information from many sources, often without knowing who produced it or why. "
                "Working with classes in other countries helps them see how the same events can be presented "
                "differently and why checking sources matters."
            ),
            (
                "The theme kit contains 15 project ideas for pupils from pre-school to vocational education, from "
                "comparing children's picture books to running a joint fact-checking newsroom. Each idea lists the "
                "curriculum links, the expected duration and the tools needed."
            ),
            (
                "Throughout the year, the theme will shape online seminars, courses, the campaign week in October and "
                "the annual conference in Vilnius. Teachers can tag their projects with the theme when registering "
                "them, so that they appear in a dedicated gallery."
            ),
        ],
        "country": None,
        "topics": ["projects", "community"],
    },
    {
        "slug": "ai-in-projects-guidance",
        "title": "Artificial intelligence in school projects: new guidance for teachers",
        "date": "2026-03-05",
        "introduction": (
            "New guidance explains how teachers can use artificial intelligence tools responsibly in international "
            "projects, with attention to pupils' age, data protection and honest authorship."
        ),
        "body": [
            (
                "The guidance was prepared with teachers, data protection specialists and National Support Services. "
                "It does not recommend particular products but lists questions to ask before using any tool, such as "
                "where data is stored and whether pupils need their own account."
            ),
            (
                "It suggests uses suited to different ages, for example teachers using tools to prepare materials for "
                "younger classes, and older pupils comparing AI-generated texts with their own research. Projects "
                "should make clear which parts of the work were produced with AI, and partners should agree on common "
                "rules at the start."
            ),
            (
                "The guidance is available in the help centre in all portal languages. An online seminar on the topic "
                "will take place in the autumn, and teachers are invited to share examples of good practice in the "
                "digital education group."
            ),
        ],
        "country": None,
        "topics": ["digital-education"],
    },
]

# Eight events: start_in_days is relative to today and start_time is in UTC.
