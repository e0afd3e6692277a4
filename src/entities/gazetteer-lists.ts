// Curated name lists for the recogniser, written for this project. They serve twice: as features the tagger
// weighs (membership is a feature, not a verdict), and, for the lists marked as such, as rules that add or retype
// names the tagger misses. Entries are written as they appear in news copy; spelling variants are listed.

/** Words for "one list entry per line group"; `|` separates entries so that entries can hold spaces. */
const list = (text: string): readonly string[] =>
  text.split("|").map((s) => s.trim().replace(/\s+/g, " ")).filter((s) => s.length > 0);

/**
 * Titles and ranks written before a name. Lower-case forms are matched too ("Syrian president Bashar al-Assad").
 */
export const TITLES = list(`
  President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Foreign Minister|Defence Minister|
  Defense Minister|Interior Minister|Finance Minister|Oil Minister|Information Minister|Defence Secretary|
  Defense Secretary|Foreign Secretary|Home Secretary|Secretary of State|Secretary|Secretary-General|
  Secretary General|Chancellor|King|Queen|Prince|Crown Prince|Princess|Emir|Sheikh|Sheik|Sultan|Ayatollah|
  Grand Ayatollah|Imam|Pope|Cardinal|Archbishop|Bishop|Rabbi|Mullah|General|Gen.|Lieutenant General|Lt. Gen.|
  Lt.-Gen.|Major General|Maj. Gen.|Maj.-Gen.|Brigadier General|Brig. Gen.|Brig.-Gen.|Brigadier|Brig.|Colonel|
  Col.|Lieutenant Colonel|Lt. Col.|Lt.-Col.|Major|Maj.|Captain|Capt.|Lieutenant|Lt.|Sergeant|Sgt.|
  Staff Sergeant|Staff Sgt.|Corporal|Cpl.|Private|Pvt.|Admiral|Adm.|Rear Admiral|Rear Adm.|Vice Admiral|
  Vice Adm.|Commander|Cmdr.|Field Marshal|Marshal|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|
  Governor|Gov.|Mayor|Ambassador|Envoy|Special Envoy|Judge|Justice|Chief Justice|Prosecutor|Attorney General|
  Speaker|Chairman|Chairwoman|Chief Executive|Director|Commissioner|Inspector|Detective|Doctor|Dr.|Professor|
  Prof.|Mr.|Mrs.|Ms.|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Reverend|Rev.|Father|Sister|Brother|Spokesman|
  Spokeswoman|Spokesperson|Commander-in-Chief|Mufti|Grand Mufti|Patriarch
`);

/** Armed groups, agencies and international bodies the rules may tag ORG even when the tagger does not. */
export const RULE_ORGS = list(`
  Islamic State|IS|ISIS|ISIL|Daesh|Da'esh|Daish|al-Qaeda|al-Qaida|al Qaeda|al Qaida|
  Al-Qaeda|Al-Qaida|Al Qaeda|Al Qaida|AQAP|AQIM|al-Shabaab|al-Shabab|Al-Shabaab|Al-Shabab|Boko Haram|Hezbollah|
  Hizbollah|Hizballah|Hamas|Islamic Jihad|Palestinian Islamic Jihad|Taliban|Haqqani network|Jabhat al-Nusra|
  Nusra Front|al-Nusra Front|Jabhat Fateh al-Sham|Hayat Tahrir al-Sham|HTS|Ahrar al-Sham|Jaish al-Islam|
  Free Syrian Army|FSA|Syrian Democratic Forces|SDF|YPG|YPJ|PKK|Kurdistan Workers' Party|Peshmerga|Houthis|
  Ansar Allah|Wagner Group|Revolutionary Guards|Revolutionary Guard|IRGC|Quds Force|Hashd al-Shaabi|
  Popular Mobilisation Forces|Popular Mobilization Forces|PMF|Kataib Hezbollah|Centcom|CENTCOM|Central Command|
  Africom|AFRICOM|Eucom|EUCOM|Pentagon|CIA|FBI|NSA|DHS|Mossad|Shin Bet|IDF|Israel Defense Forces|
  Israeli Defence Forces|NATO|Nato|UN|U.N.|United Nations|UN Security Council|U.N. Security Council|
  Security Council|UNHCR|UNICEF|UNRWA|WFP|OCHA|IAEA|OPCW|ICRC|International Committee of the Red Cross|
  Red Cross|Red Crescent|Syrian Arab Red Crescent|White Helmets|Amnesty International|Human Rights Watch|
  Syrian Observatory for Human Rights|Medecins Sans Frontieres|Médecins Sans Frontières|MSF|
  Doctors Without Borders|EU|European Union|European Commission|Arab League|African Union|OPEC|IMF|
  International Monetary Fund|World Bank|WTO|World Health Organization|Interpol|Europol|State Department|
  Foreign Office|Ministry of Defence|Ministry of Defense|Defence Ministry|Defense Ministry|Foreign Ministry|
  Interior Ministry|Reuters|Associated Press|AFP|Agence France-Presse|Xinhua|TASS|Tass|Al Jazeera|BBC|CNN|
  SANA|Anadolu
`);

