"""English source of the demo content. Translations live in locale/<language>.po beside this file,
keyed by these English strings, and are applied through wagtail-localize (pages) and
django-modeltranslation (taxonomies). Keep paragraphs free of markup: each one is a segment."""

SUBJECTS = [
    ("language-literature", "Language and literature"),
    ("foreign-languages", "Foreign languages"),
    ("mathematics", "Mathematics"),
    ("natural-sciences", "Natural sciences"),
    ("physics", "Physics"),
    ("chemistry", "Chemistry"),
    ("biology", "Biology"),
    ("geography", "Geography"),
    ("history", "History"),
    ("citizenship", "Citizenship"),
    ("ethics-religion", "Ethics and religion"),
    ("visual-arts", "Visual arts"),
    ("music", "Music"),
    ("drama", "Drama"),
    ("physical-education", "Physical education"),
    ("ict", "ICT and computer science"),
    ("technology", "Technology"),
    ("environment", "Environmental education"),
    ("economics", "Economics and entrepreneurship"),
    ("health", "Health education"),
    ("european-studies", "European studies"),
    ("cross-curricular", "Cross-curricular"),
    ("special-needs", "Special educational needs"),
    ("pre-school", "Pre-school learning"),
]

AGE_RANGES = [
    ("up-to-6", "Up to 6 years"),
    ("7-11", "7 to 11 years"),
    ("12-15", "12 to 15 years"),
    ("16-19", "16 to 19 years"),
    ("vocational", "Vocational education and training"),
]

# The eight key competences for lifelong learning (Council Recommendation of 22 May 2018).
KEY_COMPETENCES = [
    ("literacy", "Literacy"),
    ("multilingual", "Multilingual competence"),
    ("stem", "Mathematical competence and competence in science, technology and engineering"),
    ("digital", "Digital competence"),
    ("personal-social-learning", "Personal, social and learning to learn competence"),
    ("citizenship", "Citizenship competence"),
    ("entrepreneurship", "Entrepreneurship competence"),
    ("cultural-awareness", "Cultural awareness and expression competence"),
]

# News topics (news.Topic).
TOPICS = [
    ("projects", "Projects"),
    ("quality-labels", "Quality Labels"),
    ("professional-development", "Professional development"),
    ("campaigns", "Campaigns and events"),
    ("inclusion", "Inclusion"),
    ("digital-education", "Digital education"),
    ("prizes", "Prizes and awards"),
    ("community", "Community"),
]

HOME = {
    "title": "Home",
    "headline": "Teachers and pupils learning together across Europe",
    "introduction": (
        "Find partner schools in other countries, run projects with your classes in a safe online space "
        "and get help from your national support team. Free for schools in 44 countries."
    ),
    "body": [
        ("heading", {"text": "Three ways to take part", "level": "h2"}),
        ("heading", {"text": "Discover", "level": "h3"}),
        (
            "paragraph",
            "Read the news, join events and choose a ready-to-use project kit for your class, in your own language.",
        ),
        ("heading", {"text": "Connect", "level": "h3"}),
        (
            "paragraph",
            "Registered teachers use Live to find partners by country, subject and age of pupils, and to join online seminars and groups.",
        ),
        ("heading", {"text": "Collaborate", "level": "h3"}),
        (
            "paragraph",
            "Every project gets its own TwinSpace: a private space where its teachers and pupils share pages, materials and discussions.",
        ),
        (
            "call_to_action",
            {
                "title": "New to school collaboration?",
                "text": "Read how the portal works and how your national support service can help you.",
                "button_label": "About the portal",
                "page": "about",
            },
        ),
    ],
}

