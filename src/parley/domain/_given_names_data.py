"""Ukrainian and Russian given names, their diminutives and common Latin forms.

Hand-written: no maintained library ties Ukrainian to Russian name forms and their
diminutives. One class per line: `class_id: form form ...`; the first class listing a
form wins when a diminutive is shared (Саша: Олександр before Олександра).
"""

GIVEN_NAME_CLASSES = """
oleksandr: Олександр Александр Саша Сашко Шура Олесь Alexander Alex Aleksander
oleksii: Олексій Алексей Альоша Алёша Льоша Лёша Alexei Alexey
andrii: Андрій Андрей Андрійко Андрюша Andrew Andrzej
anatolii: Анатолій Анатолий Толя Толік Толик Anatol
antin: Антон Антін Тоша Антоша Anton
arsenii: Арсеній Арсений Арсен Сеня
artem: Артем Артём Тьома Тёма Artiom
arkadii: Аркадій Аркадий Аркаша
bohdan: Богдан Даня Бодя Bogdan
borys: Борис Боря Борька Boris
vadym: Вадим Вадик Vadim
valentyn: Валентин Валя Валік Валик
valerii: Валерій Валерий Валера Valery
vasyl: Василь Василий Вася Васько Basil Wasyl
veniamin: Веніамін Вениамин Веня Benjamin
viktor: Віктор Виктор Вітя Витя Victor Wiktor
vitalii: Віталій Виталий Віталік Виталик Vitaly
volodymyr: Володимир Владимир Вова Володя Вовка Wladimir Vladimir Wlodzimierz
vladyslav: Владислав Влад Владик Слава Vladislav Wladyslaw
viacheslav: Вячеслав В'ячеслав Славік Славик Вячек Vyacheslav
vsevolod: Всеволод Сева
havrylo: Гаврило Гавриил Гаврила Гаврик Gabriel
hennadii: Геннадій Геннадий Гена Генадій Gennady
heorhii: Георгій Георгий Жора Гоша George Jerzy
herman: Герман Гера
hlib: Гліб Глеб Gleb
hryhorii: Григорій Григорий Гриша Грицько Гриць Gregory Grzegorz
danylo: Данило Даниил Данила Даня Данилко Daniel Daniil
davyd: Давид Дава David Dawid
demian: Дем'ян Демьян Дема Damian
denys: Денис Дениска Denis Dennis
dmytro: Дмитро Дмитрий Дима Митя Дмитрик Dmitri Dimitri
yevhen: Євген Евгений Женя Жека Eugene Eugeniusz
yehor: Єгор Егор Гоша Egor
yelisei: Єлисей Елисей
yefym: Юхим Ефим Хима Fima Efim
yemelian: Омелян Емельян Омелько Емеля
zakhar: Захар Захарко Захарий
zinovii: Зіновій Зиновий Зеник Зеня
ivan: Іван Иван Ваня Іванко Ванька John Jan Iwan
ihor: Ігор Игорь Iгор Igor
illia: Ілля Илья Илюша Ілько Elijah
yosyp: Йосип Иосиф Осип Ося Joseph Jozef
kyrylo: Кирило Кирилл Кирила Кирюша Cyril Kirill
klym: Клим Климент Klimenty
kostiantyn: Костянтин Константин Костя Костик Konstantin Constantine
kuzma: Кузьма Кузя
lev: Лев Лёва Льова Leo Leon
leonid: Леонід Леонид Льоня Лёня
lukian: Лук'ян Лукьян Лука Luka Lukas
maksym: Максим Макс Максик Maxim Max
marko: Марко Марк Mark Marek
matvii: Матвій Матвей Мотя Matthew Mateusz
myroslav: Мирослав Мирось
myron: Мирон Мироша
mykhailo: Михайло Михаил Миша Михась Michael Michal Mikhail
mykola: Микола Николай Коля Миколка Nicholas Nikolai Mikolaj
mykyta: Микита Никита Кіта Nikita
nazar: Назар Назарій Назарко
nestor: Нестор
oleh: Олег Олежка Oleg
ostap: Остап Остапко
pavlo: Павло Павел Паша Павлик Paul Pawel
petro: Петро Петр Пётр Петя Петрик Peter Piotr
platon: Платон Платоша
prokhor: Прохор Прохір
roman: Роман Рома Ромко Ромчик
rostyslav: Ростислав Ростик Слава Rostislav
ruslan: Руслан Руслик
semen: Семен Семён Сьома Сёма Simon Szymon
serhii: Сергій Сергей Сергійко Сергуня Серьожа Серёжа Sergey Sergio
stanislav: Станіслав Станислав Стас Стасик Stanislaw
stepan: Степан Стьопа Стёпа Степанко Stephen Stefan
sviatoslav: Святослав Свят Святик
taras: Тарас Тарасик
tymofii: Тимофій Тимофей Тимоша Тима Тимоха Timothy Tymoteusz
tymur: Тимур Тімур Timur
trokhym: Трохим Трофим
fedir: Федір Фёдор Федор Федя Theodore Fedor Fiodor
feliks: Фелікс Феликс Felix
filip: Пилип Филипп Філіп Філя Philip Filip
khoma: Хома Фома Thomas Tomasz
yurii: Юрій Юрий Юра Юрко Юрчик George Jurij
yaroslav: Ярослав Ярик Ярко Слава Jaroslaw
yakiv: Яків Яков Яша Jacob Jakub
yulian: Юліан Юлиан Julian
emil: Еміль Эмиль Emil
eduard: Едуард Эдуард Едик Эдик Edward
erik: Ерік Эрик Eric
eldar: Ельдар Эльдар
rinat: Рінат Ринат
rustam: Рустам
arnold: Арнольд
albert: Альберт Alberto
alan: Алан
artur: Артур Arthur
benedykt: Бенедикт
vitold: Вітольд Витольд Witold
viliam: Вільям Вильям William
heorhiina: Георгіна Георгина
hordii: Гордій Гордей
dementii: Дементій Дементий
ivanna: Іванна Иванна Іванка
oleksandra: Олександра Александра Сашенька Олеся Alexandra Aleksandra
olena: Олена Елена Лена Оленка Helen Helena Elena
olha: Ольга Оля Олечка Olga
anna: Анна Ганна Аня Ганя Ганнуся Анюта Нюра Hanna Ann Anne
mariia: Марія Мария Маша Маруся Марійка Mary Maria Marie
nataliia: Наталія Наталья Наталия Наташа Ната Natalie Natalia
iryna: Ірина Ирина Іра Ира Іринка Irene Irena
tetiana: Тетяна Татьяна Таня Тетянка Tatiana
kateryna: Катерина Екатерина Катя Катруся Катерина Catherine Katarzyna Katherine
yuliia: Юлія Юлия Юля Julia Julie
svitlana: Світлана Светлана Світла Света Sveta
liudmyla: Людмила Люда Мила Ludmila
halyna: Галина Галя Галинка Galina
valentyna: Валентина Валентинка
larysa: Лариса Лара Larisa
liubov: Любов Любовь Люба Любаша
nadiia: Надія Надежда Надя Nadia
vira: Віра Вера Віруся
oksana: Оксана Ксана Оксанка
viktoriia: Вікторія Виктория Віка Вика Victoria Wiktoria
alina: Аліна Алина Аля
anastasiia: Анастасія Анастасия Настя Настуся Anastasia
daria: Дарина Дарья Дар'я Даша Дарка Daria Dorota
sofiia: Софія София Соня Софійка Sophia Zofia
yevheniia: Євгенія Евгения Eugenia
khrystyna: Христина Кристина Христя Christina Krystyna
zoia: Зоя
lidiia: Лідія Лидия Ліда Лида Lydia
raisa: Раїса Раиса Рая
nina: Ніна Нина
polina: Поліна Полина Поля Pauline
valeriia: Валерія Валерия Лера Valeria
ruslana: Руслана Руся
uliana: Уляна Ульяна Уля Juliana
marharyta: Маргарита Рита Margaret Malgorzata
diana: Діана Диана Diana
inna: Інна Инна
alla: Алла
zhanna: Жанна Jeanne
ella: Елла Элла
emiliia: Емілія Эмилия Emilia
lesia: Леся Лесечка
orysia: Орися Ірися
solomiia: Соломія Соломия Соломійка Salome
zlata: Злата Златка
myroslava: Мирослава Мирося
yaroslava: Ярослава Яра
stanislava: Станіслава Станислава Стася
vasylyna: Василина Василиса Васюта
mariana: Мар'яна Марьяна Marianna
melaniia: Меланія Мелания Маланка Melania
yevdokiia: Євдокія Евдокия Явдоха Дуся
paraskeva: Параска Прасковья Параскева Паша
tamara: Тамара Тома
lilia: Лілія Лилия Ліля Лиля Lilia
antonina: Антоніна Антонина Тоня Тося
veronika: Вероніка Вероника Ніка Veronica Weronika
karyna: Карина Karina
kristina: Крістіна Кристіна Kristina
yana: Яна
maryna: Марина Marina
fedora: Федора Теодора
evelina: Евеліна Эвелина
eva: Єва Ева Eve Ewa
liana: Ліана Лиана
arina: Аріна Арина Ярина
roksolana: Роксолана Роксана Роксоляна Roxana
taisiia: Таїсія Таисия Тая
agata: Агата Агафія Агафья Agatha
kira: Кіра Кира
nonna: Нонна
""".strip()