/** More organisations, used as features only: an uncertain reading is left to the tagger. */
export const FEATURE_ORGS = list(`
  White House|Kremlin|Congress|Senate|House of Representatives|Parliament|Knesset|Duma|Bundestag|Supreme Court|
  Army|Navy|Air Force|Marines|Coast Guard|National Guard|Police|AP|WHO|Fed|Federal Reserve|ECB|Google|Apple|
  Microsoft|Facebook|Twitter|Amazon|Boeing|Airbus|Shell|BP|Exxon|Gazprom|Aramco|Toyota|Volkswagen|Siemens|
  Unilever|Nestle|Reuters Television|New York Times|Washington Post|Wall Street Journal|Guardian|Times|
  Financial Times|Der Spiegel|Le Monde|Labour|Labour Party|Conservative Party|Conservatives|Tories|Democrats|
  Republicans|Democratic Party|Republican Party|Likud|Fatah|Baath|Ba'ath|Muslim Brotherhood|Ennahda|ANC|
  Bundesbank|Interfax|Itar-Tass|Commerzbank|Deutsche Bank|Barclays|HSBC|Citigroup|Goldman Sachs
`);

/** Places the rules may tag LOC. Names that are also common words or first names (Chad, Jordan, Georgia, Turkey) are not here. */
export const RULE_PLACES = list(`
  Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
  Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|
  Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Central African Republic|Chile|Colombia|
  Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|
  Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|
  Greece|Guatemala|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
  Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
  Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
  Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|
  Netherlands|New Zealand|Nicaragua|Nigeria|North Korea|South Korea|North Macedonia|Macedonia|Norway|Oman|
  Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|
  Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|
  Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|
  Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|Britain|Great Britain|England|Scotland|
  Wales|Northern Ireland|United States|U.S.|US|USA|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|
  Zimbabwe|Europe|Asia|Africa|North America|South America|Latin America|Middle East|Gulf|Persian Gulf|
  Arabian Peninsula|Balkans|Caucasus|Sahel|Horn of Africa|Levant|Kurdistan|Iraqi Kurdistan|Crimea|Donbas|
  Donbass|Gaza|Gaza Strip|West Bank|Golan Heights|East Jerusalem|Sinai|Kashmir|Tibet|Xinjiang|Hong Kong|
  Mediterranean|Red Sea|Black Sea|Caspian Sea|Euphrates|Tigris|Nile|Washington|New York|London|Paris|Berlin|
  Moscow|Beijing|Tokyo|Brussels|Geneva|Vienna|Rome|Madrid|Lisbon|Athens|Warsaw|Prague|Budapest|Bucharest|
  Sofia|Belgrade|Zagreb|Sarajevo|Kiev|Kyiv|Minsk|Stockholm|Oslo|Copenhagen|Helsinki|Amsterdam|The Hague|Dublin|
  Ottawa|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Brasilia|Sao Paulo|Rio de Janeiro|
  New Delhi|Delhi|Mumbai|Islamabad|Karachi|Lahore|Peshawar|Kabul|Kandahar|Herat|Tehran|Baghdad|Mosul|Basra|
  Erbil|Irbil|Kirkuk|Fallujah|Falluja|Ramadi|Tikrit|Najaf|Karbala|Sulaimaniyah|Samarra|Tal Afar|Sinjar|
  Damascus|Aleppo|Homs|Hama|Idlib|Raqqa|Raqqah|Deir ez-Zor|Deir al-Zor|Deir el-Zour|Deir ez-Zour|Daraa|Deraa|
  Latakia|Tartus|Palmyra|Kobani|Kobane|Manbij|Afrin|Qamishli|Hasakah|Hasaka|Al-Hasakah|Tal Abyad|Abu Kamal|
  Albu Kamal|Al-Bab|Ghouta|Eastern Ghouta|Douma|Beirut|Tripoli|Sidon|Tyre|Amman|Jerusalem|Tel Aviv|Ramallah|
  Hebron|Nablus|Jenin|Rafah|Khan Younis|Cairo|Alexandria|Benghazi|Sirte|Misrata|Tunis|Algiers|Rabat|Riyadh|
  Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Muscat|Manama|Kuwait City|Sanaa|Aden|Hodeidah|Taiz|Ankara|Istanbul|
  Gaziantep|Diyarbakir|Nicosia|Khartoum|Darfur|Juba|Addis Ababa|Nairobi|Mogadishu|Kampala|Kinshasa|Lagos|
  Abuja|Maiduguri|Bamako|Niamey|Dakar|Accra|Johannesburg|Pretoria|Cape Town|Harare|Kigali|Luanda|Seoul|
  Pyongyang|Shanghai|Taipei|Manila|Jakarta|Bangkok|Hanoi|Kuala Lumpur|Yangon|Dhaka|Colombo|Kathmandu|Canberra|
  Sydney|Melbourne|Wellington|Los Angeles|Chicago|San Francisco|Boston|Miami|Houston|Dallas|Atlanta|Seattle|
  Detroit|Philadelphia|Toronto|Montreal|Vancouver|Frankfurt|Munich|Hamburg|Milan|Naples|Barcelona|Marseille|
  Lyon|Zurich|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Odessa|Kharkiv|Donetsk|Luhansk|
  Mariupol|Sevastopol|St Petersburg|St. Petersburg|Tbilisi|Yerevan|Baku|Grozny|Chechnya|Dagestan|Siberia|
  Tashkent|Astana|Almaty|Bishkek|Dushanbe|Ashgabat
`);