# Pages under the home page, in menu order. "menu": main menu, "footer": footer links.
PAGES = [
    {
        "slug": "about",
        "menu": "main",
        "title": "About the portal",
        "introduction": "A meeting place for schools in Europe and neighbouring countries, where teachers plan and run projects together with their pupils.",
        "body": [
            ("heading", {"text": "What the portal offers", "level": "h2"}),
            (
                "paragraph",
                "The portal has three levels. The public portal is open to everyone: it explains how to take part and offers news, events and project kits. Live is the network of registered teachers, where they find partners and take part in professional development. TwinSpace is the private space of each project, where its teachers and pupils work together.",
            ),
            (
                "paragraph",
                "Projects can be about any subject and any age group, from pre-school to upper secondary and vocational education. What they share is collaboration across borders and the thoughtful use of digital tools.",
            ),
            ("heading", {"text": "Who supports you", "level": "h2"}),
            (
                "paragraph",
                "In each participating country a National Support Service, or in partner countries a Partner Support Agency, promotes the action, validates teachers and projects, answers questions and organises training at national level.",
            ),
            (
                "paragraph",
                "A Central Support Service coordinates the network at European level, develops the platform and organises European events such as the annual conference and the prizes for outstanding projects.",
            ),
            ("heading", {"text": "Quality and recognition", "level": "h2"}),
            (
                "paragraph",
                "Good projects receive National Quality Labels from the support services of their countries, and projects recognised in at least two countries receive the European Quality Label.",
            ),
            (
                "quote",
                {
                    "quote": "Our pupils learned more about their neighbours in one school year than from any textbook.",
                    "attribution": "A primary school teacher",
                },
            ),
        ],
    },
    {
        "slug": "faq",
        "menu": "main",
        "title": "Frequently asked questions",
        "introduction": "Short answers to the questions teachers ask most often before they start.",
        "body": [
            ("heading", {"text": "Who can register?", "level": "h3"}),
            (
                "paragraph",
                "Teachers and other staff of schools in a participating country can register. Your national support service checks your registration before you can use Live.",
            ),
            ("heading", {"text": "Does it cost anything?", "level": "h3"}),
            ("paragraph", "No. Registration, projects, training and all tools are free of charge for schools."),
            ("heading", {"text": "How do I find a partner school?", "level": "h3"}),
            (
                "paragraph",
                "Once your account is validated, search Live for teachers by country, subject, age of pupils and language, or join a group and post your project idea.",
            ),
            ("heading", {"text": "How many teachers make a project?", "level": "h3"}),
            (
                "paragraph",
                "A project is founded by two teachers, usually from two different countries. After the support services approve it, more partners can join.",
            ),
            ("heading", {"text": "Are my pupils safe?", "level": "h3"}),
            (
                "paragraph",
                "Pupils only see the TwinSpace of their own project. Their accounts are made by their teachers, need no e-mail address, and their personal data are never public.",
            ),
            ("heading", {"text": "In which languages can I work?", "level": "h3"}),
            (
                "paragraph",
                "The portal is available in 31 languages. Partners choose the language of their project together, often a language the pupils are learning.",
            ),
        ],
    },
    {
        "slug": "privacy",
        "menu": "footer",
        "title": "Privacy notice",
        "introduction": "How the portal collects, uses and protects personal data, and what rights you have.",
        "body": [
            ("heading", {"text": "Who is responsible", "level": "h2"}),
            (
                "paragraph",
                "The organisation that runs this portal is the controller of your personal data. The support service of your country processes the data it needs to validate your registration and to support you.",
            ),
            ("heading", {"text": "What we collect", "level": "h2"}),
            (
                "paragraph",
                "For teachers: name, e-mail address, school, country, subjects and languages, and what you publish in Live and TwinSpace. For pupils: a username and the work they share in their project. Pupils never give an e-mail address.",
            ),
            ("heading", {"text": "Why we collect it", "level": "h2"}),
            (
                "paragraph",
                "We use these data only to run the portal: to validate teachers, to let partners find each other, to operate projects and to send messages you ask for. We do not sell data and we show no advertising.",
            ),
            ("heading", {"text": "How long we keep it", "level": "h2"}),
            (
                "paragraph",
                "Accounts that are not used for three years are deleted after a warning by e-mail. You can delete your account at any time.",
            ),
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "paragraph",
                "You have the right to access, correct and delete your data, to object to their processing and to lodge a complaint with your data protection authority. Write to the contact address at the bottom of this page.",
            ),
            ("heading", {"text": "Cookies", "level": "h2"}),
            (
                "paragraph",
                "The portal uses only the cookies it needs to work: one to remember your language and, when you log in, one for your session. There are no tracking cookies.",
            ),
        ],
    },
    {
        "slug": "accessibility",
        "menu": "footer",
        "title": "Accessibility statement",
        "introduction": "We want everyone to be able to use this portal, whatever their abilities or equipment.",
        "body": [
            ("heading", {"text": "Our standard", "level": "h2"}),
            (
                "paragraph",
                "The portal aims to meet the Web Content Accessibility Guidelines 2.1 at level AA, as required by the European standard EN 301 549 and the Web Accessibility Directive.",
            ),
            ("heading", {"text": "What you can do", "level": "h2"}),
            (
                "paragraph",
                "You can use the whole portal with a keyboard, zoom text up to 200 percent without losing content, and use it with a screen reader. Every page declares its language so that screen readers pronounce it correctly.",
            ),
            ("heading", {"text": "Known limitations", "level": "h2"}),
            (
                "paragraph",
                "Some documents uploaded by schools and some embedded videos may not be fully accessible. Pages that are not yet translated are shown in their original language.",
            ),
            ("heading", {"text": "Feedback and contact", "level": "h2"}),
            (
                "paragraph",
                "If you find a barrier, please tell us at the contact address at the bottom of this page. We answer within ten working days.",
            ),
            ("heading", {"text": "Enforcement", "level": "h2"}),
            (
                "paragraph",
                "If our answer does not satisfy you, you can contact the body that monitors web accessibility in your country.",
            ),
        ],
    },
]

# The sections of the public portal: index pages under the home page, in the main menu before the
# pages above, translated into every language. "model" is the page type's app label and name.
SECTIONS = [
    {
        "slug": "kits",
        "factory": "kits.factories.KitIndexPageFactory",
        "title": "Project kits",
        "introduction": (
            "Ready-to-use project plans written by teachers from award-winning projects: choose a subject and "
            "your pupils' age, download the kit and its worksheets, and start with your partners."
        ),
    },
    {
        "slug": "news",
        "factory": "news.factories.NewsIndexPageFactory",
        "title": "News",
        "introduction": "News from the central team and the national support organisations.",
    },
    {
        "slug": "events",
        "factory": "events.factories.EventIndexPageFactory",
        "title": "Events",
        "introduction": "Online seminars, conferences and courses for teachers, free of charge.",
    },
    {
        "slug": "countries",
        "factory": "countries.factories.CountryIndexPageFactory",
        "title": "Countries",
        "introduction": (
            "Schools in 44 countries take part. Each country has a support organisation that validates "
            "registrations, trains teachers and awards national Quality Labels."
        ),
    },
]

# The European Prizes index (demo.prizes), in the main menu: translated into every language.
PRIZES_INDEX = {
    "slug": "prizes",
    "title": "European Prizes",
    "introduction": (
        "Every year a European jury rewards outstanding projects in five age categories and a few special "
        "categories. Discover the winning projects, their schools and what their pupils achieved together."
    ),
}
