"""English source of the demo project kits, written as experienced teachers would write them.
Translations: locale/<language>.po beside this file, keyed by the English segments."""

KITS = [
    {
        "slug": "our-water-footprint",
        "title": "Our water footprint",
        "summary": (
            "Pupils measure how much water their households use, discover the hidden water in food and clothes, "
            "compare their data with partner schools and run a water-saving campaign together."
        ),
        "subjects": ["environment", "geography", "mathematics"],
        "age_ranges": ["12-15"],
        "key_competences": ["stem", "digital", "citizenship"],
        "duration_value": 8,
        "duration_unit": "weeks",
        "level": "intermediate",
        "partners": "2 to 4 lower secondary schools in different countries",
        "aims": [
            "Pupils measure and record daily water use accurately over a period of one week.",
            "Pupils explain the difference between direct water use and virtual water.",
            "Pupils calculate averages and percentages and present them in clear charts.",
            "Pupils compare water availability and habits in the partner countries and suggest reasons.",
            "Pupils plan and run a realistic water-saving campaign for their school community.",
        ],
        "steps": [
            {
                "title": "Meet your partners and ask the big question",
                "duration": "Week 1, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Teachers agree on a shared calendar and create a TwinSpace page for each step. Pupils "
                        "introduce themselves in the forum and post a photo of local water, with no people in it."
                    ),
                    (
                        "In the second lesson, hold a video call between classes and ask the question: how many "
                        "litres of water does one person use in a day? Each class writes its guesses on a shared "
                        "online whiteboard so that you can return to them at the end of the project."
                    ),
                ],
                "tools": ["TwinSpace forum", "Video call", "Shared online whiteboard"],
            },
            {
                "title": "Keep a household water diary",
                "duration": "Weeks 2 and 3, one lesson per week plus homework",
                "instructions": [
                    (
                        "In class, pupils read their water meter at school if possible and learn typical volumes: "
                        "a shower per minute, a toilet flush, a full bath, a dishwasher cycle. They time a tap "
                        "running into a measuring jug to find its flow rate in litres per minute."
                    ),
                    (
                        "For seven days pupils fill in the diary at home, with no names or addresses. At the end of "
                        "the week they enter their anonymous totals into a shared spreadsheet with one tab per "
                        "school, so the data is ready for comparison."
                    ),
                ],
                "tools": ["Shared spreadsheet", "Measuring jug and stopwatch"],
                "worksheet": {
                    "title": "My water diary",
                    "instructions": "Fill in one line every evening and add up the litres at the end of the week.",
                    "items": [
                        "Showers (minutes) and baths.",
                        "Toilet flushes.",
                        "Minutes the tap ran for teeth and hands.",
                        "Dishwasher or washing machine cycles.",
                        "Other uses, such as watering plants.",
                        "Total litres for the day.",
                    ],
                },
            },
            {
                "title": "Discover hidden water",
                "duration": "Week 4, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Introduce virtual water with examples: the water needed to produce a cup of coffee, a "
                        "cotton T-shirt or a kilogram of beef. Pupils work in pairs to estimate the virtual water "
                        "of one school lunch using a table of reference values that the teachers prepare together."
                    ),
                    (
                        "Each school then chooses three typical national foods and posts their virtual water "
                        "estimates in the TwinSpace forum. Partners comment on the biggest surprise and ask one "
                        "question about a food they do not know."
                    ),
                ],
                "tools": ["TwinSpace forum", "LibreOffice Calc"],
                "worksheet": {
                    "title": "Hidden water in my lunch",
                    "instructions": "Write each item of your lunch and use the reference table to estimate its water.",
                    "items": [
                        "Food or drink item.",
                        "Quantity in grams or millilitres.",
                        "Virtual water for your portion.",
                        "Which item uses the most water, and could you swap it?",
                    ],
                },
            },
            {
                "title": "Compare and map the data",
                "duration": "Weeks 5 and 6, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils calculate the class average, the range and the share of each activity, then draw "
                        "charts in the spreadsheet. Mixed international groups of four agree on three key findings "
                        "in the TwinSpace chat."
                    ),
                    (
                        "Using a free map tool, each group places its school on a map with rainfall data and "
                        "average water use. In a video call, groups present their map and discuss why climate, "
                        "prices and habits lead to different results."
                    ),
                ],
                "tools": ["Shared spreadsheet", "Free map tool", "TwinSpace chat", "Video call"],
            },
            {
                "title": "Run a water-saving campaign and reflect",
                "duration": "Weeks 7 and 8, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Each school designs a campaign for its own community: posters near the taps, a short "
                        "assembly talk or a leaflet for families, using the shared findings. Photos of the campaign "
                        "show posters and hands only, and any picture with pupils needs parental consent."
                    ),
                    (
                        "In the final week, pupils repeat a two-day diary to see whether habits changed and compare "
                        "the new figures with their guesses from week 1. Classes share a joint digital poster on "
                        "the TwinSpace and vote for the most effective campaign idea."
                    ),
                ],
                "tools": ["LibreOffice Impress", "Camera", "TwinSpace pages"],
            },
        ],
        "expected_results": [
            "A shared spreadsheet of anonymous water-use data from all partner schools.",
            "A joint map showing rainfall and water use at each school.",
            "A water-saving campaign in every partner school with posters or leaflets.",
            "A joint digital poster summarising the main findings.",
        ],
        "evaluation": [
            "The mathematics teacher assesses each pupil's charts and calculations with a short checklist.",
            "International groups assess each other's map presentations with a three-point rubric.",
            "Pupils compare their week 1 guesses with the real figures in a short written reflection.",
            "Teachers compare the before and after diaries to judge the impact of the campaigns.",
        ],
        "related": ["bees-flowers-biodiversity", "maths-in-our-buildings"],
    },
    {
        "slug": "fairy-tales-without-borders",
        "title": "Fairy tales without borders",
        "summary": (
            "Pupils share traditional tales from their countries, discover what the stories have in common "
            "and write, illustrate and perform a new multilingual fairy tale together with their partners."
        ),
        "subjects": ["language-literature", "foreign-languages", "drama", "visual-arts"],
        "age_ranges": ["7-11"],
        "key_competences": ["literacy", "multilingual", "cultural-awareness"],
        "duration_value": 10,
        "duration_unit": "weeks",
        "level": "beginner",
        "partners": "2 to 4 primary schools in different countries",
        "aims": [
            "Pupils retell a traditional tale from their own country in simple words and pictures.",
            "Pupils recognise typical elements of fairy tales such as heroes, magic objects and happy endings.",
            "Pupils learn and use simple words and phrases in the partner languages.",
            "Pupils write a story together with children from other countries and respect their ideas.",
            "Pupils present a story to an audience with their voice, body and puppets.",
        ],
        "steps": [
            {
                "title": "Hello from our classroom",
                "duration": "Weeks 1 and 2, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils draw self-portraits with their first name only for a TwinSpace page. Each class "
                        "records a greeting teaching the partners how to say hello, thank you and once upon a time."
                    ),
                    (
                        "Hold a first video call in which classes wave, say the new phrases and show their "
                        "classroom. Agree on simple rules for being kind online and display them in every classroom."
                    ),
                ],
                "tools": ["TwinSpace pages", "Video call"],
            },
            {
                "title": "Sharing our tales",
                "duration": "Weeks 2 and 3, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Each class chooses a traditional tale from its country and the teacher reads it aloud. "
                        "In small groups pupils fill in the tale map and draw one scene each, about ten in all."
                    ),
                    (
                        "Pupils record the story in their own language with Audacity, one sentence per child, and "
                        "add the key words in English. Teachers upload the pictures and sound files so that the "
                        "partners can listen and follow the story through the drawings."
                    ),
                ],
                "tools": ["Audacity", "TwinSpace pages", "Camera"],
                "worksheet": {
                    "title": "My tale map",
                    "instructions": "Draw or write one answer in each box of the map.",
                    "items": [
                        "Who is the hero?",
                        "Who is the villain?",
                        "Where does the story happen?",
                        "What magic object or helper appears?",
                        "What is the problem?",
                        "How does the story end?",
                    ],
                },
            },
            {
                "title": "Same and different",
                "duration": "Weeks 4 and 5, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils listen to the partners' tales and compare them with their own. They often find "
                        "the same patterns: three brothers, a clever animal or a test the hero must pass."
                    ),
                    (
                        "Each class posts its three favourite discoveries in the TwinSpace forum, written together "
                        "with the teacher. On a shared online whiteboard, all classes sort the characters and "
                        "magic objects into groups to use in the new story."
                    ),
                ],
                "tools": ["TwinSpace forum", "Shared online whiteboard"],
                "worksheet": {
                    "title": "Our tale and their tale",
                    "instructions": "Tick what is the same and draw what is different.",
                    "items": [
                        "Both stories have an animal that talks.",
                        "Both stories have a magic object.",
                        "Something happens three times.",
                        "The hero is a child.",
                        "My favourite character from the partner tale is...",
                    ],
                },
            },
            {
                "title": "Writing a new tale together",
                "duration": "Weeks 5 to 7, one or two lessons per week",
                "instructions": [
                    (
                        "Write a chain story: the first school writes the beginning with characters taken from "
                        "all the tales, and each partner writes the next part within one week. Pupils decide "
                        "together in class and the teacher types the text in a shared document."
                    ),
                    (
                        "Each part is written in the class language with one or two sentences in English, and the "
                        "partners add a translation in their own languages. By the end of week 7 the story has a "
                        "beginning, a problem, three adventures and an ending."
                    ),
                ],
                "tools": ["Shared document", "TwinSpace pages"],
            },
            {
                "title": "Illustrating and rehearsing",
                "duration": "Weeks 8 and 9, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Every class illustrates the part it wrote and makes simple paper-bag or stick puppets of "
                        "the characters. Pupils rehearse their part as a puppet show, practising clear voices "
                        "and the phrases in the partner languages."
                    ),
                    (
                        "Teachers film the rehearsals showing only the puppets, not the children's faces, unless "
                        "parents have given written consent. The films go on the TwinSpace for the partners to see."
                    ),
                ],
                "tools": ["Camera", "TwinSpace pages"],
            },
            {
                "title": "Premiere and storybook",
                "duration": "Week 10, two lessons of 45 minutes",
                "instructions": [
                    (
                        "At a live premiere by video call, each class performs its part in turn and the audience "
                        "says thank you in the performers' language. Parents or another class watch in each school."
                    ),
                    (
                        "Teachers combine the text, translations and pictures into a multilingual e-book with "
                        "LibreOffice and share it on the TwinSpace. Each pupil receives a printed copy to take home."
                    ),
                ],
                "tools": ["Video call", "LibreOffice Writer"],
            },
        ],
        "expected_results": [
            "Illustrated audio versions of one traditional tale from each partner country.",
            "A new fairy tale written by all partner classes in several languages.",
            "A set of puppets and a live puppet performance shared by video call.",
            "A multilingual e-book and printed copies for every family.",
        ],
        "evaluation": [
            "The teacher notes whether each pupil uses the key story elements when retelling a tale.",
            "Pupils use a smiley scale to assess how well their group worked together in each step.",
            "Partner classes send one star and one wish as feedback after the premiere.",
            "A short picture quiz shows which words in partner languages pupils remember.",
        ],
        "related": ["playground-games-for-everyone", "soundscapes-of-our-streets"],
    },
    {
        "slug": "little-scientists-weather-diary",
        "title": "Little scientists: a shared weather diary",
        "summary": (
            "Young children observe and record the weather every day with picture symbols, build simple "
            "instruments and compare their weather with friends in other countries."
        ),
        "subjects": ["natural-sciences", "pre-school", "mathematics"],
        "age_ranges": ["up-to-6"],
        "key_competences": ["stem", "personal-social-learning"],
        "duration_value": 6,
        "duration_unit": "weeks",
        "level": "beginner",
        "partners": "2 to 3 kindergartens or pre-school classes in different countries",
        "aims": [
            "Children observe and name different kinds of weather in their own language and one partner language.",
            "Children record observations with symbols in a daily routine.",
            "Children count, sort and compare quantities using simple picture charts.",
            "Children make and use simple measuring instruments with adult help.",
            "Children show curiosity about the lives of children in other countries.",
        ],
        "steps": [
            {
                "title": "Meet our weather friend",
                "duration": "Week 1, two sessions of 20 minutes",
                "instructions": [
                    (
                        "Each class makes a soft toy or puppet as its weather friend and gives it a name. The "
                        "teacher photographs the mascot outside the school and posts it on the TwinSpace with a "
                        "short audio greeting recorded by the children."
                    ),
                    (
                        "In a short video call, children show their mascot, sing a weather song and learn the word "
                        "for sun in the partner language. Keep the call under 15 minutes and let children wave and "
                        "speak in small groups rather than one by one."
                    ),
                ],
                "tools": ["Video call", "TwinSpace pages", "Camera"],
            },
            {
                "title": "Our daily weather chart",
                "duration": "Weeks 1 to 5, five minutes every morning",
                "instructions": [
                    (
                        "During morning circle, one child goes to the window or outside with the mascot and "
                        "reports what the weather is like. The class chooses the matching symbol and sticks it on "
                        "a large chart on the wall."
                    ),
                    (
                        "At the end of each week the teacher photographs the chart and uploads it. Children look at "
                        "the partners' charts on the screen and say whether the weather was the same or different."
                    ),
                ],
                "tools": ["Camera", "TwinSpace pages"],
                "worksheet": {
                    "title": "My weather today",
                    "instructions": "Colour the picture that shows the weather outside today.",
                    "items": [
                        "Sunny.",
                        "Cloudy.",
                        "Rainy.",
                        "Windy.",
                        "Snowy.",
                        "Foggy.",
                        "Is it warm or cold? Draw the clothes you need.",
                    ],
                },
            },
            {
                "title": "Little instrument makers",
                "duration": "Weeks 2 and 3, three sessions of 30 minutes",
                "instructions": [
                    (
                        "With adult help, children make a rain gauge from a cut plastic bottle with a scale of "
                        "stickers and a windsock from a paper cup and ribbons. Adults do all the cutting and check "
                        "that edges are safe."
                    ),
                    (
                        "Children check the rain gauge and windsock each day, counting stickers under the water or "
                        "showing how strongly the ribbons blow. Teachers post a photo of the instruments, with "
                        "children's hands only, so partners can compare their designs."
                    ),
                ],
                "tools": ["Recycled materials", "Camera"],
                "worksheet": {
                    "title": "Rain and wind check",
                    "instructions": "Colour one drop for each sticker of water and draw the windsock.",
                    "items": [
                        "How many drops of rain today?",
                        "Is the windsock hanging down, moving a little or flying high?",
                        "Draw a tree on a windy day.",
                        "Draw a puddle on a rainy day.",
                    ],
                },
            },
            {
                "title": "Weather postcards",
                "duration": "Weeks 3 to 5, one session of 30 minutes per week",
                "instructions": [
                    (
                        "Every week children draw a postcard showing the weather and what they played outside. "
                        "The teacher scans the postcards and writes a short caption in the class language and in "
                        "English."
                    ),
                    (
                        "Once a week the teacher opens the partners' postcards on the screen and children guess "
                        "the weather from the drawings. Teachers may also send real paper postcards by post, which "
                        "children love to receive."
                    ),
                ],
                "tools": ["TwinSpace pages", "Scanner or camera"],
            },
            {
                "title": "Counting and comparing",
                "duration": "Week 5, two sessions of 30 minutes",
                "instructions": [
                    (
                        "Children count how many sunny, rainy and cloudy days they recorded and build a picture "
                        "chart with coloured blocks or stickers. The teacher enters the totals in a shared "
                        "spreadsheet with one row per class."
                    ),
                    (
                        "Show the charts of all classes side by side on the screen. Children answer simple "
                        "questions: where were there more rainy days, and which class had the most sun?"
                    ),
                ],
                "tools": ["Building blocks", "Shared spreadsheet"],
            },
            {
                "title": "Weather party",
                "duration": "Week 6, one session of 45 minutes",
                "instructions": [
                    (
                        "Hold a final video call in which each class sings its weather song and plays a dressing "
                        "game: the partners call out a weather word and children show the right clothes. Only "
                        "children whose parents have agreed appear on camera."
                    ),
                    (
                        "Teachers put all the charts, postcards and photos into a shared digital big book. Families "
                        "can view it at a short open morning in each kindergarten."
                    ),
                ],
                "tools": ["Video call", "LibreOffice Impress"],
            },
        ],
        "expected_results": [
            "Daily weather charts from each class for five weeks.",
            "Home-made rain gauges and windsocks in every class.",
            "A collection of weather postcards from all partner classes.",
            "A shared digital big book of the project for families.",
        ],
        "evaluation": [
            "Teachers observe whether each child can choose the right weather symbol and record this on a checklist.",
            "Children show with a thumbs up or down which activities they enjoyed most.",
            "Teachers use the picture charts to check whether children can count and compare small quantities.",
            "Partner teachers meet online after the project to share observations and plan improvements.",
        ],
        "related": ["bees-flowers-biodiversity", "playground-games-for-everyone"],
    },
    {
        "slug": "code-a-city-tour",
        "title": "Code a city tour",
        "summary": (
            "Mixed international teams research landmarks of their towns and code interactive tours with quizzes "
            "in Scratch, with texts and voice recordings in English and their own languages."
        ),
        "subjects": ["ict", "geography", "foreign-languages"],
        "age_ranges": ["12-15"],
        "key_competences": ["digital", "multilingual", "entrepreneurship"],
        "duration_value": 8,
        "duration_unit": "weeks",
        "level": "intermediate",
        "partners": "2 to 4 lower secondary schools in different countries",
        "aims": [
            "Pupils use sequences, events, variables and messages to build an interactive program in Scratch.",
            "Pupils research the geography and history of places in their town and present them accurately.",
            "Pupils write and record short descriptive texts in English and their own language.",
            "Pupils test software made by others and give useful, polite feedback.",
            "Pupils present their product to a real audience as a tourism idea.",
        ],
        "steps": [
            {
                "title": "Teams and landmarks",
                "duration": "Week 1, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Teachers form mixed international teams of four to six pupils, with members from every "
                        "school. Teams meet in the TwinSpace chat and on a video call to agree on a team name and "
                        "simple rules for online work."
                    ),
                    (
                        "Pupils in each school choose six landmarks in their town and fill in a landmark card for "
                        "each one. They take their own photos of buildings and streets, avoiding people's faces, "
                        "so the tour uses no copyrighted images."
                    ),
                ],
                "tools": ["TwinSpace chat", "Video call", "Camera"],
                "worksheet": {
                    "title": "Landmark card",
                    "instructions": "Fill in one card for each landmark you choose.",
                    "items": [
                        "Name of the landmark.",
                        "Where is it? Give the street or describe its position.",
                        "When was it built and by whom?",
                        "Three interesting facts about it.",
                        "One quiz question with the right answer and two wrong answers.",
                        "Photo taken by: (first name of the pupil only)",
                    ],
                },
            },
            {
                "title": "Scripts and voices",
                "duration": "Weeks 2 and 3, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils write a text of 60 to 80 words for each landmark in English and in their own "
                        "language. Teammates from other countries read the English texts in a shared document and "
                        "suggest corrections and questions a visitor might ask."
                    ),
                    (
                        "Pupils record the texts with Audacity, cutting noise and exporting short sound files. In "
                        "the foreign languages lesson, each pupil also learns to say the name of one partner "
                        "landmark correctly."
                    ),
                ],
                "tools": ["Shared document", "Audacity"],
            },
            {
                "title": "Learning the Scratch tools",
                "duration": "Weeks 3 and 4, three lessons of 45 minutes",
                "instructions": [
                    (
                        "The ICT teacher runs short challenges: move a sprite along a map backdrop, play a sound "
                        "when a landmark is clicked, and keep score with a variable. Pupils share their practice "
                        "projects with their team to compare solutions."
                    ),
                    (
                        "Each team agrees on a common design so the tours of all towns look alike: the same menu, "
                        "buttons and quiz format. One pupil per team posts the agreed design on the TwinSpace."
                    ),
                ],
                "tools": ["Scratch", "TwinSpace pages"],
            },
            {
                "title": "Building the tours",
                "duration": "Weeks 5 and 6, four lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils in each school build the tour of their own town from a map drawn with a free map "
                        "tool, adding photos, sound files and the quiz. Teams check progress in a weekly video "
                        "call and help each other solve bugs."
                    ),
                    (
                        "Remind pupils to publish under a team name and to leave out any personal information when "
                        "sharing projects online. Teachers check each project before it is shared."
                    ),
                ],
                "tools": ["Scratch", "Free map tool", "Video call"],
                "worksheet": {
                    "title": "Tour storyboard",
                    "instructions": "Sketch each screen of your tour before you start coding.",
                    "items": [
                        "Start screen: title, language choice and instructions.",
                        "Map screen: which landmarks can the visitor click?",
                        "Landmark screen: photo, text and sound.",
                        "Quiz screen: question, answers and score.",
                        "End screen: final score and credits.",
                        "Which variables and messages will we need?",
                    ],
                },
            },
            {
                "title": "Test, improve and launch",
                "duration": "Weeks 7 and 8, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils play the partners' tours and fill in a feedback form in the shared spreadsheet: "
                        "what works, what is confusing, and any mistakes in the texts. Each team then has one lesson "
                        "to fix the most important problems."
                    ),
                    (
                        "Each school presents its finished tour to a local audience such as the town information "
                        "office, parents or younger pupils, with a two-minute pitch explaining why a visitor would "
                        "use it. The best ideas from the audience are posted in the TwinSpace forum."
                    ),
                ],
                "tools": ["Shared spreadsheet", "TwinSpace forum", "Scratch"],
            },
        ],
        "expected_results": [
            "An interactive bilingual Scratch tour with a quiz for each partner town.",
            "A collection of landmark cards, texts and audio files in several languages.",
            "Feedback reports from partner pupils on each tour.",
            "A short pitch presented to a local audience in each school.",
        ],
        "evaluation": [
            "The ICT teacher assesses each tour with a rubric covering events, variables, messages and usability.",
            "The language teacher checks the English texts and recordings for accuracy and clarity.",
            "Partner pupils rate each tour in the feedback form, and teams respond to the comments.",
            "Pupils write a short self-assessment of their role in the international team.",
        ],
        "related": ["soundscapes-of-our-streets", "mini-companies-across-europe"],
    },
    {
        "slug": "voices-of-1989",
        "title": "Voices of 1989: oral history across borders",
        "summary": (
            "Students interview people who remember 1989, compare their memories with sources and with partners' "
            "interviews, and publish a multilingual digital exhibition and podcast on how Europe changed."
        ),
        "subjects": ["history", "citizenship", "european-studies"],
        "age_ranges": ["16-19"],
        "key_competences": ["citizenship", "literacy", "digital"],
        "duration_value": 12,
        "duration_unit": "weeks",
        "level": "advanced",
        "partners": "2 to 4 upper secondary schools, ideally from both former East and West",
        "aims": [
            "Students explain the main events of 1989 in Europe and how they differed from country to country.",
            "Students plan and carry out an ethical oral history interview with informed consent.",
            "Students compare personal memories with other sources and judge their reliability.",
            "Students discuss democracy, freedom and borders respectfully with peers from other countries.",
            "Students produce a digital exhibition and podcast for a public audience.",
        ],
        "steps": [
            {
                "title": "Setting the scene",
                "duration": "Weeks 1 and 2, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Each school presents what happened in its country in 1989, from round-table talks and "
                        "elections to demonstrations and border openings. Students add the events to a shared "
                        "timeline on an online whiteboard."
                    ),
                    (
                        "In a first video call, students introduce themselves and explain what 1989 means in "
                        "their family or town. Partners in countries where 1989 was not a turning point describe "
                        "how the events were seen on television there."
                    ),
                ],
                "tools": ["Shared online whiteboard", "Video call", "TwinSpace forum"],
            },
            {
                "title": "Learning the oral history method",
                "duration": "Weeks 3 and 4, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Teachers introduce interview techniques: open questions, active listening, follow-up "
                        "questions and respect for silence or refusal. Students practise in pairs and give each "
                        "other feedback."
                    ),
                    (
                        "Partners agree on a shared set of core questions and one consent form, translated into "
                        "every language. Each interviewee must sign it and may ask for their name to be removed "
                        "or for parts of the interview to be left out."
                    ),
                ],
                "tools": ["Shared document", "TwinSpace pages"],
                "worksheet": {
                    "title": "Interview plan",
                    "instructions": "Complete the plan and show it to your teacher before you contact the interviewee.",
                    "items": [
                        "Who will I interview?",
                        "How old were they in 1989 and where did they live?",
                        "Which two personal questions will I add to the core questions?",
                        "Has the interviewee signed the consent form?",
                        "Where and when will the interview take place?",
                    ],
                },
            },
            {
                "title": "Conducting the interviews",
                "duration": "Weeks 5 to 7, interviews outside class plus one lesson per week",
                "instructions": [
                    (
                        "Each student interviews one person, usually a relative or neighbour, for 20 to 40 minutes "
                        "and records the sound with a phone or recorder. Interviews take place in a familiar place, "
                        "and students never meet strangers alone."
                    ),
                    (
                        "Right after the interview, students fill in the log and save the file in a folder that only "
                        "the teachers can access. In the weekly lesson, they share first impressions in the "
                        "TwinSpace forum without posting any recordings yet."
                    ),
                ],
                "tools": ["Sound recorder", "Audacity", "TwinSpace forum"],
                "worksheet": {
                    "title": "Interview log",
                    "instructions": "Fill in the log on the same day as the interview.",
                    "items": [
                        "Date, length and place of the interview.",
                        "The three most important memories shared.",
                        "A short quotation that stands out.",
                        "Facts or dates to check in other sources.",
                        "Anything the interviewee asked to keep private.",
                    ],
                },
            },
            {
                "title": "Transcribing and checking sources",
                "duration": "Weeks 8 and 9, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Students transcribe two or three key extracts and translate them into English. They "
                        "compare each memory with two other sources, such as a 1989 newspaper or an archive photo."
                    ),
                    (
                        "In class, discuss why memory changes over time and why people remember the same event "
                        "differently. Students post their checked extracts on the TwinSpace for partners to read."
                    ),
                ],
                "tools": ["LibreOffice Writer", "TwinSpace pages"],
            },
            {
                "title": "Comparing across borders",
                "duration": "Weeks 10 and 11, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Mixed international teams each take one theme: hopes and fears, everyday life, media and "
                        "information, or crossing borders. They read all the extracts and collect similarities and "
                        "differences on a shared whiteboard."
                    ),
                    (
                        "In a moderated online panel, each team presents its theme for five minutes and answers "
                        "questions. Agree on rules for respectful debate first, since family memories can be sensitive."
                    ),
                ],
                "tools": ["Shared online whiteboard", "Video call"],
            },
            {
                "title": "Exhibition and podcast",
                "duration": "Week 12, two lessons of 45 minutes plus a public event",
                "instructions": [
                    (
                        "Students build a digital exhibition with the timeline, extracts and analysis, and edit a "
                        "15-minute podcast episode per theme in Audacity. Only consented material is used, and "
                        "interviewees hear the final version first."
                    ),
                    (
                        "Each school holds an opening event for the interviewees, families and local historians. "
                        "Classes share the results on the TwinSpace and reflect together in a final video call."
                    ),
                ],
                "tools": ["Audacity", "LibreOffice Impress", "TwinSpace pages", "Video call"],
            },
        ],
        "expected_results": [
            "An archive of recorded interviews with signed consent forms in each school.",
            "A shared timeline of 1989 across all partner countries.",
            "A multilingual digital exhibition with checked extracts and source analysis.",
            "A podcast series of thematic episodes made by international teams.",
        ],
        "evaluation": [
            "The history teacher assesses each interview plan and log for quality of questions and ethics.",
            "Source comparisons are marked for accuracy and critical thinking.",
            "Partner teachers jointly assess the panel presentations with a shared rubric.",
            "Students write a final reflection on what they learnt about memory, Europe and their own views.",
        ],
        "related": ["fake-news-detectives", "mini-companies-across-europe"],
    },
    {
        "slug": "healthy-lunchbox-challenge",
        "title": "The healthy lunchbox challenge",
        "summary": (
            "Pupils explore what they eat at school, investigate sugar and food groups, compare snacks from "
            "partner countries and design a healthy, tasty lunchbox together."
        ),
        "subjects": ["health", "natural-sciences", "mathematics"],
        "age_ranges": ["7-11"],
        "key_competences": ["stem", "personal-social-learning"],
        "duration_value": 5,
        "duration_unit": "weeks",
        "level": "beginner",
        "partners": "2 to 4 primary schools in different countries",
        "aims": [
            "Pupils sort foods into food groups and explain why we need each group.",
            "Pupils read simple food labels and compare amounts of sugar.",
            "Pupils collect and present data in tally charts and bar charts.",
            "Pupils learn about eating habits in other countries and talk about them with respect.",
            "Pupils plan a balanced lunchbox and share ideas with their families.",
        ],
        "steps": [
            {
                "title": "What is in our lunchbox?",
                "duration": "Week 1, two lessons of 45 minutes",
                "instructions": [
                    (
                        "For three days, pupils record what is in their lunchbox or on their school lunch plate. "
                        "Teachers remind the class that every family eats differently and that nobody's food is "
                        "judged; pupils may also record an imaginary lunch if they prefer."
                    ),
                    (
                        "Pupils make a class tally chart and a bar chart of the food groups. Teachers photograph "
                        "the charts and some sample lunchboxes, without faces or names, and post them on the TwinSpace."
                    ),
                ],
                "tools": ["TwinSpace pages", "Camera"],
                "worksheet": {
                    "title": "Lunchbox detective",
                    "instructions": "Draw or write what you ate and tick the food group for each item.",
                    "items": [
                        "Fruit and vegetables.",
                        "Bread, rice, pasta or potatoes.",
                        "Milk, cheese or yoghurt.",
                        "Meat, fish, eggs, beans or nuts.",
                        "Sweets, biscuits or crisps.",
                        "What did you drink?",
                    ],
                },
            },
            {
                "title": "Snacks around Europe",
                "duration": "Week 2, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Each class presents three typical snacks or school meals from its country in a short "
                        "slideshow with pictures and simple sentences in English. Pupils learn the names of the "
                        "partners' foods and find the countries on a map."
                    ),
                    (
                        "In a video call, classes ask each other questions such as what you eat at break time and "
                        "whether you have a school canteen. If pupils taste foods in class, check allergies with "
                        "parents first."
                    ),
                ],
                "tools": ["LibreOffice Impress", "Video call"],
            },
            {
                "title": "Sugar detectives",
                "duration": "Week 3, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils bring empty packaging of drinks and snacks and read the sugar per portion on the "
                        "label. They work out how many sugar cubes of four grams each item contains and build "
                        "towers of cubes next to the packs."
                    ),
                    (
                        "Each class enters its results in a shared spreadsheet, and pupils compare the most sugary "
                        "products in each country. Discuss healthier swaps, such as water instead of juice."
                    ),
                ],
                "tools": ["Shared spreadsheet", "Sugar cubes"],
                "worksheet": {
                    "title": "How much sugar?",
                    "instructions": "Read the label and fill in one row for each product.",
                    "items": [
                        "Name of the product.",
                        "Grams of sugar in one portion.",
                        "Number of sugar cubes (divide by 4).",
                        "Is it an everyday food or a treat?",
                        "A healthier swap I could choose.",
                    ],
                },
            },
            {
                "title": "Design the perfect lunchbox",
                "duration": "Week 4, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Mixed international groups of pupils design a lunchbox together on a shared online "
                        "whiteboard, choosing at least one food from each partner country. The lunchbox must "
                        "contain every food group, no more than two sugar cubes and a drink of water or milk."
                    ),
                    (
                        "Each school prepares one of the lunchboxes in class, following hygiene rules and checking "
                        "for allergies. Pupils photograph the food and vote in the TwinSpace forum for the tastiest "
                        "design."
                    ),
                ],
                "tools": ["Shared online whiteboard", "TwinSpace forum", "Camera"],
            },
            {
                "title": "Recipe book and picnic day",
                "duration": "Week 5, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Each class writes two easy recipes for the lunchboxes in its language and in English. "
                        "Teachers collect them into a digital recipe book and share it with families."
                    ),
                    (
                        "On the same day, all partner schools hold a healthy picnic and greet each other in a short "
                        "video call. Pupils say what they learnt and what they will change in their lunchbox."
                    ),
                ],
                "tools": ["LibreOffice Writer", "Video call"],
            },
        ],
        "expected_results": [
            "Tally charts and bar charts of the lunchboxes in each class.",
            "A shared spreadsheet comparing sugar in snacks and drinks from all countries.",
            "International lunchbox designs and one lunchbox prepared in each school.",
            "A multilingual digital recipe book for families.",
        ],
        "evaluation": [
            "The teacher checks each pupil's worksheets to see whether they sort foods into the right groups.",
            "Pupils explain one healthy swap to a partner and the teacher notes their reasoning.",
            "Pupils complete a simple before and after questionnaire about their lunchbox habits.",
            "Partner classes give feedback on each lunchbox design with one star and one wish.",
        ],
        "related": ["playground-games-for-everyone", "bees-flowers-biodiversity"],
    },
    {
        "slug": "fake-news-detectives",
        "title": "Fake news detectives",
        "summary": (
            "Pupils learn simple routines to check online news, images and statistics, compare how one story is "
            "reported in each partner country and build a multilingual guide and quiz for younger pupils."
        ),
        "subjects": ["citizenship", "language-literature", "ict"],
        "age_ranges": ["12-15", "16-19"],
        "key_competences": ["digital", "literacy", "citizenship"],
        "duration_value": 8,
        "duration_unit": "lessons",
        "level": "intermediate",
        "partners": "2 to 4 secondary schools in different countries, working in English",
        "aims": [
            "Explain the difference between misinformation, disinformation, satire and opinion.",
            "Apply a short checking routine to headlines, images and statistics before sharing them.",
            "Compare how the same news story is reported by the media of different partner countries.",
            "Discuss respectfully with partners online, even when opinions differ.",
        ],
        "steps": [
            {
                "title": "Meet the detective teams",
                "duration": "Lesson 1, 45 minutes",
                "instructions": [
                    (
                        "Teachers form mixed international teams of four or five pupils, each with a TwinSpace page. "
                        "Each class agrees rules for online behaviour: no personal data and no photos of classmates "
                        "without consent."
                    ),
                    (
                        "Pupils write a short forum profile with an avatar instead of a photo. A warm-up poll on where "
                        "they get their news is then compared by country."
                    ),
                ],
                "tools": ["TwinSpace forum", "Online poll"],
            },
            {
                "title": "What makes news fake?",
                "duration": "Lessons 2 and 3, 45 minutes each",
                "instructions": [
                    (
                        "Teachers collect eight to ten recent examples mixing real stories, satire, edited images and "
                        "misleading statistics, avoiding upsetting content. Groups sort them into categories and "
                        "justify their choices on a shared online whiteboard."
                    ),
                    (
                        "In lesson 3, pupils learn a five-question routine: who published it, what is the evidence, "
                        "what do other sources say, when was it published and why was it shared. Each class tests it "
                        "on two examples and posts its verdicts for partners to challenge."
                    ),
                ],
                "tools": ["Shared online whiteboard", "TwinSpace forum"],
                "worksheet": {
                    "title": "Detective checklist",
                    "instructions": (
                        "Use this sheet for every post, image or headline you check and bring it to your team "
                        "discussion."
                    ),
                    "items": [
                        "What exactly does the post claim, in one sentence?",
                        "Who published it, and what else has this source published?",
                        "What evidence is given, and can you find the original source?",
                        "Do two reliable sources in your language report the same thing?",
                        "What did a reverse image search show about the picture?",
                        "Your verdict: reliable, misleading, false, satire or not sure, and why?",
                    ],
                },
            },
            {
                "title": "Check images and numbers",
                "duration": "Lesson 4, 45 minutes",
                "instructions": [
                    (
                        "Pupils practise reverse image searches to find the date, place and original caption of a "
                        "picture. They then examine a chart with a cut axis or missing source and rewrite its headline "
                        "to match the data."
                    ),
                    (
                        "Each team posts one image case and one number case on its TwinSpace page, explained in "
                        "English. Partners comment if they disagree."
                    ),
                ],
                "tools": ["Reverse image search", "LibreOffice Calc", "TwinSpace pages"],
            },
            {
                "title": "One story, many countries",
                "duration": "Lessons 5 and 6, 45 minutes each",
                "instructions": [
                    (
                        "Teachers choose one recent European news story covered in all partner countries. Pupils "
                        "summarise two articles from their own country in English, noting the headline, sources quoted "
                        "and images used."
                    ),
                    (
                        "In a 40-minute video call, international teams compare summaries and list differences in a "
                        "shared spreadsheet. They discuss which come from translation, which from point of view and "
                        "which are errors."
                    ),
                ],
                "tools": ["Video call", "Shared spreadsheet"],
                "worksheet": {
                    "title": "Comparing coverage",
                    "instructions": (
                        "Fill in one column per article, then compare your notes with partners in the video call."
                    ),
                    "items": [
                        "Newspaper or website, and the country it comes from.",
                        "Headline in the original language and in English.",
                        "The main facts given, in three short sentences.",
                        "People or organisations quoted as sources.",
                        "The image used and what it suggests to the reader.",
                        "Words that show an opinion or an emotion.",
                    ],
                },
            },
            {
                "title": "Write the guide and the quiz",
                "duration": "Lesson 7, 45 minutes plus homework",
                "instructions": [
                    (
                        "Each international team writes one page of a guide for pupils aged 10 to 12, with a tip, a "
                        "real example and an explanation. Pupils translate their page into every partner language."
                    ),
                    (
                        "Teams also write three quiz questions on their cases. Teachers check accuracy and image "
                        "copyright before anything is published."
                    ),
                ],
                "tools": ["LibreOffice Writer", "Online quiz tool", "TwinSpace pages"],
            },
            {
                "title": "Test it with younger pupils",
                "duration": "Lesson 8, 45 minutes",
                "instructions": [
                    (
                        "Pupils visit a younger class in their own school, present the guide and run the quiz. They "
                        "note which questions were difficult."
                    ),
                    (
                        "In a final video call, each country reports back and teams agree one improvement. The revised "
                        "guide is then shared with other schools."
                    ),
                ],
                "tools": ["Online quiz tool", "Video call"],
            },
        ],
        "expected_results": [
            "A multilingual guide to checking online information, written for pupils aged 10 to 12.",
            "A quiz of 15 to 20 questions based on real cases investigated by the teams.",
            "A shared spreadsheet comparing how one story was reported in each country.",
            "A collection of image and number cases on the TwinSpace.",
        ],
        "evaluation": [
            (
                "Teachers give each pupil a new post to check in lessons 1 and 8 and compare the reasoning with a "
                "simple rubric."
            ),
            (
                "Pupils peer-assess one page of another team's guide for accuracy and clarity, using three agreed "
                "criteria."
            ),
            "The younger classes answer a short anonymous questionnaire about the guide and the quiz.",
            "Partner teachers hold a 30-minute call to review the teams' forum work and agree what to change.",
        ],
        "related": ["voices-of-1989", "code-a-city-tour"],
    },
    {
        "slug": "mini-companies-across-europe",
        "title": "Mini-companies across Europe",
        "summary": (
            "Pupils run transnational mini-companies with colleagues in every partner school, designing, producing and "
            "selling a small product while learning planning, budgeting, marketing and teamwork in a foreign language."
        ),
        "subjects": ["economics", "foreign-languages", "ict"],
        "age_ranges": ["16-19", "vocational"],
        "key_competences": ["entrepreneurship", "digital", "multilingual"],
        "duration_value": 14,
        "duration_unit": "weeks",
        "level": "advanced",
        "partners": "2 to 4 upper secondary or vocational schools in different countries",
        "aims": [
            "Identify a realistic business idea by surveying customers in several countries.",
            "Write and present a simple business plan with a budget, a price and a sales target.",
            "Use a foreign language for meetings, negotiation, product descriptions and reports.",
            "Share tasks and make decisions in an international team with clear roles and deadlines.",
            "Reflect on profit, risk, fair trade and the environmental impact of a product.",
        ],
        "steps": [
            {
                "title": "Form the companies",
                "duration": "Weeks 1 and 2",
                "instructions": [
                    (
                        "Teachers set up three or four companies with pupils from every partner school and check "
                        "national rules on pupils handling money. Pupils apply in English for roles such as director, "
                        "finance, production or marketing."
                    ),
                    (
                        "In the first video call, each company chooses a name and agrees its meeting rules, working "
                        "language and deadlines. Its TwinSpace page becomes the company office, where minutes are "
                        "kept."
                    ),
                ],
                "tools": ["Video call", "TwinSpace pages", "TwinSpace forum"],
                "worksheet": {
                    "title": "Role application",
                    "instructions": (
                        "Complete the form in English and post it on your company forum before the first meeting."
                    ),
                    "items": [
                        "Which role are you applying for, and why?",
                        "Which skills or experience make you suitable for this role?",
                        "Which languages can you use, and at what level?",
                        "How many hours a week can you give to the company?",
                    ],
                },
            },
            {
                "title": "Find a business idea",
                "duration": "Weeks 3 and 4",
                "instructions": [
                    (
                        "Each company brainstorms ideas on a shared online whiteboard, and pupils in every country "
                        "survey 20 to 30 possible customers with the same questionnaire. A shared spreadsheet then "
                        "compares demand, prices and tastes across countries."
                    ),
                    (
                        "Companies choose one product that every school can make, such as recycled notebooks or a "
                        "bilingual calendar. They explain their choice in a five-minute pitch to the other companies."
                    ),
                ],
                "tools": ["Shared online whiteboard", "Online survey tool", "Shared spreadsheet"],
            },
            {
                "title": "Write the business plan",
                "duration": "Weeks 5 to 7",
                "instructions": [
                    (
                        "The finance team calculates costs, price and break-even point in LibreOffice Calc, while "
                        "marketing describes customers and competitors. Pupils agree how costs and profits are shared "
                        "between countries."
                    ),
                    (
                        "Each company presents its plan in a video call to a panel of teachers and, where possible, a "
                        "local business person. It then revises the plan in answer to their questions."
                    ),
                ],
                "tools": ["LibreOffice Calc", "LibreOffice Writer", "Video call"],
                "worksheet": {
                    "title": "Business plan checklist",
                    "instructions": (
                        "Tick each section when your company has written it and note the pupil responsible."
                    ),
                    "items": [
                        "The product in two sentences.",
                        "Target customers in each country.",
                        "Cost of materials per unit and total start-up costs.",
                        "Selling price and expected number of units sold.",
                        "Break-even point and planned use of any profit.",
                        "Main risks and how the company will reduce them.",
                    ],
                },
            },
            {
                "title": "Produce and market",
                "duration": "Weeks 8 to 11",
                "instructions": [
                    (
                        "Each country makes its share of the product in workshop or class time and posts photos of "
                        "products, not pupils, on the company page. Marketing creates a logo, product descriptions and "
                        "a price list in all partner languages."
                    ),
                    (
                        "Pupils build a simple online catalogue on the TwinSpace and posters for their school. "
                        "Teachers check that no pupil names, faces or contact details appear in any public material."
                    ),
                ],
                "tools": ["Camera", "Free image editor", "LibreOffice Impress"],
            },
            {
                "title": "Sell at the fairs",
                "duration": "Weeks 12 and 13",
                "instructions": [
                    (
                        "Each school runs a stand at a school fair, parents' evening or local market, and a short "
                        "video link lets the stands swap sales tips. Finance pupils record every sale in the shared "
                        "spreadsheet the same day."
                    ),
                    (
                        "Where real sales are not allowed, classes run a simulated fair with play money. Visitors vote "
                        "for the best stand and the most convincing sales pitch."
                    ),
                ],
                "tools": ["Shared spreadsheet", "Video call"],
            },
            {
                "title": "Close the accounts",
                "duration": "Week 14",
                "instructions": [
                    (
                        "Each company writes a final report with its accounts, what went well and what it would "
                        "change. With the teachers, pupils decide how to use any profit, for example for a local "
                        "charity."
                    ),
                    (
                        "Companies present their reports in a final video call and pupils receive certificates "
                        "describing their roles. Each pupil also writes a short reflection for a portfolio or CV."
                    ),
                ],
                "tools": ["LibreOffice Writer", "Video call"],
            },
        ],
        "expected_results": [
            "Three or four transnational mini-companies with business plans, products and final accounts.",
            "Product catalogues and price lists in all partner languages.",
            "A shared spreadsheet of costs and sales from every school.",
            "Reflections and role certificates for pupils' portfolios or CVs.",
        ],
        "evaluation": [
            "Teachers assess business plans and final reports with a shared rubric for content, accounts and language.",
            (
                "Each pupil gets anonymous feedback from company colleagues on teamwork and reliability through an "
                "online form."
            ),
            "A panel of teachers and a local business person scores the final presentations.",
            "Language teachers assess one written and one spoken task in the foreign language for each pupil.",
        ],
        "related": ["healthy-lunchbox-challenge", "code-a-city-tour"],
    },
    {
        "slug": "soundscapes-of-our-streets",
        "title": "Soundscapes: the music of our streets",
        "summary": (
            "Pupils record the sounds of their streets, markets and festivals, place them on a shared online map and "
            "swap them with partners, then compose short pieces of music that mix sounds from every partner town."
        ),
        "subjects": ["music", "ict", "cross-curricular"],
        "age_ranges": ["12-15"],
        "key_competences": ["cultural-awareness", "digital"],
        "duration_value": 6,
        "duration_unit": "weeks",
        "level": "intermediate",
        "partners": "2 to 5 schools in different countries, from towns or villages",
        "aims": [
            "Listen actively and describe sounds using musical terms such as pitch, rhythm, dynamics and texture.",
            "Record, edit and label audio clips carefully and responsibly.",
            "Compare the everyday and festive sounds of European places and what they reveal about local culture.",
            "Compose a short piece in an international team, using recorded sounds as material.",
            "Respect privacy and copyright when recording in public places.",
        ],
        "steps": [
            {
                "title": "Listen to your school",
                "duration": "Week 1, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils sit silently for three minutes in the classroom, playground and canteen and list every "
                        "sound they hear. They sort the sounds by source, volume and pitch and post the lists on the "
                        "TwinSpace forum."
                    ),
                    (
                        "Partners guess which school each list comes from. Pupils then discuss which sounds are the "
                        "same everywhere."
                    ),
                ],
                "tools": ["TwinSpace forum"],
                "worksheet": {
                    "title": "Sound walk log",
                    "instructions": "Fill in one row for every sound you hear or record.",
                    "items": [
                        "Place and time.",
                        "What or who makes the sound?",
                        "Is it loud or quiet, high or low, steady or changing?",
                        "How does the sound make you feel?",
                        "Would a visitor from a partner country hear this sound at home?",
                    ],
                },
            },
            {
                "title": "Record the streets",
                "duration": "Week 2, one lesson and a sound walk",
                "instructions": [
                    (
                        "Teachers show how to record with an audio recorder or tablet, hold it still and avoid wind "
                        "noise. In small groups with an adult, pupils record five to eight 30-second clips in streets, "
                        "markets, stations, parks or at festivals."
                    ),
                    (
                        "Pupils never record private conversations or recognisable voices without permission and "
                        "photograph places, not people. Parents sign the usual consent form for out-of-school "
                        "activities beforehand."
                    ),
                ],
                "tools": ["Audio recorder or tablet", "Camera"],
            },
            {
                "title": "Edit and map the sounds",
                "duration": "Week 3, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils trim and normalise their clips in Audacity and give each a clear title. Each clip goes "
                        "on a shared map made with a free map tool, with a photo of the place and a short description "
                        "in English and the home language."
                    ),
                    (
                        "By the end of the week, every school has 20 to 30 sounds on the map. Teachers check "
                        "descriptions and remove clips with identifiable voices."
                    ),
                ],
                "tools": ["Audacity", "Free map tool", "TwinSpace pages"],
            },
            {
                "title": "Swap and respond",
                "duration": "Week 4, two lessons of 45 minutes",
                "instructions": [
                    (
                        "Pupils explore the partners' sounds, choose three favourites and describe each one in musical "
                        "terms on the forum. In a 30-minute video call, each school plays five clips and partners "
                        "guess the place and source."
                    ),
                    (
                        "Teachers then form international composing teams of four to six pupils. Each team chooses "
                        "eight to ten clips from at least three countries."
                    ),
                ],
                "tools": ["Video call", "TwinSpace forum"],
            },
            {
                "title": "Compose the street symphony",
                "duration": "Week 5, three lessons of 45 minutes",
                "instructions": [
                    (
                        "Each team agrees a structure, for example a journey from morning to night, and a tempo. "
                        "Pupils in each country build their section in Audacity with loops, layers, fades and volume "
                        "changes, and may add classroom instruments."
                    ),
                    (
                        "Sections are uploaded to the team page, and one school joins them into a piece of two to "
                        "three minutes. The team agrees final changes on the forum."
                    ),
                ],
                "tools": ["Audacity", "Classroom instruments", "TwinSpace pages"],
                "worksheet": {
                    "title": "Composition plan",
                    "instructions": (
                        "Plan your section with your team before editing and share the sheet on your team page."
                    ),
                    "items": [
                        "Title and theme of our piece.",
                        "The clips we use and the countries they come from.",
                        "Tempo and mood of our section.",
                        "How our section starts and ends.",
                        "Where sounds are layered, repeated or faded.",
                        "Live instruments or voices we add, if any.",
                    ],
                },
            },
            {
                "title": "Premiere and reflect",
                "duration": "Week 6, one lesson and a concert",
                "instructions": [
                    (
                        "The pieces are premiered at a joint online concert, with each team introducing its work in "
                        "English. The map and pieces can then be shown at a school event or on the school website, "
                        "without pupil names."
                    ),
                    (
                        "Finally, pupils write a short reflection on what the partner towns' sounds taught them about "
                        "life there. They compare it with their log from week 1."
                    ),
                ],
                "tools": ["Video call", "TwinSpace pages"],
            },
        ],
        "expected_results": [
            "A shared sound map with 60 to 150 labelled recordings from all partner towns.",
            "One composition of two to three minutes for each international team.",
            "A sound quiz and listening comments written in musical terms.",
            "An online listening concert for families and the school community.",
        ],
        "evaluation": [
            (
                "Music teachers assess each pupil's clips and contribution to the composition with a shared rubric for "
                "technique and creativity."
            ),
            "Pupils use a short feedback form to comment on the compositions of two other teams.",
            "Pupils compare their sound walk logs from weeks 1 and 6 to see how their listening vocabulary has grown.",
        ],
        "related": ["maths-in-our-buildings", "code-a-city-tour"],
    },
    {
        "slug": "maths-in-our-buildings",
        "title": "Maths in our buildings",
        "summary": (
            "Pupils hunt for geometry, symmetry and proportion in the buildings of their town, exchange photo "
            "challenges with partners and measure and model one local building to compare architecture across Europe."
        ),
        "subjects": ["mathematics", "visual-arts", "technology"],
        "age_ranges": ["12-15"],
        "key_competences": ["stem", "cultural-awareness"],
        "duration_value": 6,
        "duration_unit": "lessons",
        "level": "intermediate",
        "partners": "2 to 4 schools in different countries",
        "aims": [
            "Recognise shapes, symmetry, tessellations and proportions in real buildings.",
            "Measure, estimate and calculate lengths, areas and angles with simple tools.",
            "Make an accurate scale drawing and model of a local building.",
            "Describe the architecture of different European places using mathematical vocabulary.",
            "Explain mathematical reasoning clearly to partners in another language.",
        ],
        "steps": [
            {
                "title": "Shape hunt",
                "duration": "Lesson 1, 45 minutes plus a 40-minute walk",
                "instructions": [
                    (
                        "Teachers plan a walk around the school area, with parental consent and enough adults. Pupils "
                        "photograph details of buildings such as windows, arches, tiles, roofs and railings, making "
                        "sure that no people appear in the pictures."
                    ),
                    (
                        "Back in class, pupils choose their ten best photos. They label the shapes, lines of symmetry "
                        "and angles they can see."
                    ),
                ],
                "tools": ["Camera", "Free image editor"],
                "worksheet": {
                    "title": "Shape hunt sheet",
                    "instructions": "Fill in one row for every photo you take and add the photo number.",
                    "items": [
                        "Photo number, building and street.",
                        "Shapes you can see.",
                        "Lines of symmetry or rotational symmetry.",
                        "Right, acute or obtuse angles.",
                        "Repeated patterns or tessellations.",
                        "A question about this building that you could answer with maths.",
                    ],
                },
            },
            {
                "title": "Photo challenges for partners",
                "duration": "Lesson 2, 45 minutes",
                "instructions": [
                    (
                        "Each class posts 15 photos on the TwinSpace, each with a maths challenge such as counting "
                        "lines of symmetry or estimating the height of a tower. Partner classes solve the challenges "
                        "and reply on the forum, explaining their reasoning."
                    ),
                    (
                        "Pupils then sort the photos from every country on a shared online whiteboard by shape and by "
                        "style. They discuss which features are typical of each place."
                    ),
                ],
                "tools": ["TwinSpace pages", "TwinSpace forum", "Shared online whiteboard"],
            },
            {
                "title": "Measure a building",
                "duration": "Lesson 3, 45 minutes",
                "instructions": [
                    (
                        "Each class chooses one building, often the school itself. Groups measure lengths with tape "
                        "measures, estimate heights with the shadow method or a clinometer made from a protractor, and "
                        "enter the data in a shared spreadsheet."
                    ),
                    (
                        "Groups compare their estimates and discuss sources of error. The class then agrees final "
                        "values for the model."
                    ),
                ],
                "tools": ["Tape measure", "Homemade clinometer", "Shared spreadsheet"],
                "worksheet": {
                    "title": "Measuring a building",
                    "instructions": "Record every measurement with its unit and the method you used.",
                    "items": [
                        "Length and width of the building at ground level.",
                        "Height of the building and the method used to estimate it.",
                        "Size of one window or door.",
                        "Angle of the roof, if there is one.",
                        "Area of the front of the building, with your calculation.",
                        "Your estimate of the possible error, and why.",
                    ],
                },
            },
            {
                "title": "Scale drawings and models",
                "duration": "Lessons 4 and 5, 45 minutes each",
                "instructions": [
                    (
                        "Pupils choose a scale, such as 1 to 100, and draw the plan and front view on squared paper or "
                        "in free geometry software. They then build a cardboard model or a simple model in a free 3D "
                        "design tool."
                    ),
                    (
                        "Partners check each other's work by comparing one detail of the model with the real "
                        "measurements in the spreadsheet. Any error is explained on the forum and corrected."
                    ),
                ],
                "tools": ["Free geometry software", "Free 3D design tool", "Squared paper and cardboard"],
            },
            {
                "title": "Virtual architecture exhibition",
                "duration": "Lesson 6, 45 minutes",
                "instructions": [
                    (
                        "Each class presents its building in a video call, covering its history, style, measurements "
                        "and the maths behind the model. Partner pupils ask at least one maths question and one "
                        "question about the building's history or use."
                    ),
                    (
                        "Photos of the models and drawings are collected on a TwinSpace page as an online exhibition. "
                        "Families can visit it, and no photos of pupils are included."
                    ),
                ],
                "tools": ["Video call", "TwinSpace pages"],
            },
        ],
        "expected_results": [
            "A shared bank of building photos with maths challenges and solutions from all partner countries.",
            "Scale drawings and models of one building from each school.",
            "A shared spreadsheet of measurements and estimates.",
            "An online exhibition comparing the architecture of the partner towns.",
        ],
        "evaluation": [
            (
                "The mathematics teacher assesses each group's measurements, calculations and scale drawings with a "
                "rubric for accuracy and method."
            ),
            "The art or technology teacher assesses the models for accuracy, finish and creativity.",
            (
                "Partner pupils give written feedback on whether the photo challenges were clear and the solutions "
                "correct."
            ),
            "Pupils complete a short self-assessment on which maths skills they used outside the classroom.",
        ],
        "related": ["soundscapes-of-our-streets", "code-a-city-tour"],
    },
    {
        "slug": "playground-games-for-everyone",
        "title": "Playground games for everyone",
        "summary": (
            "Children collect traditional playground games from their families, adapt them so that every child, "
            "including children with disabilities, can join in, and teach them to partner schools through game cards "
            "and short videos."
        ),
        "subjects": ["physical-education", "special-needs", "pre-school"],
        "age_ranges": ["up-to-6", "7-11"],
        "key_competences": ["personal-social-learning", "cultural-awareness"],
        "duration_value": 6,
        "duration_unit": "weeks",
        "level": "beginner",
        "partners": "2 to 5 nursery, primary or special schools in different countries",
        "aims": [
            "Learn and play traditional games from their own and partner countries.",
            "Adapt rules, space and equipment so that children of all abilities can join in.",
            "Practise taking turns, fair play and cooperation.",
            "Explain simple rules with words, pictures and gestures.",
            "Discover what games played across Europe have in common.",
        ],
        "steps": [
            {
                "title": "Games from home",
                "duration": "Week 1",
                "instructions": [
                    (
                        "Teachers send a letter home asking families to describe a game they played as children, and "
                        "explain how photos and videos will be used. Only children whose parents have given written "
                        "consent appear in any recording."
                    ),
                    (
                        "In circle time, children present the games from home. The class votes for three or four games "
                        "to teach to the partners."
                    ),
                ],
                "tools": ["Letter to families", "TwinSpace pages"],
                "worksheet": {
                    "title": "A game from home",
                    "instructions": "Fill in this sheet at home with your family, using drawings if you like.",
                    "items": [
                        "Name of the game in our language.",
                        "Who played it, and where?",
                        "How many players are needed?",
                        "What do you need, such as a ball, chalk or a rope?",
                        "How do you play? Draw or write the main rule.",
                        "Is there a song or rhyme? Write the first line.",
                    ],
                },
            },
            {
                "title": "Play and adapt",
                "duration": "Weeks 2 and 3, two PE lessons a week",
                "instructions": [
                    (
                        "Children play the chosen games and talk about who found them easy or hard. With the "
                        "special-needs teacher, the class tries changes such as a bigger or softer ball, walking "
                        "instead of running, a buddy, sound signals or picture cards until everyone can take part."
                    ),
                    (
                        "Children record the changes that worked on a simple chart with pictures. The teacher shares "
                        "the chart with partners on the TwinSpace."
                    ),
                ],
                "tools": ["PE equipment", "Picture cards", "TwinSpace pages"],
                "worksheet": {
                    "title": "Can everyone play?",
                    "instructions": (
                        "Colour a happy, neutral or sad face for each question, then draw the change you tried."
                    ),
                    "items": [
                        "Could everyone reach the ball or the goal?",
                        "Could everyone understand the rules?",
                        "Was the game too fast for anyone?",
                        "Did anyone have to wait too long?",
                        "What change did we try?",
                        "Was the game still fun after the change?",
                    ],
                },
            },
            {
                "title": "Make game cards and videos",
                "duration": "Week 4",
                "instructions": [
                    (
                        "Each class makes an illustrated card for each game, with pictures, simple words in the home "
                        "language and English, and symbols for the inclusive versions. Teachers film demonstrations of "
                        "one to two minutes, showing only hands and feet or children from behind where consent is "
                        "limited."
                    ),
                    (
                        "Cards and videos are uploaded to the TwinSpace by the end of the week. Partners leave a "
                        "comment or a drawing to say thank you."
                    ),
                ],
                "tools": ["Camera", "LibreOffice Impress", "TwinSpace pages"],
            },
            {
                "title": "Learn the partners' games",
                "duration": "Week 5",
                "instructions": [
                    (
                        "Each class watches the partners' videos, reads the cards with the teacher and plays at least "
                        "three partner games outside. Children send back a drawing of their favourite game."
                    ),
                    (
                        "In a 20-minute video call, the classes play a simple clapping or counting game together on "
                        "screen. Each class teaches the others one word from its game."
                    ),
                ],
                "tools": ["Video call", "Interactive whiteboard"],
            },
            {
                "title": "Games festival",
                "duration": "Week 6",
                "instructions": [
                    (
                        "Each school holds a games festival for another class or for families, with stations for "
                        "partner games run by the children. A map showing where each game comes from decorates the "
                        "playground."
                    ),
                    (
                        "Teachers collect all the cards into a shared booklet of inclusive games. The booklet is "
                        "published on the TwinSpace in every partner language."
                    ),
                ],
                "tools": ["LibreOffice Writer", "TwinSpace pages"],
            },
        ],
        "expected_results": [
            "A booklet of 10 to 20 illustrated, inclusive game cards in all partner languages and English.",
            "Short demonstration videos of each game, shared on the TwinSpace.",
            "A games festival in each school for families or other classes.",
            "A list of tested adaptations that help children with different needs to play.",
        ],
        "evaluation": [
            (
                "Teachers observe each child at the start and end of the project, using a simple checklist on "
                "participation, taking turns and fair play."
            ),
            "Children give their opinion on each game with smiley-face cards.",
            (
                "Special-needs teachers record which adaptations helped, without naming children, and share the list "
                "with partners."
            ),
            "Families answer three short questions about the games festival.",
        ],
        "related": ["fairy-tales-without-borders", "healthy-lunchbox-challenge"],
    },
    {
        "slug": "bees-flowers-biodiversity",
        "title": "Bees, flowers and biodiversity",
        "summary": (
            "Pupils count pollinators and flowers in their school grounds with a shared method, compare their data "
            "with partners across Europe and then create a pollinator-friendly area at school."
        ),
        "subjects": ["biology", "environment", "natural-sciences"],
        "age_ranges": ["7-11", "12-15"],
        "key_competences": ["stem", "citizenship"],
        "duration_value": 10,
        "duration_unit": "weeks",
        "level": "intermediate",
        "partners": "2 to 5 primary or lower secondary schools in different countries",
        "aims": [
            "Identify common pollinators and flowering plants with simple keys.",
            "Explain the role of pollinators in food production and ecosystems.",
            "Collect, record and compare data following a shared method.",
            "Compare biodiversity in different climates and habitats across Europe.",
            "Plan and carry out a practical action to help pollinators.",
        ],
        "steps": [
            {
                "title": "Why do bees matter?",
                "duration": "Weeks 1 and 2, two lessons a week",
                "instructions": [
                    (
                        "Pupils find out which foods depend on pollinators by sorting a breakfast into foods that need "
                        "insects and foods that do not. They look at flowers and insects with magnifying glasses or a "
                        "microscope and draw the parts of a flower."
                    ),
                    (
                        "Each class introduces its school grounds to partners on the TwinSpace. They post photos of "
                        "places and plants, not of pupils."
                    ),
                ],
                "tools": ["Magnifying glasses", "Microscope", "TwinSpace pages"],
            },
            {
                "title": "Set up the survey",
                "duration": "Week 3, two lessons",
                "instructions": [
                    (
                        "Teachers agree a shared method: a 10-minute count in a fixed patch of flowers, once a week at "
                        "the same time, in dry and calm weather. Pupils mark out their survey areas and learn to "
                        "recognise six groups: honeybees, bumblebees, solitary bees, hoverflies, butterflies and other "
                        "insects."
                    ),
                    (
                        "Before going out, pupils learn the safety rules: observe quietly, never touch or catch "
                        "insects and tell an adult about any allergy to stings. Teachers check allergy information "
                        "with families in advance."
                    ),
                ],
                "tools": ["Identification cards", "Shared spreadsheet"],
                "worksheet": {
                    "title": "Pollinator count",
                    "instructions": (
                        "Count for exactly 10 minutes and make a tally mark each time an insect lands on a flower."
                    ),
                    "items": [
                        "Date, time, weather and temperature.",
                        "Honeybees.",
                        "Bumblebees.",
                        "Solitary bees.",
                        "Hoverflies.",
                        "Butterflies and moths.",
                        "Other insects.",
                        "The flowers that insects visited most.",
                    ],
                    # The same worksheet written in other languages: attached beside the English one, and
                    # given to readers of the kit in that language (kits.attachments).
                    "translations": {
                        "bg": {
                            "title": "Преброяване на опрашители",
                            "instructions": (
                                "Бройте точно 10 минути и слагайте чертичка всеки път, когато насекомо кацне на цвят."
                            ),
                            "items": [
                                "Дата, час, време и температура.",
                                "Медоносни пчели.",
                                "Земни пчели.",
                                "Самотни пчели.",
                                "Сирфидни мухи.",
                                "Пеперуди и молци.",
                                "Други насекоми.",
                                "Цветовете, които насекомите посещаваха най-често.",
                            ],
                        },
                    },
                },
            },
            {
                "title": "Count and share",
                "duration": "Weeks 4 to 7, one count a week",
                "instructions": [
                    (
                        "Every week, small groups carry out the count and enter their data in the shared spreadsheet. "
                        "Pupils also record the plants in flower, using a printed key or a free plant identification "
                        "app."
                    ),
                    (
                        "In a video call in week 6, classes compare their results and suggest reasons for the "
                        "differences. These might include climate, season or the amount of grass and concrete around "
                        "each school."
                    ),
                ],
                "tools": ["Shared spreadsheet", "Plant identification key", "Video call"],
            },
            {
                "title": "Analyse the data",
                "duration": "Week 8, two lessons",
                "instructions": [
                    (
                        "Pupils make bar charts and line graphs of the counts in LibreOffice Calc and compare the "
                        "schools. Older pupils calculate averages and discuss whether the differences are big enough "
                        "to mean something."
                    ),
                    (
                        "Each international group writes a short conclusion on the TwinSpace forum. Partners reply "
                        "with one question or comment."
                    ),
                ],
                "tools": ["LibreOffice Calc", "TwinSpace forum"],
                "worksheet": {
                    "title": "Reading our data",
                    "instructions": "Answer these questions using the graphs from all partner schools.",
                    "items": [
                        "Which school counted the most pollinators, and in which week?",
                        "Which group of insects was most common in each country?",
                        "How did the weather affect the counts?",
                        "Which flowers attracted the most visitors?",
                        "What could explain the differences between schools?",
                        "What would you change in the method next time?",
                    ],
                },
            },
            {
                "title": "Take action for pollinators",
                "duration": "Weeks 9 and 10",
                "instructions": [
                    (
                        "Each school creates a pollinator-friendly area, such as a wildflower patch, a planter of "
                        "herbs or a bee hotel, using native plants suggested by a local gardener or expert. Pupils "
                        "design information signs in their language and English and write one page of a shared "
                        "multilingual guide to pollinators."
                    ),
                    (
                        "In the final video call, schools present their areas and agree to repeat the count next "
                        "spring. This shows whether the number of pollinators has changed."
                    ),
                ],
                "tools": ["Gardening tools", "Camera", "Video call"],
            },
        ],
        "expected_results": [
            "A shared data set of weekly pollinator counts from all partner schools.",
            "Graphs and written conclusions comparing pollinators in different countries.",
            "A pollinator-friendly area with information signs in each school.",
            "A simple multilingual identification guide to common pollinators.",
        ],
        "evaluation": [
            "Teachers check each group's counts and records against the shared method.",
            "Pupils complete an identification quiz with photos at the start and end of the project.",
            "Groups present their graphs and conclusions, and partners assess them with a short rubric.",
            "Pupils write a reflection on what they can do at home to help pollinators.",
        ],
        "related": ["our-water-footprint", "little-scientists-weather-diary"],
    },
]