/** Places used as features only: they are also first names, surnames or common words. */
export const FEATURE_PLACES = list(`
  Chad|Jordan|Georgia|Turkey|Niger|Guinea|China|Korea|Victoria|Florida|California|Texas|Virginia|Carolina|
  Washington State|Holland|Lincoln|Nice|Reading|Bath|Mobile|Phoenix|Jersey|Wall Street|
  Ohio|Michigan|Illinois|Alabama|Arizona|Oregon|Nevada|Iowa|Kansas|Missouri|Kentucky|Tennessee|Louisiana|Maine|
  Maryland|Massachusetts|Minnesota|Utah|Vermont|Wisconsin|Indiana|Colorado|Connecticut|Delaware|Hawaii|Alaska|
  Idaho|Montana|Nebraska|Oklahoma|Arkansas|Mississippi|Quebec|Ontario|Bavaria|Saxony|Catalonia|Flanders|
  Wallonia|Sicily|Sardinia|Corsica|Normandy|Brittany|Punjab|Bengal|Kerala|Sindh|Balochistan|Helmand|Anbar|
  Nineveh|Diyala|Saladin|Kurdistan Region|Rojava|Idlib province|Aleppo province|Hama province|Homs province
`);

/** Other names (nationalities, faiths, languages): features only; CoNLL tags them MISC. */
export const FEATURE_MISC = list(`
  American|British|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|
  Danish|Finnish|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|Russian|Ukrainian|Belarusian|
  Serbian|Croatian|Bosnian|Albanian|Kosovar|Georgian|Armenian|Azerbaijani|Iranian|Iraqi|Syrian|Lebanese|
  Jordanian|Israeli|Palestinian|Egyptian|Libyan|Tunisian|Algerian|Moroccan|Saudi|Yemeni|Qatari|Emirati|
  Kuwaiti|Bahraini|Omani|Afghan|Pakistani|Indian|Chinese|Japanese|Korean|Vietnamese|Thai|Indonesian|
  Filipino|Malaysian|Australian|Canadian|Mexican|Brazilian|Argentine|Colombian|Venezuelan|Cuban|Chilean|
  Peruvian|Nigerian|Kenyan|Ethiopian|Somali|Sudanese|South African|Malian|Congolese|Kurdish|Kurd|Kurds|Arab|
  Arabs|Arabic|Persian|Shi'ite|Shiite|Shia|Sunni|Alawite|Druze|Christian|Christians|Muslim|Muslims|Islamic|
  Jewish|Jew|Jews|Catholic|Orthodox|Protestant|Yazidi|Yazidis|Turkmen|Pashtun|Uighur|Uyghur|Rohingya|
  European|African|Asian|Western|Soviet|Ottoman|Islamist|Islamists|Jihadist|Jihadists|English|Scottish|Welsh|
  Irish|Ramadan|Eid|Christmas|Easter|Olympics|World Cup|Euro|Nobel|Grand Prix|Davis Cup|Tour de France|Internet
`);

