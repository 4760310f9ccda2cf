/**
 * Word lists for the synthetic archive. The common words come roughly in
 * order of frequency, so a Zipf draw over them gives English-like text.
 */

export const COMMON_WORDS =
  `the of and to a in that is was he for it with as his on be at by had are but from or have an
they which one were her all she there would their we him been has when who will more no if out so said what up its about
into than them can only other new some could time these two may then do first any my now such like our over man me even
most made after also did many before must through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long get here between both life being under never
day same another know while last might us great old year off come since against go came right used take three states
himself few house use during without again place around however home small found thought went say part once general high
upon school every does got united left number course war until always away something fact though water less public put
think almost hand enough far took head yet government system better set told nothing night end why called eyes find
going look asked later knew point next program city business give group toward young days let room president side social
given present several order national possible rather second face per among form important often things looking early
white case john become large big need four within felt along children saw best church ever least power development light
thing seemed family interest want members mind country area others done turned although open god service problem certain
kind different thus began door help means sense whole matter perhaps itself york times law human line above name example
action company hands local show whether five history gave today either act feet across taken past quite anything seen
having death experience body word half really week field car words already themselves information tell together college
shall money period held keep sure probably free seems political real behind cannot miss question air office making brought
whose special major heard problems federal became study ago moment available known result street economic boy position
reason change south board individual job areas society west close turn love community true court force full seem wife
age future voice center woman control common policy necessary following front sometimes girl six clear further land able
mother music party provide university education effect level stood military short town morning total outside rate figure
class art century north washington leader officials minister talks security report according statement spokesman election
campaign border troops forces weapons agreement council deal meeting visit foreign economy market prices trade energy
capital region province crisis protest police court judge ruling vote parliament opposition coalition budget minister
agency investigation evidence witness hospital health doctors patients storm flooding drought harvest workers union
strike factory exports imports sanctions talks treaty summit envoy embassy diplomats negotiations ceasefire`
    .split(/\s+/)
    .filter((word, index, all) => word !== '' && all.indexOf(word) === index);

export const FIRST_NAMES =
  `James Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Richard Barbara Joseph Susan Thomas
Jessica Charles Sarah Daniel Karen Matthew Lisa Anthony Nancy Mark Betty Donald Sandra Steven Margaret Paul Ashley Andrew
Kimberly Joshua Emily Kenneth Donna Kevin Michelle Brian Carol George Amanda Timothy Melissa Ronald Deborah Jason Stephanie
Edward Rebecca Jeffrey Sharon Ryan Laura Jacob Cynthia Gary Kathleen Nicholas Amy Eric Angela Jonathan Shirley Stephen
Anna Larry Brenda Justin Pamela Scott Emma Brandon Nicole Benjamin Helen Samuel Samantha Gregory Katherine Alexander
Christine Patrick Debra Frank Rachel Raymond Carolyn Jack Janet Dennis Maria Jerry Olivia Tyler Heather Aaron Diane Jose
Julie Adam Joyce Nathan Victoria Henry Ruth Zachary Virginia Douglas Lauren Peter Kelly Kyle Christina Noah Joan Ethan
Evelyn Jeremy Judith Walter Andrea Christian Hannah Keith Megan Roger Cheryl Terry Jacqueline Austin Martha Sean Madison
Gerald Teresa Carl Gloria Harold Sara Dylan Janice Arthur Ann Lawrence Kathryn Jordan Abigail Jesse Sophia Bryan Frances
Billy Jean Bruce Alice Gabriel Judy Joe Isabella Logan Julia Alan Grace Juan Amber Albert Denise Willie Danielle Elijah
Marilyn Wayne Beverly Randy Charlotte Vincent Natalie Mason Theresa Roy Diana Ralph Brittany Bobby Doris Russell Kayla
Bradley Alexis Philip Lori Eugene Marie Yuki Hiroshi Wei Mei Ahmed Fatima Olga Dmitri Sergei Natalia Ivan Svetlana Kenji
Min-jun Seo-yeon Ji-ho Aarav Priya Rahul Ananya Kwame Amara Chidi Ngozi Mateo Lucía Sofía Thiago Valentina Søren Åsa Björn
Zoë Renée François Hélène Jürgen Müge Łukasz Małgorzata Ömer Çağla`
    .split(/\s+/)
    .filter(Boolean);

