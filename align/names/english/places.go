package english

// places lists, in lower case, the countries of the world, the states of
// the United States, regions and the cities that English news names
// often, for guessing a name's type. Written for bitext; it is a hint only
// (the Korean side decides what enters a glossary).
var places = setOfLines(`
afghanistan
africa
alabama
alaska
albania
algeria
america
amsterdam
andorra
angola
ankara
antarctica
antigua and barbuda
arctic
argentina
arizona
arkansas
armenia
asia
athens
atlanta
atlantic
auckland
australia
austria
azerbaijan
baghdad
bahamas
bahrain
balkans
baltimore
bangkok
bangladesh
barbados
barcelona
beijing
beirut
belarus
belgium
belgrade
belize
benin
berlin
bhutan
bogota
bolivia
bosnia
bosnia and herzegovina
boston
botswana
brazil
brisbane
britain
brunei
brussels
bucharest
budapest
buenos aires
bulgaria
burkina faso
burma
burundi
busan
cabo verde
cairo
calcutta
california
cambodia
cameroon
canada
canberra
cape town
cape verde
caracas
caribbean
central african republic
central asia
chad
chicago
chile
china
chongqing
chungcheong
colombia
colorado
comoros
congo
connecticut
copenhagen
costa rica
crimea
croatia
cuba
cyprus
czech republic
czechia
daegu
daejeon
dakar
dallas
damascus
dandong
davos
dc
d.c.
delaware
denmark
denver
detroit
djibouti
doha
dominica
dominican republic
dubai
dublin
east asia
east timor
ecuador
edinburgh
egypt
el salvador
england
equatorial guinea
eritrea
estonia
eswatini
ethiopia
europe
fiji
finland
florida
france
frankfurt
gabon
gambia
gangwon
gaza
geneva
georgia
germany
ghana
glasgow
greece
greenland
grenada
guam
guangzhou
guatemala
guinea
guinea-bissau
guyana
gwangju
gyeonggi
gyeongsang
haiti
hamburg
hamhung
hanoi
harbin
havana
hawaii
helsinki
hiroshima
ho chi minh city
holland
honduras
hong kong
houston
hungary
iceland
idaho
illinois
incheon
india
indian ocean
indiana
indonesia
iowa
iran
iraq
ireland
islamabad
israel
istanbul
italy
ivory coast
jakarta
jamaica
japan
jeju
jeolla
jerusalem
johannesburg
jordan
kabul
kaesong
kansas
karachi
kashmir
kazakhstan
kentucky
kenya
kiev
kiribati
kolkata
korea
korean peninsula
kosovo
kuala lumpur
kuwait
kyiv
kyoto
kyrgyzstan
lagos
lahore
laos
las vegas
latin america
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lima
lisbon
lithuania
liverpool
london
los angeles
louisiana
luxembourg
macau
macedonia
madagascar
madrid
maine
malawi
malaysia
maldives
mali
malta
manchester
manila
marshall islands
maryland
massachusetts
mauritania
mauritius
melbourne
mexico
miami
michigan
micronesia
middle east
milan
minnesota
minsk
mississippi
missouri
moldova
monaco
mongolia
montana
montenegro
montreal
morocco
moscow
mozambique
mumbai
munich
myanmar
nagasaki
nairobi
namibia
nanjing
naples
nauru
nebraska
nepal
netherlands
nevada
new delhi
new hampshire
new jersey
new mexico
new york
new zealand
nicaragua
niger
nigeria
north america
north carolina
north dakota
north korea
north macedonia
northern ireland
norway
oceania
ohio
oklahoma
oman
oregon
osaka
oslo
ottawa
pacific
pakistan
palau
palestine
panama
panmunjom
papua new guinea
paraguay
paris
pennsylvania
perth
peru
philadelphia
philippines
phoenix
poland
portugal
prague
puerto rico
pyongyang
qatar
quebec
rason
rhode island
rio de janeiro
riyadh
romania
rome
russia
rwanda
saint lucia
samoa
san diego
san francisco
san marino
santiago
sao paulo
saudi arabia
scandinavia
scotland
seattle
sejong
senegal
seoul
serbia
seychelles
shanghai
shenyang
shenzhen
siberia
sierra leone
singapore
sinuiju
slovakia
slovenia
sochi
solomon islands
somalia
south africa
south america
south asia
south carolina
south dakota
south korea
south sudan
soviet union
southeast asia
spain
sri lanka
stockholm
sudan
suriname
suwon
swaziland
sweden
switzerland
sydney
syria
taipei
taiwan
tajikistan
tanzania
tehran
tel aviv
tennessee
texas
thailand
tianjin
tibet
timor-leste
togo
tokyo
tonga
toronto
trinidad and tobago
tripoli
tunis
tunisia
turkey
turkmenistan
tuvalu
uae
uganda
uk
ukraine
ulaanbaatar
ulsan
united arab emirates
united kingdom
united states
uruguay
us
usa
utah
uzbekistan
vancouver
vanuatu
vatican
venezuela
venice
vermont
vienna
vietnam
virginia
vladivostok
wales
warsaw
washington
wellington
west bank
west virginia
wisconsin
wonsan
wuhan
wyoming
xinjiang
yangon
yemen
zambia
zimbabwe
zurich
`)

func setOfLines(s string) map[string]bool {
	m := map[string]bool{}
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			if i > start {
				m[s[start:i]] = true
			}
			start = i + 1
		}
	}
	return m
}

// givenNames are common given names of English news (and some others
// often met in it): a name that starts with one is a person's.
var givenNames = setOf(`aaron adam adrian alan albert alex alexander alexandra alice alison amanda
	amy andrea andrew angela angelina ann anna anne anthony antonio arthur ashley barack barbara
	ben benjamin bernie beth betty bill billy bob bonnie boris brad brandon brenda brent brett
	brian bruce bryan carl carlos carol caroline catherine charles charlie chris christian
	christina christine christopher claire colin craig dan daniel danny david dean debbie deborah
	dennis diana diane donald donna doug douglas ed eddie edward elizabeth ellen emily emma
	emmanuel eric erik evan frank fred gary george gerald gordon grace greg gregory hannah harold
	harry heather helen henry hillary hugh ian isabel jack jacob james jamie jane janet jared
	jason jean jeff jeffrey jennifer jenny jeremy jerry jessica jill jim jimmy joan joe joel john
	johnny jonathan jose joseph josh joshua joyce juan judy julia julie justin karen kate katherine
	kathleen kathy keith kelly ken kenneth kevin kim kimberly kyle larry laura lauren lawrence
	linda lisa louis lucy luis maria marie mark martha martin mary matt matthew megan melania
	melissa michael michelle mike nancy natalie neal neil nell nicholas nick nicola nicole olivia
	pamela patricia patrick paul peter philip rachel ralph randy raymond rebecca richard rick
	rob robert roger ron ronald rose roy russell ruth ryan sally sam samantha samuel sandra sara
	sarah scott sean sergei sharon shinzo simon sophie stephanie stephen steve steven stormy susan
	tammy ted teresa terry theresa thomas tim timothy tina todd tom tony tracy valerie victor
	victoria vincent vladimir walter wayne william xi`)