/** Words written with a capital that name no entity (CoNLL tags dates O): months, days, seasons of news. */
export const NON_ENTITIES = list(`
  January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|
  Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|
  Yesterday|Tomorrow|GMT|EST|EDT|UTC|BST|CET
`);

/**
 * Name particles: lower-case words inside personal names ("Osama bin Laden", "Usamah al Muhajir"). The rules join
 * the parts of a name across them.
 */
export const NAME_PARTICLES = list(`
  al|al-|el|el-|bin|ben|bint|ibn|abu|abd|abdel|abdul|ould|van|von|der|den|de|da|di|del|della|dos|du|la|le|ter|zu
`);

/**
 * Given names from many naming traditions, in common English spellings. A feature only: a capitalised word in this
 * list, or just after one, is likely part of a person's name ("Dana Whitfield", "Usamah al Muhajir").
 */
export const GIVEN_NAMES = list(`
  Aaron|Abbas|Abdallah|Abdel|Abdel-Fattah|Abdelaziz|Abdelfattah|Abdul|Abdulhamid|Abdullah|Abiy|Abu|Adam|Adel|Adil|
  Adrian|Ahmad|Ahmed|Ahmet|Aisha|Alan|Albert|Alberto|Alejandro|Aleksandar|Aleksandr|Alex|Alexander|Alexandre|
  Alexei|Alexey|Ali|Alice|Alicia|Alina|Alison|Amal|Amanda|Amir|Amira|Amit|Amr|Amy|Ana|Anas|Anastasia|Andrea|
  Andreas|Andrei|Andrew|Andrzej|Andy|Angela|Angelika|Anna|Annalena|Anne|Anthony|Antonio|Antony|Anwar|Arjun|Ashraf|
  Asif|Asma|Aung|Ayesha|Ayman|Ayşe|Aziz|Barack|Barbara|Bashar|Basil|Beji|Ben|Benazir|Benjamin|Bernard|Bernie|Beto|
  Betty|Bidzina|Bill|Bob|Bola|Boris|Brian|Bruce|Bruno|Carl|Carlos|Carmen|Caroline|Catherine|Charles|Charlotte|Chen|
  Chris|Christian|Christina|Christine|Christopher|Chuck|Claire|Claude|Claudia|Colin|Cory|Craig|Cristina|Cyril|
  Dalia|Dan|Dana|Daniel|Daniela|Danielle|Dario|David|Deborah|Dennis|Dilma|Dimitri|Dmitri|Dmitry|Dmytro|Donald|
  Dorothy|Douglas|Edward|Elena|Elizabeth|Ellen|Emily|Emma|Emmanuel|Emomali|Emre|Enrique|Ercan|Eric|Erik|Ernesto|
  Evo|Fadi|Fahad|Faisal|Farah|Farid|Farouk|Fatih|Fatima|Fatma|Fawaz|Fayez|Felipe|Ferdinand|Fernando|Fidel|
  Francesco|Francis|Francisco|Frank|François|Fred|Friedrich|Gabriel|Gary|Georg|George|Gerhard|Giorgia|Giorgio|
  Giuseppe|Goodluck|Gordon|Gotabaya|Grace|Gregory|Gulbuddin|Gustavo|Haidar|Haider|Hakan|Hamad|Hamid|Hamza|Hana|
  Hani|Hans|Harry|Hasan|Hassan|Heba|Heinz|Helen|Helmut|Henry|Hibatullah|Hillary|Hiroshi|Hosni|Hossein|Huang|Hugo|
  Husam|Hussein|Ian|Ibrahim|Idriss|Igor|Ilham|Imran|Inacio|Indira|Ines|Irakli|Irina|Isaac|Isabel|Ismail|Ivan|
  Jacinda|Jack|Jacob|Jacques|Jair|Jalal|Jamal|James|Jamie|Jan|Jane|Janet|Jason|Javier|Jean|Jeff|Jeffrey|Jennifer|
  Jens|Jeremy|Jessica|Jim|Jin|Joan|Joe|Johann|Johannes|John|Joko|Jonathan|Jorge|Jose|Joseph|Joshua|José|Juan|Julia|
  Julian|Julie|Justin|Jürgen|Kais|Kamala|Karen|Karim|Karl|Kassym-Jomart|Kate|Katherine|Kathleen|Keir|Kemal|Kenneth|
  Kevin|Khaled|Khalid|Khalifa|Khalil|Kim|Kirsten|Klaus|Kofi|Kurt|Kwame|Laila|Larry|Laura|Layla|Leila|Leon|Li|Linda|
  Lindsey|Lisa|Liu|Liz|Lloyd|Louis|Luca|Lucas|Luis|Luiz|Maha|Mahamat|Mahinda|Mahmoud|Mahmud|Majid|Malcolm|Malik|
  Manmohan|Manuel|Marco|Marcus|Margaret|Maria|Mariam|Mariano|Marie|Mario|Mark|Marta|Martin|Mary|Maryam|Masoud|
  Masrour|Massoud|Mateusz|Matteo|Matthew|Maurice|Mauricio|Mazloum|Mehmet|Melissa|Michael|Michel|Michelle|Miguel|
  Mike|Mikhail|Mikheil|Milorad|Mitch|Mitt|Moammar|Mohamad|Mohamed|Mohammad|Mohammed|Mona|Mostafa|Moustafa|Muammar|
  Muhammad|Muhammadu|Muhannad|Munir|Murat|Musa|Mustafa|Nabil|Nadia|Naji|Nancy|Narendra|Nasser|Natalia|Natasha|
  Nawaz|Nechirvan|Nelson|Nicholas|Nick|Nicola|Nicolas|Nikol|Nikolai|Nina|Nizar|Noor|Nour|Nouri|Nuri|Nursultan|Olaf|
  Oleksandr|Olga|Omar|Osama|Othman|Ozan|Pablo|Pamela|Patricia|Patrick|Paul|Pedro|Pervez|Pete|Peter|Petro|Philip|
  Philippe|Pierre|Priya|Qasem|Qasim|Qassem|Rachel|Rafael|Rahman|Rahul|Rajnath|Rami|Ramzan|Rand|Rania|Ranil|Rasha|
  Rashid|Raul|Ravi|Raymond|Recep|Reem|Rex|Riad|Richard|Rishi|Riyad|Robert|Roberto|Rodrigo|Roger|Ronald|Rosa|Ruth|
  Saad|Sabah|Sabine|Saddam|Saeed|Said|Saif|Salah|Saleh|Salem|Salih|Salim|Salma|Sami|Samir|Samuel|Sandra|Sanjay|
  Sara|Sarah|Saud|Sayed|Sayyid|Scott|Sebastian|Selin|Serge|Sergei|Sergey|Shadi|Sharon|Shavkat|Shehbaz|Shinzo|
  Silvio|Sirajuddin|Sonia|Sophie|Stefan|Stephen|Steve|Steven|Susan|Sven|Svetlana|Tamer|Tamim|Tarek|Tareq|Tariq|
  Tatiana|Tayyip|Ted|Teresa|Thabo|Theresa|Thomas|Timothy|Tom|Tony|Uhuru|Ursula|Usama|Usamah|Valentina|Valery|
  Viktor|Vladimir|Volodymyr|Waleed|Walid|Walter|Wang|Wei|William|Wolfgang|Xavier|Xi|Yahya|Yang|Yasir|Yasser|Yazan|
  Yevgeny|Yigit|Yosef|Yousef|Youssef|Yulia|Yuri|Yusuf|Zabihullah|Zaid|Zainab|Zayed|Zeid|Zeynep|Zhang|Zhao|Ziad|
  Zine|Zubair
`);

/**
 * Words that open Arabic, Kurdish and Hebrew place names ("Tal Abyad", "Deir ez-Zor", "Kafr Nabl", "Ras al-Ain").
 * A name opening with one of them is a place, whatever the tagger says of a name it never saw.
 */
export const TOPONYM_PREFIXES = list(`
  Tal|Tall|Tel|Tell|Deir|Dayr|Kafr|Kfar|Jabal|Jebel|Jabel|Wadi|Ras|Ain|Ayn|Beit|Bayt|Bir|Qasr|Khirbet|Maarat|
  Ma'arat|Marat|Jisr|Mazraat|Souq|Suq|Kefar|Sheikh Maqsoud|Hayy|Hay|Nahr|Birket|Qalaat|Qalat
`);