export const SURNAMES =
  `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar
Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz
Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels
Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kowalczyk Nowak Wiśniewski Dąbrowski Ivanov Smirnov
Kuznetsov Popov Sokolov Petrov Volkov Fedorov Morozov Yamamoto Nakamura Tanaka Watanabe Suzuki Takahashi Sato Wang Zhang
Liu Huang Zhao Zhou Park Choi Jung Kang Cho Yoon Singh Sharma Gupta Iyer Okafor Mensah Adeyemi Mwangi Haddad Nasser
Khalil Yilmaz Öztürk Şahin Müller Schröder Lefèvre Dubois Moreau Girard Østergaard Håkansson Lindqvist Nieminen
Bianchi Romano Esposito Ferrari Costa Pereira Gonçalves Araújo Oliveira Santos`
    .split(/\s+/)
    .filter(Boolean);

export const PLACES =
  `Washington Moscow Beijing Tokyo Seoul Pyongyang Vladivostok London Paris Berlin Madrid Rome Warsaw Kyiv
Kharkiv Odesa Minsk Riga Vilnius Tallinn Helsinki Stockholm Oslo Copenhagen Amsterdam Brussels Vienna Prague Budapest
Bucharest Sofia Belgrade Zagreb Athens Istanbul Ankara Tehran Baghdad Damascus Beirut Amman Jerusalem Cairo Riyadh Doha
Dubai Karachi Islamabad Delhi Mumbai Kolkata Dhaka Kathmandu Colombo Bangkok Hanoi Manila Jakarta Singapore Sydney
Melbourne Auckland Nairobi Lagos Accra Dakar Johannesburg Kinshasa Addis Khartoum Tripoli Tunis Algiers Rabat Lima Bogotá
Caracas Quito Santiago Montevideo Havana Ottawa Toronto Montreal Vancouver Chicago Houston Phoenix Denver Seattle Boston
Atlanta Miami Detroit Khabarovsk Novosibirsk Yekaterinburg Irkutsk Murmansk Sevastopol Donetsk Luhansk Mariupol Zaporizhzhia
Kraków Gdańsk Zürich Genève São Paulo Brasília Medellín Reykjavík Tromsø Düsseldorf Köln Malmö Århus Ulaanbaatar Almaty
Tashkent Bishkek Dushanbe Ashgabat Baku Tbilisi Yerevan Chisinau`
    .split(/\s+/)
    .filter(Boolean);

export const OUTLETS = [
  'The New York Times',
  'Daily Caller News Foundation',
  'The Northern Courier',
  'Harbour City Tribune',
  'The Evening Ledger',
  'Coastal Wire Service',
  'The Plains Gazette',
  'Metro Daily Observer',
  'The Valley Sentinel',
  'Continental Press Agency',
  'The Morning Dispatch',
  'Riverside Chronicle',
];

/** Prefixes that form hyphenated compounds: written `anti-tank` or `antitank` in the text. */
export const COMPOUND_PREFIXES = ['anti', 'counter', 'cross', 'post', 'pre', 'non', 'multi', 'over', 'under', 'semi'];
export const COMPOUND_HEADS =
  `tank aircraft drone missile border party election merger budget inflation season treaty ballistic
government nuclear satellite tariff shipment refinery pipeline harvest reactor`
    .split(/\s+/)
    .filter(Boolean);

/** Acronyms written either `DPRK` or `D.P.R.K.` in the text. */
export const ACRONYMS = ['DPRK', 'NATO', 'IAEA', 'OPEC', 'UNHCR', 'ASEAN', 'NSC', 'FBI', 'CIA', 'EU', 'UN', 'WHO'];

export const SYLLABLE_ONSETS =
  `b c d f g h j k l m n p r s t v w z br bl cr cl dr fl fr gl gr pl pr sc sk sl sm sn sp st
str tr tw sh ch th ph wh qu kr kl zv`
    .split(/\s+/)
    .filter(Boolean);
export const SYLLABLE_VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'ee', 'ie', 'oa', 'ou', 'y'];
export const SYLLABLE_CODAS = [
  '',
  '',
  '',
  '',
  'n',
  'r',
  's',
  't',
  'l',
  'm',
  'nd',
  'st',
  'rt',
  'ck',
  'x',
  'ng',
  'th',
  'sk',
];
