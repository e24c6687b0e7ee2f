<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AddSettlementDialog</name>
    <message>
        <source>Edit a settlement</source>
        <translation>Змінити населений пункт</translation>
    </message>
    <message>
        <source>Add a settlement</source>
        <translation>Додати населений пункт</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Administrative centre of the community</source>
        <translation>&amp;Адміністративний центр громади</translation>
    </message>
    <message>
        <source>&amp;Starosta district:</source>
        <translation>&amp;Старостинський округ:</translation>
    </message>
    <message>
        <source>A&amp;rea, km²:</source>
        <translation>&amp;Площа, км²:</translation>
    </message>
    <message>
        <source>&amp;Distance to the administrative centre, km:</source>
        <translation>&amp;Відстань до центру громади, км:</translation>
    </message>
    <message>
        <source>Name of the settlement</source>
        <translation>Назва населеного пункту</translation>
    </message>
    <message>
        <source>Kind of settlement</source>
        <translation>Тип населеного пункту</translation>
    </message>
    <message>
        <source>Starosta district</source>
        <translation>Старостинський округ</translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation>Площа в квадратних кілометрах</translation>
    </message>
    <message>
        <source>Distance to the administrative centre in kilometres</source>
        <translation>Відстань до адміністративного центру в кілометрах</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <source>Settlements of one starosta district get the same name here; leave it empty for those the centre serves itself</source>
        <translation>Для населених пунктів одного старостинського округу вкажіть ту саму назву; залиште порожнім для тих, які обслуговує безпосередньо адміністративний центр</translation>
    </message>
    <message>
        <source>For example 12,5; leave it empty if not known</source>
        <translation>Наприклад, 12,5; якщо невідомо, залиште порожнім</translation>
    </message>
    <message>
        <source>By road, to the community&apos;s administrative centre; leave it empty if not known</source>
        <translation>Автомобільною дорогою до адміністративного центру громади; якщо невідомо, залиште порожнім</translation>
    </message>
    <message>
        <source>Type the name of the settlement.</source>
        <translation>Введіть назву населеного пункту.</translation>
    </message>
    <message>
        <source>«%1» is already in the list (perhaps archived: tick «Show archived» and restore it).</source>
        <translation>«%1» уже є в списку (можливо, в архіві: позначте «Показати архівні» і відновіть його).</translation>
    </message>
    <message>
        <source>The area «%1» is not a number from 0 to %2 (square kilometres, e.g. 12,5).</source>
        <translation>Площа «%1» — не число від 0 до %2 (у квадратних кілометрах, наприклад 12,5).</translation>
    </message>
    <message>
        <source>The distance «%1» is not a number from 0 to %2 (kilometres, e.g. 7,5).</source>
        <translation>Відстань «%1» — не число від 0 до %2 (у кілометрах, наприклад 7,5).</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda &amp;items:</source>
        <translation>Пункти порядку д&amp;енного:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>Пу&amp;нкт:</translation>
    </message>
    <message>
        <source>Agenda item shown</source>
        <translation>Показаний пункт порядку денного</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункти порядку денного</translation>
    </message>
    <message>
        <source>Add i&amp;tem</source>
        <translation>Додати &amp;пункт</translation>
    </message>
    <message>
        <source>Add an item at the end of the agenda</source>
        <translation>Додати пункт у кінець порядку денного</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Видали&amp;ти</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Видалити вибраний пункт</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>В&amp;гору</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Перемістити вибраний пункт угору</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Перемістити вибраний пункт униз</translation>
    </message>
    <message>
        <source>&amp;Paste agenda…</source>
        <translation>Вст&amp;авити порядок денний…</translation>
    </message>
    <message>
        <source>Add the items of an agenda copied in Word (a notice or a draft protocol): numbered items, each with its «Доповідач: …» line; Ctrl+V on the list does the same</source>
        <translation>Додати пункти порядку денного, скопійованого у Word (з повідомлення чи проєкту протоколу): пункти з номерами, під кожним рядок «Доповідач: …»; те саме робить Ctrl+V у списку пунктів</translation>
    </message>
    <message>
        <source>Paste an agenda</source>
        <translation>Вставити порядок денний</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>Вст&amp;авити…</translation>
    </message>
    <message>
        <source>Agenda item %1 has no title.</source>
        <translation>Пункт %1 порядку денного не має назви.</translation>
    </message>
    <message>
        <source>The title of agenda item %1 is longer than %2 characters.</source>
        <translation>Назва пункту %1 порядку денного перевищує %2 символів.</translation>
    </message>
    <message>
        <source>A speaker of agenda item %1 has no name.</source>
        <translation>У пункті %1 порядку денного не вказано імені доповідача.</translation>
    </message>
    <message>
        <source>A speaker&apos;s name or role in agenda item %1 is too long.</source>
        <translation>У пункті %1 порядку денного задовге ім’я або роль доповідача.</translation>
    </message>
    <message>
        <source>A text of agenda item %1 is longer than %2 characters.</source>
        <translation>Один із текстів пункту %1 порядку денного перевищує %2 символів.</translation>
    </message>
    <message>
        <source>Agenda item %1: the needs calculation of %2 cannot be made, that year has no population figures. Enter them on the «Settlements and population» page, or untick the year.</source>
        <translation>Пункт %1 порядку денного: розрахунок потреб за %2 рік неможливий — за цей рік немає даних про населення. Введіть їх на сторінці «Населені пункти і населення» або зніміть позначку з року.</translation>
    </message>
    <message>
        <source>Agenda item %1: %2 votes are counted, but only %3 members are present. Correct the vote or the attendance.</source>
        <translation>Пункт %1 порядку денного: враховано голосів — %2, а присутніх членів ради лише %3. Виправте результати голосування або список присутніх.</translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2: the deadline %3 is before the meeting (%4). Change the deadline or the date of the meeting.</source>
        <translation>Питання %1, доручення %2: термін %3 раніше за дату засідання (%4). Змініть термін або дату засідання.</translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2 does not say what is assigned.</source>
        <translation>Питання %1, доручення %2: не зазначено, що саме доручено.</translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2 has no responsible.</source>
        <translation>Питання %1, доручення %2: не зазначено відповідального.</translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2: %3.</source>
        <translation>Питання %1, доручення %2: %3.</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the agenda in Word (numbered items, each with its «Доповідач: …» line), then press «Paste agenda…» again.</source>
        <translation>У буфері обміну немає тексту. Скопіюйте порядок денний у Word (пункти з номерами, під кожним рядок «Доповідач: …») і знову натисніть «Вставити порядок денний…».</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source>Tit&amp;le of the item:</source>
        <translation>Назва пун&amp;кту:</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Назва пункту</translation>
    </message>
    <message>
        <source>Spea&amp;kers (Доповідач):</source>
        <translation>Доповіда&amp;чі:</translation>
    </message>
    <message>
        <source>Speaker to add</source>
        <translation>Доповідач, якого потрібно додати</translation>
    </message>
    <message>
        <source>Choose a member of the council, or type the name of someone else</source>
        <translation>Виберіть члена ради або введіть ім’я іншої особи</translation>
    </message>
    <message>
        <source>a member, or type a name</source>
        <translation>виберіть або введіть ім’я</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add the speaker</source>
        <translation>Додати доповідача</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Видалити вибраного доповідача</translation>
    </message>
    <message>
        <source>Speakers of the item</source>
        <translation>Доповідачі з цього пункту</translation>
    </message>
    <message>
        <source>Texts of the item</source>
        <translation>Тексти пункту</translation>
    </message>
    <message>
        <source>What the speaker reported, the needs calculations attached to it and the text after their tables</source>
        <translation>Що повідомив доповідач, долучені розрахунки потреб і текст після їхніх таблиць</translation>
    </message>
    <message>
        <source>Who else spoke (optional)</source>
        <translation>Хто ще виступив (необов’язково)</translation>
    </message>
    <message>
        <source>What the council decided, and the vote</source>
        <translation>Що вирішила рада, і результати голосування</translation>
    </message>
    <message>
        <source>Heard (СЛУХАЛИ)</source>
        <translation>СЛУХАЛИ</translation>
    </message>
    <message>
        <source>After the calculation tables (printed w&amp;hen a calculation is attached):</source>
        <translation>Після та&amp;блиць розрахунку (друкується, якщо долучено розрахунок):</translation>
    </message>
    <message>
        <source>Heard, after the calculation tables</source>
        <translation>СЛУХАЛИ: текст після таблиць розрахунку</translation>
    </message>
    <message>
        <source>Spoke (ВИСТУПИЛИ)</source>
        <translation>ВИСТУПИЛИ</translation>
    </message>
    <message>
        <source>Decided (ВИРІШИЛИ)</source>
        <translation>ВИРІШИЛИ</translation>
    </message>
    <message>
        <source>The council v&amp;oted</source>
        <translation>Р&amp;ада голосувала</translation>
    </message>
    <message>
        <source>Leave unticked if the item was only taken into account without a vote</source>
        <translation>Не позначайте, якщо інформацію лише взяли до відома без голосування</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>За:</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>Проти:</translation>
    </message>
    <message>
        <source>Abstained:</source>
        <translation>Утрималися:</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Голосів «за»</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Голосів «проти»</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Утрималися</translation>
    </message>
    <message>
        <source>Assi&amp;gnments of the decision (доручення):</source>
        <translation>&amp;Доручення за рішенням:</translation>
    </message>
    <message>
        <source>The protocol prints each under the decision with its responsible and deadline</source>
        <translation>Протокол друкує кожне під рішенням із відповідальним і терміном</translation>
    </message>
    <message>
        <source>Assignments of the decision</source>
        <translation>Доручення за рішенням</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Додати доручення…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Change the selected assignment</source>
        <translation>Змінити вибране доручення</translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation>Видалити вибране доручення</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Стан виконання…</translation>
    </message>
    <message>
        <source>Record whether the saved assignment is done, with a note; the protocol does not change</source>
        <translation>Записати, чи виконано збережене доручення, з приміткою; протокол не змінюється</translation>
    </message>
    <message>
        <source>Attach the needs calculation of:</source>
        <translation>Долучити розрахунок потреб за рік:</translation>
    </message>
    <message>
        <source>No year has population figures yet: no needs calculation can be attached (the population is entered on the «Settlements and population» page).</source>
        <translation>Ще немає жодного року з даними про населення: долучити розрахунок потреб неможливо (населення вводять на сторінці «Населені пункти і населення»).</translation>
    </message>
    <message>
        <source>Attach the needs calculation of %1</source>
        <translation>Долучити розрахунок потреб за %1 рік</translation>
    </message>
    <message>
        <source>%1 votes, more than the %2 present</source>
        <translation>Голосів: %1 — більше, ніж присутніх (%2)</translation>
    </message>
    <message>
        <source>%1 votes of %2 present</source>
        <translation>Голосів: %1 із %2 присутніх</translation>
    </message>
    <message>
        <source>%1: «%2» — in this place the case wants «%3»</source>
        <translation>%1: «%2» — тут потрібен інший відмінок: «%3»</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Виправити</translation>
    </message>
    <message>
        <source>%1 could begin: «%2…»</source>
        <translation>%1 може починатися так: «%2…»</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставити</translation>
    </message>
</context>
<context>
    <name>AgendaListDialog</name>
    <message>
        <source>Paste the agenda</source>
        <translation>Вставлення порядку денного</translation>
    </message>
    <message>
        <source>The pasted text has no agenda item: nothing to add.</source>
        <translation>У вставленому тексті немає жодного пункту порядку денного: додавати нічого.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will follow the %1 already on the agenda.</source>
        <translation>
            <numerusform>%n пункт буде додано після тих %1, що вже є в порядку денному.</numerusform>
            <numerusform>%n пункти буде додано після тих %1, що вже є в порядку денному.</numerusform>
            <numerusform>%n пунктів буде додано після тих %1, що вже є в порядку денному.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agenda will have %n item(s).</source>
        <translation>
            <numerusform>У порядку денному буде %n пункт.</numerusform>
            <numerusform>У порядку денному буде %n пункти.</numerusform>
            <numerusform>У порядку денному буде %n пунктів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to add</source>
        <translation>Пункти, які буде додано</translation>
    </message>
    <message>
        <source>A speaker who is a member of the council is chosen as that member; anyone else keeps the name as written. The meeting is written when you save it.</source>
        <translation>Доповідача, який є членом ради, вибрано з членів ради; решта — як написано. Засідання буде записано, коли ви його збережете.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Додати %n пункт</numerusform>
            <numerusform>Додати %n пункти</numerusform>
            <numerusform>Додати %n пунктів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>line %1: «%2» — %3</source>
        <translation>рядок %1: «%2» — %3</translation>
    </message>
    <message>
        <source>line %1: «%2» — neither an item nor its speakers</source>
        <translation>рядок %1: «%2» — ні пункт, ні його доповідачі</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Не додано:</translation>
    </message>
    <message>
        <source>An item starts with its number («1. Про …») or with «Про»; its speakers follow on a line of their own («Доповідач: голова координаційної ради Удовиченко К.О.»).</source>
        <translation>Пункт починається з номера («1. Про …») або з «Про»; його доповідачі — окремим рядком («Доповідач: голова координаційної ради Удовиченко К.О.»).</translation>
    </message>
    <message>
        <source>Line %1 is a heading, left out: «%2»</source>
        <translation>Рядок %1 — заголовок, пропущено: «%2»</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ще без назви)</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation>Нове доручення</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>&amp;What is assigned:</source>
        <translation>&amp;Що доручено:</translation>
    </message>
    <message>
        <source>What is assigned</source>
        <translation>Що доручено</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Choose a member of the council, or type who answers for it (a department, an organisation, a person)</source>
        <translation>Виберіть члена ради або впишіть, хто відповідає (відділ, установа, особа)</translation>
    </message>
    <message>
        <source>a member, or type a name</source>
        <translation>член ради, або впишіть назву</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>e.g. 10.12.2025</source>
        <translation>напр., 10.12.2025</translation>
    </message>
    <message>
        <source>A date, or words as the decision puts them: «До 10 грудня», «ІІ квартал», «Щокварталу», «Постійно». Empty: no deadline.</source>
        <translation>Дата або слова, як у рішенні: «До 10 грудня», «ІІ квартал», «Щокварталу», «Постійно». Порожньо — без терміну.</translation>
    </message>
    <message>
        <source>Write what is assigned.</source>
        <translation>Напишіть, що саме доручено.</translation>
    </message>
    <message>
        <source>Say who is responsible: choose a member of the council or type the name of a department, an organisation or a person.</source>
        <translation>Зазначте відповідального: виберіть члена ради або впишіть назву відділу, установи чи ім’я особи.</translation>
    </message>
    <message>
        <source>There is no date «%1» in the calendar. Write the deadline as day.month.year, e.g. 10.12.2025.</source>
        <translation>Дати «%1» немає в календарі. Напишіть термін як день.місяць.рік, напр., 10.12.2025.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the meeting (%2). An assignment is due on the day of the meeting or later.</source>
        <translation>Термін %1 раніше за дату засідання (%2). Термін доручення — не раніше дня засідання.</translation>
    </message>
</context>
<context>
    <name>AssignmentStatus</name>
    <message>
        <source>no status</source>
        <translation>стан не зазначено</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>виконується</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>taken off control</source>
        <translation>знято з контролю</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Assignment</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Council mem&amp;bers (tick those present):</source>
        <translation>&amp;Члени ради (позначте присутніх):</translation>
    </message>
    <message>
        <source>Attendance of the council members</source>
        <translation>Присутність членів ради</translation>
    </message>
    <message>
        <source>Space ticks a member as present; type the reason for an absent member&apos;s absence</source>
        <translation>Пробіл позначає члена ради як присутнього; для відсутнього введіть причину відсутності</translation>
    </message>
    <message>
        <source>Ever&amp;yone present</source>
        <translation>&amp;Присутні всі</translation>
    </message>
    <message>
        <source>Tick every member of the council on the meeting&apos;s date as present</source>
        <translation>Позначити присутніми всіх, хто є членом ради на дату засідання</translation>
    </message>
    <message>
        <source>&amp;Paste list…</source>
        <translation>Вставити &amp;список…</translation>
    </message>
    <message>
        <source>Mark those present from a list copied in Word (a draft protocol&apos;s «Присутні:», «Відсутні:» and «Запрошені:»), a person a line; Ctrl+V on the table does the same</source>
        <translation>Позначити присутніх за списком, скопійованим у Word («Присутні:», «Відсутні:» і «Запрошені:» з проєкту протоколу), особа в рядку; те саме робить Ctrl+V у таблиці</translation>
    </message>
    <message>
        <source>Paste the list of those present</source>
        <translation>Вставити список присутніх</translation>
    </message>
    <message>
        <source>Quorum: more &amp;than</source>
        <translation>&amp;Кворум: понад</translation>
    </message>
    <message>
        <source>Quorum: more than this share of the members</source>
        <translation>Кворум: понад цю частку членів ради</translation>
    </message>
    <message>
        <source>The share of the members that must be present, as the council&apos;s regulations say (usually more than half). Only used for this indicator; not stored.</source>
        <translation>Частка членів ради, які мають бути присутні, згідно з положенням про раду (зазвичай більше половини). Використовується лише для цієї позначки; не зберігається.</translation>
    </message>
    <message>
        <source>&amp;Invited:</source>
        <translation>З&amp;апрошені:</translation>
    </message>
    <message>
        <source>Invited guests</source>
        <translation>Запрошені</translation>
    </message>
    <message>
        <source>Add g&amp;uest</source>
        <translation>Дода&amp;ти запрошеного</translation>
    </message>
    <message>
        <source>Add an invited person to the protocol</source>
        <translation>Додати запрошену особу до протоколу</translation>
    </message>
    <message>
        <source>Remo&amp;ve guest</source>
        <translation>В&amp;идалити запрошеного</translation>
    </message>
    <message>
        <source>Remove the selected guest</source>
        <translation>Видалити вибраного запрошеного</translation>
    </message>
    <message>
        <source>Invited guest %1 has a position but no name.</source>
        <translation>У рядку %1 запрошених указано посаду, але не вказано прізвища.</translation>
    </message>
    <message>
        <source>The name or position of invited guest %1 is too long.</source>
        <translation>У рядку %1 запрошених задовге прізвище або посада.</translation>
    </message>
    <message>
        <source>A reason for absence is longer than %1 characters.</source>
        <translation>Причина відсутності перевищує %1 символів.</translation>
    </message>
    <message>
        <source>The council has no members yet: enter them on the «Council members» page.</source>
        <translation>У раді ще немає членів: введіть їх на сторінці «Члени ради».</translation>
    </message>
    <message>
        <source>No council members on %1: their membership starts later (the earliest on %2). If they were members then, correct «Member from» on the «Council members» page.</source>
        <translation>На %1 рада не має жодного члена: членство всіх починається пізніше (найраніше — %2). Якщо вони вже тоді були членами ради, виправте «Членство з» на сторінці «Члени ради».</translation>
    </message>
    <message>
        <source>No council members on %1: every membership had ended by then (see «Member until» on the «Council members» page).</source>
        <translation>На %1 рада не має жодного члена: членство всіх на той час уже закінчилося (див. «Членство до» на сторінці «Члени ради»).</translation>
    </message>
    <message>
        <source>Present %1 of %2 — quorum</source>
        <translation>Присутні %1 із %2 — кворум є</translation>
    </message>
    <message>
        <source>Present %1 of %2 — no quorum</source>
        <translation>Присутні %1 із %2 — кворуму немає</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the list of those present in Word (a person a line), then press «Paste list…» again.</source>
        <translation>У буфері обміну немає тексту. Скопіюйте список присутніх у Word (особа в рядку) і знову натисніть «Вставити список…».</translation>
    </message>
</context>
<context>
    <name>AttendanceListDialog</name>
    <message>
        <source>Paste those present</source>
        <translation>Вставлення списку присутніх</translation>
    </message>
    <message>
        <source>The pasted text names no member of the council and no guest.</source>
        <translation>У вставленому тексті немає ні членів ради, ні запрошених.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be marked otherwise than now (in bold).</source>
        <translation>
            <numerusform>Позначку %n члена ради буде змінено (жирним).</numerusform>
            <numerusform>Позначки %n членів ради буде змінено (жирним).</numerusform>
            <numerusform>Позначки %n членів ради буде змінено (жирним).</numerusform>
        </translation>
    </message>
    <message>
        <source>Members the list does not name are marked absent.</source>
        <translation>Членів ради, яких список не називає, позначено відсутніми.</translation>
    </message>
    <message>
        <source>Members the list does not name are marked present.</source>
        <translation>Членів ради, яких список не називає, позначено присутніми.</translation>
    </message>
    <message>
        <source>Attendance as it will be</source>
        <translation>Присутність, як буде</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>line %1: %2 is not a member of the council — add them on «Council members» first, or among the invited</source>
        <translation>рядок %1: %2 — не член ради; спершу додайте на сторінці «Члени ради» або впишіть серед запрошених</translation>
    </message>
    <message>
        <source>line %1: «%2» — no one named</source>
        <translation>рядок %1: «%2» — нікого не названо</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Пропущено:</translation>
    </message>
    <message>
        <source>Invited, added to the guests: %1</source>
        <translation>Запрошені, додано до запрошених: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation>Член ради</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Причина відсутності</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Not a member of the council on the meeting&apos;s date.</source>
        <translation>На дату засідання не є членом ради.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутній</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>відсутній</translation>
    </message>
    <message>
        <source>Why the member was absent (printed in the protocol); double-click or press F2 to type it.</source>
        <translation>Причина відсутності члена ради (друкується в протоколі); щоб її ввести, двічі клацніть або натисніть F2.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Backups are made automatically when a file is closed after changes, before an import, a paste or a fill that changes many values, and before the program upgrades a file. Choose the state to go back to. The current file is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Резервні копії робляться автоматично: коли файл закривають після змін, перед імпортом, вставленням чи заповненням, які змінюють багато значень, і перед оновленням файлу програмою. Виберіть стан, до якого повернутися. Поточний файл спершу буде збережено в резервній копії, тож і саме відновлення можна скасувати з цього списку.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервні копії, найновіші вгорі</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>after editing</source>
        <translation>після редагування</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед імпортом</translation>
    </message>
    <message>
        <source>before a paste</source>
        <translation>перед вставленням</translation>
    </message>
    <message>
        <source>before filling from the previous year</source>
        <translation>перед заповненням з попереднього року</translation>
    </message>
    <message>
        <source>before a meeting was deleted</source>
        <translation>перед видаленням засідання</translation>
    </message>
    <message>
        <source>before upgrading the file</source>
        <translation>перед оновленням файлу</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <source>Settlement or indicator</source>
        <translation>Населений пункт або показник</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Буде</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не внесено</translation>
    </message>
    <message>
        <source>%1 (from a formula)</source>
        <translation>%1 (з формули)</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Графіки</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Графік:</translation>
    </message>
    <message>
        <source>Population by settlement (one year)</source>
        <translation>Населення за населеними пунктами (один рік)</translation>
    </message>
    <message>
        <source>Population of the community over the years</source>
        <translation>Населення громади за роками</translation>
    </message>
    <message>
        <source>Indicators over the years</source>
        <translation>Показники за роками</translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation>Який графік показати</translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>&amp;Експорт PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a picture, to put into a report or a presentation</source>
        <translation>Зберегти графік як зображення, щоб вставити його у звіт чи презентацію</translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation>Експортувати графік як зображення PNG</translation>
    </message>
    <message>
        <source>&amp;Indicators to show:</source>
        <translation>&amp;Показники на графіку:</translation>
    </message>
    <message>
        <source>Indicators shown on the chart</source>
        <translation>Показники, що відображаються на графіку</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Графік</translation>
    </message>
    <message>
        <source>The file holds no population figures yet.</source>
        <translation>У файлі ще немає даних про населення.</translation>
    </message>
    <message>
        <source>Population on 1 January %1, by settlement</source>
        <translation>Населення станом на 1 січня %1 року за населеними пунктами</translation>
    </message>
    <message>
        <source>No population figures for %1: enter them on the «Settlements and population» page.</source>
        <translation>Даних про населення за %1 рік немає: введіть їх на сторінці «Населені пункти і населення».</translation>
    </message>
    <message>
        <source>others: %1</source>
        <translation>інші: %1</translation>
    </message>
    <message>
        <source>%1 settlements: the %2 largest are shown; the other %3 are summed in the last bar, «%4».</source>
        <translation>Населених пунктів: %1. Показано %2 найбільших; решту (%3) підсумовано в останньому стовпчику «%4».</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Населення</translation>
    </message>
    <message>
        <source>Population of the community on 1 January</source>
        <translation>Населення громади станом на 1 січня</translation>
    </message>
    <message>
        <source>Only one year has figures: the line appears from the second year on.</source>
        <translation>Дані є лише за один рік: лінія з’явиться, коли будуть дані за другий рік.</translation>
    </message>
    <message>
        <source>Annex 1 indicators by year</source>
        <translation>Показники додатка 1 за роками</translation>
    </message>
    <message>
        <source>The file holds no indicator values yet: enter them on the «Indicators» page.</source>
        <translation>У файлі ще немає значень показників: введіть їх на сторінці «Показники».</translation>
    </message>
    <message>
        <source>Tick the indicators to show in the list on the left.</source>
        <translation>Позначте в списку ліворуч показники, які потрібно показати.</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 у %3 році</translation>
    </message>
    <message>
        <source>population-%1.png</source>
        <translation>населення-%1.png</translation>
    </message>
    <message>
        <source>population-by-year.png</source>
        <translation>населення-за-роками.png</translation>
    </message>
    <message>
        <source>indicators-by-year.png</source>
        <translation>показники-за-роками.png</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Експорт графіка у PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart is saved in %1.</source>
        <translation>Графік збережено у файл %1.</translation>
    </message>
    <message>
        <source>The chart could not be saved in %1: check that the folder exists and can be written to.</source>
        <translation>Не вдалося зберегти графік у файл %1: перевірте, чи існує тека і чи можна в неї записувати.</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>The official names of the community and its council, as they appear in protocols, plans and workbooks. A change is saved when you leave the field.</source>
        <translation>Офіційні назви громади та її ради — так, як вони пишуться в протоколах, планах і статистичних таблицях. Зміну буде збережено, щойно ви перейдете до іншого поля.</translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation>&amp;Громада:</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>Р&amp;ада:</translation>
    </message>
    <message>
        <source>Council in the &amp;genitive:</source>
        <translation>Рада в родовому &amp;відмінку:</translation>
    </message>
    <message>
        <source>E&amp;xecutive committee:</source>
        <translation>Виконавчий &amp;комітет:</translation>
    </message>
    <message>
        <source>O&amp;blast:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;Rayon:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська територіальна громада</source>
        <translation>наприклад, Ланнівська сільська територіальна громада</translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська рада</source>
        <translation>наприклад, Ланнівська сільська рада</translation>
    </message>
    <message>
        <source>e.g. Ланнівської сільської ради</source>
        <translation>наприклад, Ланнівської сільської ради</translation>
    </message>
    <message>
        <source>e.g. Виконавчий комітет Ланнівської сільської ради</source>
        <translation>наприклад, Виконавчий комітет Ланнівської сільської ради</translation>
    </message>
    <message>
        <source>e.g. Полтавська</source>
        <translation>наприклад, Полтавська</translation>
    </message>
    <message>
        <source>e.g. Полтавський</source>
        <translation>наприклад, Полтавський</translation>
    </message>
    <message>
        <source>Used after «of» in the titles of protocols, plans and workbooks.</source>
        <translation>Форма для заголовків протоколів, планів і таблиць (відповідає на питання «чого?»).</translation>
    </message>
    <message>
        <source>The first line of a protocol&apos;s header, printed in capitals.</source>
        <translation>Перший рядок шапки протоколу; друкується великими літерами.</translation>
    </message>
    <message>
        <source>Without the words «oblast» and «rayon»: they are added in documents.</source>
        <translation>Без слів «область» і «район»: їх буде додано в документах.</translation>
    </message>
    <message>
        <source>Meetings held b&amp;y:</source>
        <translation>&amp;Засідання проводить:</translation>
    </message>
    <message>
        <source>The body whose meetings are recorded</source>
        <translation>Орган, засідання якого записуються</translation>
    </message>
    <message>
        <source>Named in the protocols: «Присутні члени …», the roles of its chair and secretary.</source>
        <translation>Його назва в протоколах: «Присутні члени …», посади голови й секретаря.</translation>
    </message>
    <message>
        <source>Administrative centre:</source>
        <translation>Адміністративний центр:</translation>
    </message>
    <message>
        <source>Settlements:</source>
        <translation>Населених пунктів:</translation>
    </message>
    <message>
        <source>Chosen in the list of settlements.</source>
        <translation>Вибирається в списку населених пунктів.</translation>
    </message>
    <message>
        <source>Codifier code:</source>
        <translation>Код у кодифікаторі:</translation>
    </message>
    <message>
        <source>&amp;Link to the codifier…</source>
        <translation>&amp;Пов’язати з кодифікатором…</translation>
    </message>
    <message>
        <source>Give the community and its settlements their codes in the official codifier (КАТОТТГ), matched by name and kind: the rayon&apos;s consolidation and the templates know them by the codes.</source>
        <translation>Дати громаді та її населеним пунктам коди з офіційного кодифікатора (КАТОТТГ), зіставивши їх за назвою і типом: за кодами їх упізнають зведення району і шаблони.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>%1 (settlements with a code: %2 of %3)</source>
        <translation>%1 (населених пунктів із кодом: %2 з %3)</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>не пов’язано</translation>
    </message>
    <message>
        <source>Change the body whose meetings are recorded</source>
        <translation>Змінити орган, засідання якого записуються</translation>
    </message>
    <message>
        <source>The name of the community cannot be empty; the previous name is kept.</source>
        <translation>Назва громади не може бути порожньою; залишено попередню назву.</translation>
    </message>
    <message>
        <source>The name of the council cannot be empty; the previous name is kept.</source>
        <translation>Назва ради не може бути порожньою; залишено попередню назву.</translation>
    </message>
    <message>
        <source>Change the community name</source>
        <translation>Зміна назви громади</translation>
    </message>
    <message>
        <source>Change the council name</source>
        <translation>Зміна назви ради</translation>
    </message>
    <message>
        <source>Change the council name in the genitive</source>
        <translation>Зміна назви ради в родовому відмінку</translation>
    </message>
    <message>
        <source>Change the executive committee</source>
        <translation>Зміна назви виконавчого комітету</translation>
    </message>
    <message>
        <source>Change the oblast</source>
        <translation>Зміна області</translation>
    </message>
    <message>
        <source>Change the rayon</source>
        <translation>Зміна району</translation>
    </message>
</context>
<context>
    <name>CommunitySearch</name>
    <message>
        <source>e.g. ланн, Полтавський район</source>
        <translation>наприклад, ланн, Полтавський район</translation>
    </message>
    <message>
        <source>Communities found</source>
        <translation>Знайдені громади</translation>
    </message>
    <message>
        <source>The codifier could not be read (%1): type the community by hand.</source>
        <translation>Кодифікатор не вдалося прочитати (%1): введіть громаду вручну.</translation>
    </message>
    <message>
        <source>Reading the codifier…</source>
        <translation>Читання кодифікатора…</translation>
    </message>
    <message>
        <source>Type a few letters of the community&apos;s, rayon&apos;s or oblast&apos;s name (%1).</source>
        <translation>Введіть кілька літер назви громади, району чи області (%1).</translation>
    </message>
    <message>
        <source>Nothing found in %1. Check the letters, or go on and type the community by hand.</source>
        <translation>У %1 нічого не знайдено. Перевірте літери або продовжте й введіть громаду вручну.</translation>
    </message>
    <message>
        <source>The first %1 communities are shown (%2): type more letters.</source>
        <translation>Показано перші %1 громад (%2): введіть більше літер.</translation>
    </message>
    <message>
        <source>Communities found: %1 (%2). Enter chooses the one selected.</source>
        <translation>Знайдено громад: %1 (%2). Enter вибирає виділену.</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>The council</source>
        <translation>Рада</translation>
    </message>
    <message>
        <source>The names as they appear in protocols and plans. Type the council&apos;s name: the other forms are proposed from it; check them and correct if needed.</source>
        <translation>Назви — так, як вони пишуться в протоколах і планах. Введіть назву ради: інші форми буде запропоновано на її основі; перевірте їх і за потреби виправте.</translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська рада</source>
        <translation>наприклад, Ланнівська сільська рада</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>Р&amp;ада:</translation>
    </message>
    <message>
        <source>Council in the &amp;genitive:</source>
        <translation>Рада в родовому &amp;відмінку:</translation>
    </message>
    <message>
        <source>E&amp;xecutive committee:</source>
        <translation>Виконавчий &amp;комітет:</translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation>&amp;Громада:</translation>
    </message>
    <message>
        <source>The forms below are proposed from the council&apos;s name: please check them.</source>
        <translation>Форми нижче запропоновано на основі назви ради: перевірте їх, будь ласка.</translation>
    </message>
    <message>
        <source>The forms below could not be proposed from this name: please type them.</source>
        <translation>Для цієї назви не вдалося запропонувати форми нижче: введіть їх, будь ласка.</translation>
    </message>
    <message>
        <source>The forms below are proposed from the council&apos;s name.</source>
        <translation>Форми нижче буде запропоновано на основі назви ради.</translation>
    </message>
    <message>
        <source>To continue, type the name of the council.</source>
        <translation>Щоб продовжити, введіть назву ради.</translation>
    </message>
    <message>
        <source>To continue, type the official name of the community.</source>
        <translation>Щоб продовжити, введіть офіційну назву громади.</translation>
    </message>
</context>
<context>
    <name>CountInput</name>
    <message>
        <source>“%1” is too large: the largest number accepted is %2.</source>
        <translation>«%1» — завелике число: найбільше допустиме — %2.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of 0 or more.</source>
        <translation>«%1» — не ціле число від 0 і більше.</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Not entered</source>
        <translation>Не введено</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved; the previous value is kept.</source>
        <translation>%1: %2 Нічого не збережено, залишено попереднє значення.</translation>
    </message>
    <message>
        <source>Nothing was pasted. %1: %2</source>
        <translation>Нічого не вставлено. %1: %2</translation>
    </message>
</context>
<context>
    <name>CountsTableView</name>
    <message>
        <source>Type a number to change a value, leave it empty if not known; Ctrl+C copies, Ctrl+V pastes a column of numbers or whole rows from Excel, Delete clears the selected values</source>
        <translation>Введіть число, щоб змінити значення, або залиште клітинку порожньою, якщо значення невідоме; Ctrl+C копіює, Ctrl+V вставляє стовпець чисел або цілі рядки з Excel, Delete очищає вибрані значення</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <source>C&amp;lear the selected values</source>
        <translation>&amp;Очистити вибрані значення</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard holds no numbers.</source>
        <translation>Нічого не вставлено: у буфері обміну немає чисел.</translation>
    </message>
    <message>
        <source>Nothing was pasted: row %1 of the clipboard («%2») names no row of this table. Paste a single column of numbers, or whole rows copied with their first columns.</source>
        <translation>Нічого не вставлено: рядок %1 з буфера обміну («%2») не називає жодного рядка цієї таблиці. Вставте один стовпець чисел або цілі рядки, скопійовані разом із першими стовпцями.</translation>
    </message>
    <message>
        <source>Nothing was pasted: rows %1 and %2 of the clipboard are both %3.</source>
        <translation>Нічого не вставлено: рядки %1 і %2 з буфера обміну — це той самий рядок таблиці: %3.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 values do not fit, there is room for %2 from the selected row down.</source>
        <translation>Нічого не вставлено: значень у буфері обміну — %1, а від вибраного рядка донизу є місце лише для %2.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непередбачена помилка</translation>
    </message>
    <message>
        <source>The program met an error it did not expect. Everything saved before it stays saved. The report below contains no personal data (no names, figures or file paths): please copy it and send it to whoever supports the program.</source>
        <translation>У програмі сталася непередбачена помилка. Усе, що було збережено до неї, залишається збереженим. Звіт нижче не містить персональних даних (ні імен, ні даних, ні шляхів до файлів): скопіюйте його, будь ласка, і надішліть тому, хто обслуговує програму.</translation>
    </message>
    <message>
        <source>The report was also written to %1.</source>
        <translation>Звіт також записано у файл %1.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Звіт про помилку</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
</context>
<context>
    <name>DocumentButtons</name>
    <message>
        <source>The system has no program that opens «%1» files, or it did not start. Open the document from its folder: %2</source>
        <translation>У системі немає програми, що відкриває файли «%1», або вона не запустилася. Відкрийте документ із його теки: %2</translation>
    </message>
    <message>
        <source>The folder could not be shown: %1</source>
        <translation>Не вдалося показати теку: %1</translation>
    </message>
    <message>
        <source>«%1» is no longer in «%2»: it was moved or deleted, or the stick it is on was taken out. Save the document again.</source>
        <translation>«%1» уже немає в «%2»: його перенесли чи видалили, або вийняли флешку, на якій він був. Збережіть документ ще раз.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the document in the program for it</source>
        <translation>Відкрити документ у програмі для нього</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
    <message>
        <source>Open the folder the document was saved in</source>
        <translation>Відкрити теку, у якій збережено документ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>What is due</source>
        <translation>Що на черзі</translation>
    </message>
    <message>
        <source>&amp;Assignments of the council&apos;s decisions:</source>
        <translation>Доручення за р&amp;ішеннями ради:</translation>
    </message>
    <message>
        <source>Assignments with their status</source>
        <translation>Доручення і стан їх виконання</translation>
    </message>
    <message>
        <source>Only those under c&amp;ontrol</source>
        <translation>Лише на &amp;контролі</translation>
    </message>
    <message>
        <source>Hide the assignments done or taken off control</source>
        <translation>Сховати виконані й зняті з контролю доручення</translation>
    </message>
    <message>
        <source>Sta&amp;tus…</source>
        <translation>&amp;Стан виконання…</translation>
    </message>
    <message>
        <source>Record whether the selected assignment is done, with a note; the protocol that gave it does not change</source>
        <translation>Записати, чи виконано вибране доручення, з приміткою; протокол, яким його дано, не змінюється</translation>
    </message>
    <message>
        <source>E&amp;xport the open assignments…</source>
        <translation>&amp;Експорт доручень на контролі…</translation>
    </message>
    <message>
        <source>The state of the assignments under control as a table (PDF or XLSX), for «Про виконання попередніх доручень»</source>
        <translation>Стан виконання доручень на контролі таблицею (PDF або XLSX) — до питання «Про виконання попередніх доручень»</translation>
    </message>
    <message>
        <source>&amp;What is due on %1:</source>
        <translation>&amp;Що на черзі станом на %1:</translation>
    </message>
    <message>
        <source>Nothing is due: no assignment is late or near its deadline, and nothing else waits.</source>
        <translation>Нічого не чекає: жодне доручення не прострочене і не наближається до терміну, іншого на черзі немає.</translation>
    </message>
    <message>
        <source>Record the status of an assignment</source>
        <translation>Запис стану виконання доручення</translation>
    </message>
    <message>
        <source>The status is recorded; the protocol stays as it was.</source>
        <translation>Стан виконання записано; протокол не змінився.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the open assignments</source>
        <translation>Експорт доручень на контролі</translation>
    </message>
    <message>
        <source>Exporting the open assignments…</source>
        <translation>Експорт доручень на контролі…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Останні файли</translation>
    </message>
    <message>
        <source>&amp;New community file…</source>
        <translation>&amp;Створити файл громади…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open the &amp;demo community</source>
        <translation>Відкрити де&amp;монстраційну громаду</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>The page «%1» has changes that are not saved. Save them?</source>
        <translation>На сторінці «%1» є незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <source>Open a community file</source>
        <translation>Відкрити файл громади</translation>
    </message>
    <message>
        <source>Community files (*.hromada)</source>
        <translation>Файли громади (*.hromada)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <source>Copy saved and checked: %1</source>
        <translation>Копію збережено й перевірено: %1</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Збереження копії…</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. They are made when a file is closed after changes and before an import, a paste or a restore.</source>
        <translation>Резервних копій цього файлу ще немає. Програма робить їх, коли файл закривають після змін, а також перед імпортом, вставленням і відновленням.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The changes were saved to %1 and checked.</source>
        <translation>Зміни збережено у файл %1 і перевірено.</translation>
    </message>
    <message>
        <source>Copy saved and checked: %1</source>
        <translation>Копію збережено й перевірено: %1</translation>
    </message>
    <message>
        <source>The changes stay in the working copy on this computer. The program will offer to write them to the stick when it starts or opens the file again.</source>
        <translation>Зміни залишаються в робочій копії на цьому комп’ютері. Програма запропонує записати їх на флешку, коли запуститься або знову відкриє цей файл.</translation>
    </message>
    <message>
        <source>Not written to the stick! The changes are kept on this computer</source>
        <translation>Не записано на флешку! Зміни збережено на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Writing to the stick…</source>
        <translation>Записую на флешку…</translation>
    </message>
    <message>
        <source>Working on a copy of the file on the stick — the stick can be removed</source>
        <translation>Робота з копією файлу з флешки — флешку можна виймати</translation>
    </message>
    <message>
        <source>Written to the stick at %1 — the stick can be removed</source>
        <translation>Записано на флешку %1 — флешку можна виймати</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>The community in the codifier</source>
        <translation>Громада в кодифікаторі</translation>
    </message>
    <message>
        <source>Find the community in the official codifier (КАТОТТГ) to fill in its names, oblast, rayon and settlements with their codes; everything can be corrected after. Not there? Go on with Next and type it by hand.</source>
        <translation>Знайдіть громаду в офіційному кодифікаторі (КАТОТТГ), щоб заповнити її назви, область, район і населені пункти з їхніми кодами; усе можна виправити далі. Немає її там? Натисніть «Далі» й введіть вручну.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>&amp;Kind of council:</source>
        <translation>&amp;Тип ради:</translation>
    </message>
    <message>
        <source>Type by &amp;hand</source>
        <translation>Ввести в&amp;ручну</translation>
    </message>
    <message>
        <source>Forget the community chosen and empty the pages it filled in.</source>
        <translation>Забути вибрану громаду й очистити заповнені з неї сторінки.</translation>
    </message>
    <message>
        <source>No community chosen: the next pages are typed by hand.</source>
        <translation>Громаду не вибрано: наступні сторінки заповнюються вручну.</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2, %3); settlements: %4, the centre: %5.</source>
        <translation>Вибрано: %1 (%2, %3); населених пунктів: %4, центр — %5.</translation>
    </message>
    <message>
        <source>Proposed from the kind of its centre; change it if the council is named otherwise.</source>
        <translation>Запропоновано за типом її центру; змініть, якщо рада називається інакше.</translation>
    </message>
</context>
<context>
    <name>GivenModel</name>
    <message>
        <source>Meeting</source>
        <translation>Засідання</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Meeting %1, item %2: %3</source>
        <translation>Засідання %1, питання %2: %3</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>&amp;Number:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Індикатори:</translation>
    </message>
    <message>
        <source>Number of the goal</source>
        <translation>Номер цілі</translation>
    </message>
    <message>
        <source>Text of the goal</source>
        <translation>Текст цілі</translation>
    </message>
    <message>
        <source>Indicators of achievement</source>
        <translation>Індикатори досягнення цілі</translation>
    </message>
    <message>
        <source>How the council will know that the goal is reached</source>
        <translation>За чим рада визначить, що ціль досягнуто</translation>
    </message>
    <message>
        <source>This section already has a goal %1.</source>
        <translation>У цьому розділі вже є ціль %1.</translation>
    </message>
</context>
<context>
    <name>GuardQuestions</name>
    <message>
        <source>The file «%1» is already open.</source>
        <translation>Файл «%1» уже відкрито.</translation>
    </message>
    <message>
        <source>It was opened on %1 on the computer «%2» (process %3). While it is open there, changes made here cannot be saved.</source>
        <translation>Його відкрито %1 на комп’ютері «%2» (процес %3). Поки файл відкритий там, зміни, зроблені тут, не можна записати.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Відкрити лише для &amp;читання</translation>
    </message>
    <message>
        <source>Open for &amp;editing…</source>
        <translation>Відкрити для &amp;змін…</translation>
    </message>
    <message>
        <source>Open the file for editing only if it is not open on the computer «%1» now — for example, the stick was pulled out there without closing the program. If it is still open there, the changes made on one of the two computers will be lost.</source>
        <translation>Відкривайте файл для змін, лише якщо на комп’ютері «%1» його зараз не відкрито — наприклад, там вийняли флешку, не закривши програму. Якщо файл там досі відкрито, зміни, зроблені на одному з двох комп’ютерів, буде втрачено.</translation>
    </message>
    <message>
        <source>Changes to «%1» made since %2 were not written back to the stick.</source>
        <translation>Зміни до «%1», зроблені після %2, не записано на флешку.</translation>
    </message>
    <message>
        <source>They are kept on this computer in a working copy. The file on the stick: %1.</source>
        <translation>Їх збережено на цьому комп’ютері в робочій копії. Файл на флешці: %1.</translation>
    </message>
    <message>
        <source>&amp;Write to the stick</source>
        <translation>&amp;Записати на флешку</translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation>Зберегти в &amp;іншому місці…</translation>
    </message>
    <message>
        <source>&amp;Discard the changes…</source>
        <translation>&amp;Відкинути зміни…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>Discard the changes to «%1» that are not on the stick? They cannot be brought back.</source>
        <translation>Відкинути зміни до «%1», яких немає на флешці? Повернути їх буде неможливо.</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <source>Community files (*.hromada)</source>
        <translation>Файли громади (*.hromada)</translation>
    </message>
</context>
<context>
    <name>GuestsModel</name>
    <message>
        <source>Name</source>
        <translation>Прізвище, ініціали</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст довідки</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Довідка: %1</translation>
    </message>
    <message>
        <source>hromada-desk</source>
        <translation>hromada-desk</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a filled template</source>
        <translation>Імпорт заповненого шаблону</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for %1 from «%2». Empty cells of the template leave the figures as they are.</source>
        <translation>
            <numerusform>%n зміна за %1 з «%2». Порожні клітинки шаблону не змінюють даних.</numerusform>
            <numerusform>%n зміни за %1 з «%2». Порожні клітинки шаблону не змінюють даних.</numerusform>
            <numerusform>%n змін за %1 з «%2». Порожні клітинки шаблону не змінюють даних.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) look unlikely; check them before importing:</source>
        <translation>
            <numerusform>%n значення виглядає сумнівним; перевірте його перед імпортом:</numerusform>
            <numerusform>%n значення виглядають сумнівними; перевірте їх перед імпортом:</numerusform>
            <numerusform>%n значень виглядають сумнівними; перевірте їх перед імпортом:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Section %1 of Annex 1</source>
        <translation>Розділ %1 додатка 1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Показник %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>&amp;Indicators (Annex 1)</source>
        <translation>&amp;Показники (додаток 1)</translation>
    </message>
    <message>
        <source>Existing services and &amp;rayon</source>
        <translation>Наявні &amp;служби і район</translation>
    </message>
    <message>
        <source>&amp;Values for the year, sections 5 and 6 of Annex 1 of the Methodology. Type a whole number; leave the cell empty if the figure is not known.</source>
        <translation>&amp;Значення за рік, розділи 5 і 6 додатка 1 до Методики. Введіть ціле число; якщо дані невідомі, залиште клітинку порожньою.</translation>
    </message>
    <message>
        <source>Annex 1 indicators</source>
        <translation>Показники додатка 1</translation>
    </message>
    <message>
        <source>&amp;Existing specialised services in the community, in the units shown:</source>
        <translation>На&amp;явні спеціалізовані служби в громаді (в одиницях, зазначених у таблиці):</translation>
    </message>
    <message>
        <source>Existing services</source>
        <translation>Наявні служби</translation>
    </message>
    <message>
        <source>Figures of the whole rayon (optional)</source>
        <translation>Дані по району в цілому (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Population of the rayon:</source>
        <translation>Насе&amp;лення району:</translation>
    </message>
    <message>
        <source>Population of the rayon</source>
        <translation>Населення району</translation>
    </message>
    <message>
        <source>&amp;Cases in the rayon:</source>
        <translation>&amp;Випадків у районі:</translation>
    </message>
    <message>
        <source>Cases of domestic violence in the rayon</source>
        <translation>Випадки домашнього насильства в районі</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <source>When both are entered, the mobile brigade&apos;s rate E is the rayon&apos;s cases divided by the rayon&apos;s population. Otherwise the community&apos;s own figures are used (the cases indicator and the community&apos;s population). Leave both empty if they are not known.</source>
        <translation>Якщо введено обидва значення, середній коефіцієнт звернень E для мобільної бригади — це кількість випадків у районі, поділена на населення району. Інакше використовуються дані самої громади (показник випадків і населення громади). Якщо дані невідомі, залиште обидва поля порожніми.</translation>
    </message>
    <message>
        <source>More persons completed a perpetrator programme (5.5: %1) than applied for one (5.4: %2). Please check the figures.</source>
        <translation>Програму для кривдників пройшло більше осіб (5.5: %1), ніж звернулося для її проходження (5.4: %2). Перевірте, будь ласка, дані.</translation>
    </message>
    <message>
        <source>%1 has no population figures yet: enter them on the «Settlements and population» page, or no needs calculation can be made for %1.</source>
        <translation>За %1 рік ще немає даних про населення: введіть їх на сторінці «Населені пункти і населення», інакше розрахунок потреб за %1 рік неможливий.</translation>
    </message>
    <message>
        <source>Not entered yet: %1. The needs calculation needs these values; enter 0 if there were none.</source>
        <translation>Ще не введено: %1. Ці значення потрібні для розрахунку потреб; якщо випадків не було, введіть 0.</translation>
    </message>
    <message>
        <source>Both are entered: the rate E is calculated from the rayon&apos;s figures.</source>
        <translation>Введено обидва значення: коефіцієнт E розраховується за даними району.</translation>
    </message>
    <message>
        <source>Only one of the two is entered: the rate E uses the community&apos;s own figures until both are.</source>
        <translation>Введено лише одне з двох значень: доки не введено обидва, коефіцієнт E розраховується за даними громади.</translation>
    </message>
    <message>
        <source>Change indicator %1 (%2)</source>
        <translation>Зміна показника %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Change %n indicator value(s) (%2)</source>
        <translation>
            <numerusform>Зміна %n значення показників (%2)</numerusform>
            <numerusform>Зміна %n значень показників (%2)</numerusform>
            <numerusform>Зміна %n значень показників (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the number of existing services (%1)</source>
        <translation>Зміна кількості наявних служб (%1)</translation>
    </message>
    <message>
        <source>Cases in the rayon</source>
        <translation>Випадки в районі</translation>
    </message>
    <message>
        <source>The rayon&apos;s population cannot be 0.</source>
        <translation>Населення району не може дорівнювати 0.</translation>
    </message>
    <message>
        <source>Change the rayon figures (%1)</source>
        <translation>Зміна даних по району (%1)</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved; the previous value is kept.</source>
        <translation>%1: %2 Нічого не збережено, залишено попереднє значення.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to the codifier</source>
        <translation>Пов’язати з кодифікатором</translation>
    </message>
    <message>
        <source>Each settlement of the file is matched to the codifier&apos;s by its code, else by its name and kind. For one left without a code choose its settlement in the codifier, or leave it as not in the codifier (renamed, or newer than the edition).</source>
        <translation>Кожен населений пункт файлу зіставляється з кодифікатором за кодом, а без нього — за назвою і типом. Для того, що лишився без коду, виберіть відповідний населений пункт кодифікатора або залиште «немає в кодифікаторі» (перейменований або новіший за редакцію).</translation>
    </message>
    <message>
        <source>Another &amp;community…</source>
        <translation>Інша &amp;громада…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Settlements of the file and their codes</source>
        <translation>Населені пункти файлу та їхні коди</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>Пов’&amp;язати</translation>
    </message>
    <message>
        <source>Reading the codifier…</source>
        <translation>Читання кодифікатора…</translation>
    </message>
    <message>
        <source>Which community of the codifier is this?</source>
        <translation>Яка це громада в кодифікаторі?</translation>
    </message>
    <message>
        <source>Settlement of the file</source>
        <translation>Населений пункт файлу</translation>
    </message>
    <message>
        <source>In the codifier</source>
        <translation>У кодифікаторі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>not in the codifier</source>
        <translation>немає в кодифікаторі</translation>
    </message>
    <message>
        <source>%1 (not in this edition)</source>
        <translation>%1 (немає в цій редакції)</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Код для %1</translation>
    </message>
    <message>
        <source>Settlements matched: %1 of %2.</source>
        <translation>Зіставлено населених пунктів: %1 з %2.</translation>
    </message>
    <message>
        <source>In the codifier but not in the file: %1.</source>
        <translation>У кодифікаторі, але не у файлі: %1.</translation>
    </message>
    <message>
        <source>The file is already linked: nothing to change.</source>
        <translation>Файл уже пов’язано: змінювати нічого.</translation>
    </message>
</context>
<context>
    <name>ListedItemsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Доповідачі</translation>
    </message>
</context>
<context>
    <name>ListedMembersModel</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
</context>
<context>
    <name>ListedQuestionsModel</name>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Готує</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Мова інтерфейсу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>&amp;Довідка про цей розділ</translation>
    </message>
    <message>
        <source>&amp;About hromada-desk</source>
        <translation>&amp;Про hromada-desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повернути: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Усі зміни збережено (%1)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (лише для читання)</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Файл не відкрито</translation>
    </message>
    <message>
        <source>%1 — read-only: changes cannot be saved</source>
        <translation>%1 — лише для читання: зміни не можна зберегти</translation>
    </message>
    <message>
        <source>hromada-desk %1
Records of the coordination council on preventing domestic and gender-based violence, and the needs calculation of Methodology No. 787. Works without the internet.</source>
        <translation>hromada-desk %1
Облік роботи координаційної ради з питань запобігання та протидії домашньому насильству і насильству за ознакою статі та розрахунок потреб за Методикою № 787. Працює без інтернету.</translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <source>Member</source>
        <translation>Член ради</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Буде</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутній</translation>
    </message>
    <message>
        <source>absent: %1</source>
        <translation>відсутній: %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>відсутній</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>&amp;Number:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>З&amp;ахід:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Координатор:</translation>
    </message>
    <message>
        <source>In&amp;volved subjects:</source>
        <translation>Залучені суб’&amp;єкти:</translation>
    </message>
    <message>
        <source>Deadl&amp;ine:</source>
        <translation>С&amp;трок виконання:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>Ф&amp;інансування:</translation>
    </message>
    <message>
        <source>Number of the measure</source>
        <translation>Номер заходу</translation>
    </message>
    <message>
        <source>The goal&apos;s number, a dot and the measure&apos;s number within the goal, e.g. 2.8</source>
        <translation>Номер цілі, крапка й номер заходу в межах цілі, наприклад 2.8</translation>
    </message>
    <message>
        <source>Text of the measure</source>
        <translation>Текст заходу</translation>
    </message>
    <message>
        <source>Coordinator of the measure</source>
        <translation>Координатор заходу</translation>
    </message>
    <message>
        <source>Involved subjects</source>
        <translation>Залучені суб’єкти</translation>
    </message>
    <message>
        <source>Deadline or frequency</source>
        <translation>Строк виконання або періодичність</translation>
    </message>
    <message>
        <source>A date, a period or a frequency, as the plan words it: «Щомісячно», «Постійно», «Листопад-грудень»</source>
        <translation>Дата, період або періодичність — так, як у плані: «Щомісячно», «Постійно», «Листопад-грудень»</translation>
    </message>
    <message>
        <source>Sources of funding</source>
        <translation>Джерела фінансування</translation>
    </message>
    <message>
        <source>For example «Не потребує фінансування» or «Бюджет громади»</source>
        <translation>Наприклад, «Не потребує фінансування» або «Бюджет громади»</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>D&amp;etails</source>
        <translation>Відо&amp;мості</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Прис&amp;утні</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Пор&amp;ядок денний</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Ном&amp;ер:</translation>
    </message>
    <message>
        <source>Number of the meeting in its year</source>
        <translation>Номер засідання в році</translation>
    </message>
    <message>
        <source>Numbering starts again at 1 each year</source>
        <translation>Щороку нумерація починається з 1</translation>
    </message>
    <message>
        <source>Da&amp;te of the meeting:</source>
        <translation>Да&amp;та засідання:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Дата засідання</translation>
    </message>
    <message>
        <source>&amp;Begins at:</source>
        <translation>По&amp;чаток:</translation>
    </message>
    <message>
        <source>Time the meeting begins</source>
        <translation>Час початку засідання</translation>
    </message>
    <message>
        <source>10:00</source>
        <translation>10:00</translation>
    </message>
    <message>
        <source>Printed in the notice of the meeting; may be left empty</source>
        <translation>Друкується в повідомленні про засідання; можна не заповнювати</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид засідання</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Міс&amp;це:</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Місце проведення засідання</translation>
    </message>
    <message>
        <source>e.g. с-ще Ланна</source>
        <translation>наприклад, с-ще Ланна</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Н&amp;азва:</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Назва засідання</translation>
    </message>
    <message>
        <source>The line under «ПРОТОКОЛ» in the protocol</source>
        <translation>Рядок під словом «ПРОТОКОЛ» у протоколі</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Підписують:</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Назва перевищує %1 символів.</translation>
    </message>
    <message>
        <source>Write the time the meeting begins as hours and minutes, e.g. 10:00, or leave it empty.</source>
        <translation>Час початку засідання вкажіть як години й хвилини, наприклад 10:00, або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>за %1 рік</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>regular</source>
        <translation>чергове</translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation>позачергове</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>final</source>
        <translation>остаточний</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Засідання</translation>
    </message>
    <message>
        <source>&amp;Meetings of the council:</source>
        <translation>За&amp;сідання ради:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Засідання:</translation>
    </message>
    <message>
        <source>Meeting shown</source>
        <translation>Показане засідання</translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>нове, не збережене</translation>
    </message>
    <message>
        <source>Meetings, newest first</source>
        <translation>Засідання, найновіші вгорі</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>Нове зас&amp;ідання</translation>
    </message>
    <message>
        <source>Start the protocol of a new meeting with the next free number of this year</source>
        <translation>Розпочати протокол нового засідання з наступним вільним номером цього року</translation>
    </message>
    <message>
        <source>Fr&amp;om the previous…</source>
        <translation>На основі &amp;попереднього…</translation>
    </message>
    <message>
        <source>A new meeting made from the previous one: the next number, the place, members and signers, «Про затвердження протоколу попереднього засідання» and «Про виконання попередніх доручень» with the open assignments, the unfinished items offered</source>
        <translation>Нове засідання на основі попереднього: наступний номер, місце, члени ради й підписанти, «Про затвердження протоколу попереднього засідання» і «Про виконання попередніх доручень» із дорученнями на контролі, незавершені питання на вибір</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Видалити вибране засідання</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S); it can be undone</source>
        <translation>Зберегти засідання (Ctrl+S); цю дію можна скасувати</translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation>Зберегти засідання</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Засідання не вибрано</translation>
    </message>
    <message>
        <source>New meeting №%1</source>
        <translation>Нове засідання №%1</translation>
    </message>
    <message>
        <source>Meeting №%1</source>
        <translation>Засідання №%1</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ще не збережено</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>є незбережені зміни</translation>
    </message>
    <message>
        <source>Meeting №%1 has unsaved changes. Save them?</source>
        <translation>У засіданні №%1 є незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <source>A new meeting: check its date and number, tick who is present, write the agenda, then save it (Ctrl+S).</source>
        <translation>Нове засідання: перевірте дату й номер, позначте присутніх, складіть порядок денний, а потім збережіть засідання (Ctrl+S).</translation>
    </message>
    <message>
        <source>New meeting №%1 from the previous one</source>
        <translation>Нове засідання №%1 на основі попереднього</translation>
    </message>
    <message>
        <source>Meeting №%1 is made from the previous one: check who is present and write the agenda&apos;s texts.</source>
        <translation>Засідання №%1 створено на основі попереднього: перевірте присутніх і впишіть тексти порядку денного.</translation>
    </message>
    <message>
        <source>There is already a meeting №%1 (of %2). Choose another number; numbering starts again at 1 each year.</source>
        <translation>Засідання №%1 (від %2) уже є. Виберіть інший номер; щороку нумерація починається з 1.</translation>
    </message>
    <message>
        <source>Add meeting №%1</source>
        <translation>Додавання засідання №%1</translation>
    </message>
    <message>
        <source>Save meeting №%1</source>
        <translation>Збереження засідання №%1</translation>
    </message>
    <message>
        <source>Meeting №%1 saved.</source>
        <translation>Засідання №%1 збережено.</translation>
    </message>
    <message>
        <source>Record the status of an assignment</source>
        <translation>Запис стану виконання доручення</translation>
    </message>
    <message>
        <source>The status is recorded; the protocol stays as it was.</source>
        <translation>Стан виконання записано; протокол не змінився.</translation>
    </message>
    <message>
        <source>Discard the new meeting?</source>
        <translation>Відкинути нове засідання?</translation>
    </message>
    <message>
        <source>Delete meeting №%1 of %2 with its attendance and agenda?</source>
        <translation>Видалити засідання №%1 від %2 разом зі списком присутніх і порядком денним?</translation>
    </message>
    <message>
        <source>Its protocol is finalised: it is the record of the meeting.</source>
        <translation>Його протокол остаточно оформлено: це офіційний запис засідання.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Повернути його можна командою «Редагування ▸ Скасувати».</translation>
    </message>
    <message>
        <source>Delete meeting №%1</source>
        <translation>Видалення засідання №%1</translation>
    </message>
    <message>
        <source>Meeting №%1 deleted; Edit ▸ Undo brings it back.</source>
        <translation>Засідання №%1 видалено; повернути його можна командою «Редагування ▸ Скасувати».</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>S&amp;urname:</source>
        <translation>Пр&amp;ізвище:</translation>
    </message>
    <message>
        <source>Given &amp;name:</source>
        <translation>Ім’&amp;я:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>По &amp;батькові:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ро&amp;ль:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Посада:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Ор&amp;ганізація:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Member fro&amp;m:</source>
        <translation>&amp;Членство з:</translation>
    </message>
    <message>
        <source>Member &amp;to:</source>
        <translation>Членство п&amp;о:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Role in the council</source>
        <translation>Роль у раді</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Членство з</translation>
    </message>
    <message>
        <source>Member to</source>
        <translation>Членство по</translation>
    </message>
    <message>
        <source>e.g. Удовиченко</source>
        <translation>наприклад, Удовиченко</translation>
    </message>
    <message>
        <source>e.g. Костянтин, or just К</source>
        <translation>наприклад, Костянтин або лише К</translation>
    </message>
    <message>
        <source>e.g. Олександрович, or just О</source>
        <translation>наприклад, Олександрович або лише О</translation>
    </message>
    <message>
        <source>e.g. сільський голова</source>
        <translation>наприклад, сільський голова</translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська рада</source>
        <translation>наприклад, Ланнівська сільська рада</translation>
    </message>
    <message>
        <source>The full given name, or only its initial when that is all the documents give</source>
        <translation>Повне ім’я або лише ініціал, якщо в документах указано тільки його</translation>
    </message>
    <message>
        <source>The full patronymic, or only its initial; may be left empty</source>
        <translation>Повне по батькові або лише ініціал; можна залишити порожнім</translation>
    </message>
    <message>
        <source>Chooses the word forms that agree with the person in documents («який» or «яка»)</source>
        <translation>Визначає форми слів, які узгоджуються з особою в документах («який» чи «яка»)</translation>
    </message>
    <message>
        <source>As the role is written in documents</source>
        <translation>Роль у тому вигляді, як її записують у документах</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>not &amp;known</source>
        <translation>невідо&amp;мо</translation>
    </message>
    <message>
        <source>Start of membership not known</source>
        <translation>Початок членства невідомий</translation>
    </message>
    <message>
        <source>still &amp;a member</source>
        <translation>досі член р&amp;ади</translation>
    </message>
    <message>
        <source>Still a member: no end of membership</source>
        <translation>Досі член ради: членство не припинено</translation>
    </message>
    <message>
        <source>Untick and set the date when the person left the council</source>
        <translation>Зніміть позначку й укажіть дату, коли особа вийшла зі складу ради</translation>
    </message>
    <message>
        <source>In lists:</source>
        <translation>У списках:</translation>
    </message>
    <message>
        <source>Under a signature:</source>
        <translation>Під підписом:</translation>
    </message>
    <message>
        <source>The name as lists in documents give it</source>
        <translation>Ім’я в тому вигляді, як його подають списки в документах</translation>
    </message>
    <message>
        <source>The name as documents give it under a signature</source>
        <translation>Ім’я в тому вигляді, як його подають документи під підписом</translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message>
        <source>Paste a list of members</source>
        <translation>Вставлення списку членів ради</translation>
    </message>
    <message>
        <source>Members to add</source>
        <translation>Члени ради, яких буде додано</translation>
    </message>
    <message>
        <source>Roles and positions are read from each line; correct them afterwards in the member&apos;s form. Undo (Ctrl+Z) removes the whole list again.</source>
        <translation>Роль і посаду прочитано з кожного рядка; виправити їх можна потім у формі члена ради. Скасування (Ctrl+Z) прибере весь список.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Додати %n члена ради</numerusform>
            <numerusform>Додати %n членів ради</numerusform>
            <numerusform>Додати %n членів ради</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message numerus="yes">
        <source>The pasted list names %n person(s) not yet in the council. Untick anyone who is not a member.</source>
        <translation>
            <numerusform>Вставлений список називає %n особу, якої ще немає серед членів ради. Зніміть позначку з того, хто не є членом ради.</numerusform>
            <numerusform>Вставлений список називає %n особи, яких ще немає серед членів ради. Зніміть позначку з тих, хто не є членом ради.</numerusform>
            <numerusform>Вставлений список називає %n осіб, яких ще немає серед членів ради. Зніміть позначку з тих, хто не є членом ради.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text names no one who could be added to the council.</source>
        <translation>У вставленому тексті немає нікого, кого можна додати до складу ради.</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Не додано:</translation>
    </message>
    <message>
        <source>line %1: «%2» — %3</source>
        <translation>рядок %1: «%2» — %3</translation>
    </message>
    <message>
        <source>line %1: «%2» — no surname with a given name or initials</source>
        <translation>рядок %1: «%2» — немає прізвища з ім’ям чи ініціалами</translation>
    </message>
    <message>
        <source>A line names one person, the name first or last: «Удовиченко К.О. – посада», «Удовиченко Костянтин Олександрович, посада», «посада – Удовиченко К.О.».</source>
        <translation>Один рядок — одна особа, ім’я на початку чи в кінці: «Удовиченко К.О. – посада», «Удовиченко Костянтин Олександрович, посада», «посада – Удовиченко К.О.».</translation>
    </message>
    <message>
        <source>Line %1 is a heading, left out: «%2»</source>
        <translation>Рядок %1 — заголовок, пропущено: «%2»</translation>
    </message>
    <message>
        <source>Line %1: %2 is already in the list of members, left out</source>
        <translation>Рядок %1: %2 вже є у списку членів ради, пропущено</translation>
    </message>
    <message>
        <source>Note: a council has one chair, and with this list it has several: %1. Untick one, or later set «Member to» for the previous chair.</source>
        <translation>Увага: голова ради один, а з цим списком їх кілька: %1. Зніміть позначку з одного або потім заповніть «Членство по» для попереднього голови.</translation>
    </message>
    <message>
        <source>Note: a council has one secretary, and with this list it has several: %1. Untick one, or later set «Member to» for the previous secretary.</source>
        <translation>Увага: секретар ради один, а з цим списком їх кілька: %1. Зніміть позначку з одного або потім заповніть «Членство по» для попереднього секретаря.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Council members</source>
        <translation>Члени ради</translation>
    </message>
    <message>
        <source>&amp;Council members:</source>
        <translation>Чл&amp;ени ради:</translation>
    </message>
    <message>
        <source>Current members first, former members after them in grey; click a column heading to sort</source>
        <translation>Спочатку чинні члени ради, після них сірим — колишні; щоб упорядкувати список, клацніть заголовок стовпця</translation>
    </message>
    <message>
        <source>Ne&amp;w member</source>
        <translation>Нов&amp;ий член ради</translation>
    </message>
    <message>
        <source>Start an empty form for a new member of the council</source>
        <translation>Відкрити порожню форму для нового члена ради</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новий член ради</translation>
    </message>
    <message>
        <source>Paste mem&amp;bers…</source>
        <translation>Додати зі списк&amp;у…</translation>
    </message>
    <message>
        <source>Add the members of a list copied in Word or Excel (the council&apos;s composition, or those present in an earlier protocol): a person a line, «Surname I.P. – position»; Ctrl+V on the list does the same</source>
        <translation>Додати членів ради зі списку, скопійованого у Word чи Excel (склад ради або присутні з попереднього протоколу): особа в рядку, «Прізвище І.Б. – посада»; те саме робить Ctrl+V у списку</translation>
    </message>
    <message>
        <source>Paste a list of members</source>
        <translation>Вставити список членів ради</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Remove the selected member from the list (only one no meeting names)</source>
        <translation>Видалити вибраного члена ради зі списку (лише якщо його не згадано в жодному засіданні)</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>Видалити вибраного члена ради</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Write the form to the file (Enter or Ctrl+S); Undo (Ctrl+Z) takes it back</source>
        <translation>Записати дані форми у файл (Enter або Ctrl+S); команда «Скасувати» (Ctrl+Z) поверне попередній стан</translation>
    </message>
    <message>
        <source>Save the member</source>
        <translation>Зберегти дані члена ради</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Від&amp;кинути зміни</translation>
    </message>
    <message>
        <source>Forget the changes typed into the form</source>
        <translation>Відкинути зміни, внесені у форму</translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation>Відкинути зміни у формі</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>The member in the form is no longer in the list (undone); «Save» adds what the form holds as a new member.</source>
        <translation>Члена ради з форми вже немає в списку (дію скасовано); кнопка «Зберегти» додасть дані з форми як нового члена ради.</translation>
    </message>
    <message>
        <source>Select a member in the list, or press «New member».</source>
        <translation>Виберіть члена ради в списку або натисніть «Новий член ради».</translation>
    </message>
    <message>
        <source>No members yet: press «New member», or «Paste members…» for a list.</source>
        <translation>Членів ради ще немає: натисніть «Новий член ради» або «Додати зі списку…».</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (не збережено)</translation>
    </message>
    <message>
        <source>Note: the chair is already %1, and a council has one chair. If the chair has changed, set «Member to» for the previous one.</source>
        <translation>Зверніть увагу: голова ради вже є — %1, а голова в ради лише один. Якщо голову змінено, укажіть «Членство по» для попереднього.</translation>
    </message>
    <message>
        <source>Note: the secretary is already %1, and a council has one secretary. If the secretary has changed, set «Member to» for the previous one.</source>
        <translation>Зверніть увагу: секретар ради вже є — %1, а секретар у ради лише один. Якщо секретаря змінено, укажіть «Членство по» для попереднього.</translation>
    </message>
    <message>
        <source>Type the surname: it cannot be empty.</source>
        <translation>Введіть прізвище: воно не може бути порожнім.</translation>
    </message>
    <message>
        <source>Type the given name, or at least its initial: it cannot be empty.</source>
        <translation>Введіть ім’я або хоча б ініціал: це поле не може бути порожнім.</translation>
    </message>
    <message>
        <source>«Member to» cannot be earlier than «Member from».</source>
        <translation>Дата «Членство по» не може бути раніше за дату «Членство з».</translation>
    </message>
    <message>
        <source>the new member</source>
        <translation>новий член ради</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>The form of %1 has changes that are not saved. Save them?</source>
        <translation>У формі (%1) є незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Зміна даних члена ради %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додавання члена ради %1</translation>
    </message>
    <message>
        <source>Added to the council: %1</source>
        <translation>Додано до складу ради: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the list of members in Word or Excel (a person a line: «Surname I.P. – position»), then press «Paste members…» again.</source>
        <translation>У буфері обміну немає тексту. Скопіюйте список членів ради у Word чи Excel (особа в рядку: «Прізвище І.Б. – посада») і знову натисніть «Додати зі списку…».</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Додати %n члена ради</numerusform>
            <numerusform>Додати %n членів ради</numerusform>
            <numerusform>Додати %n членів ради</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the council: %n member(s). Undo (Ctrl+Z) removes the whole list.</source>
        <translation>
            <numerusform>До ради додано %n члена. Скасування (Ctrl+Z) прибере весь список.</numerusform>
            <numerusform>До ради додано %n членів. Скасування (Ctrl+Z) прибере весь список.</numerusform>
            <numerusform>До ради додано %n членів. Скасування (Ctrl+Z) прибере весь список.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is named in a meeting&apos;s protocol, so the record cannot be deleted. To record that the membership has ended, set «Member to» and save.</source>
        <translation>%1 згадується в протоколі засідання, тому запис видалити не можна. Щоб зазначити, що членство припинено, укажіть «Членство по» і збережіть.</translation>
    </message>
    <message>
        <source>Delete a member</source>
        <translation>Видалення члена ради</translation>
    </message>
    <message>
        <source>Remove %1 from the list of council members? Undo (Ctrl+Z) can bring the record back.</source>
        <translation>Видалити %1 зі списку членів ради? Запис можна буде повернути командою «Скасувати» (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалення члена ради %1</translation>
    </message>
    <message>
        <source>%1 deleted. Undo (Ctrl+Z) brings the record back.</source>
        <translation>Запис %1 видалено. Повернути його можна командою «Скасувати» (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Name</source>
        <translation>Прізвище, ініціали</translation>
    </message>
    <message>
        <source>Role in the council</source>
        <translation>Роль у раді</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>Former member</source>
        <translation>Колишній член ради</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs calculation</source>
        <translation>Розрахунок потреб</translation>
    </message>
    <message>
        <source>Parameters of the calculation (the Methodology&apos;s values unless changed)</source>
        <translation>Параметри розрахунку (значення Методики, якщо їх не змінено)</translation>
    </message>
    <message>
        <source>Population per family p&amp;lace:</source>
        <translation>Осіб на одне &amp;сімейне місце:</translation>
    </message>
    <message>
        <source>Cases per &amp;brigade a month:</source>
        <translation>Випадків на &amp;бригаду за місяць:</translation>
    </message>
    <message>
        <source>&amp;Months in the year:</source>
        <translation>&amp;Місяців у році:</translation>
    </message>
    <message>
        <source>&amp;Indicator used as A:</source>
        <translation>&amp;Показник для A:</translation>
    </message>
    <message>
        <source>C&amp;ounselling, a specialist in:</source>
        <translation>Консультан&amp;т на:</translation>
    </message>
    <message>
        <source>Served &amp;population P:</source>
        <translation>&amp;Обслуговує бригада, P:</translation>
    </message>
    <message>
        <source>Reason for changing: %1</source>
        <translation>Причина зміни: %1</translation>
    </message>
    <message>
        <source>Why the Methodology&apos;s value is changed: required, and printed with the calculation</source>
        <translation>Чому змінено значення Методики: обов’язково; друкується разом із розрахунком</translation>
    </message>
    <message>
        <source>every settlement</source>
        <translation>кожен населений пункт</translation>
    </message>
    <message>
        <source>every starosta district</source>
        <translation>кожен старостинський округ</translation>
    </message>
    <message>
        <source>settlements from</source>
        <translation>кожен населений пункт від</translation>
    </message>
    <message>
        <source> people</source>
        <translation> осіб</translation>
    </message>
    <message>
        <source>Smallest settlement population</source>
        <translation>Найменша кількість жителів населеного пункту</translation>
    </message>
    <message>
        <source>Annex 1 indicator whose number is taken as the cases of domestic violence (A)</source>
        <translation>Показник додатка 1, значення якого береться як кількість випадків домашнього насильства (A)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Reset to the Methodology&apos;s values</source>
        <translation>&amp;Відновити значення Методики</translation>
    </message>
    <message>
        <source>&amp;Copy the conclusion</source>
        <translation>Копіювати в&amp;исновок</translation>
    </message>
    <message>
        <source>Put the overall conclusion on the clipboard, to paste it into the protocol</source>
        <translation>Скопіювати загальний висновок у буфер обміну, щоб вставити його в протокол</translation>
    </message>
    <message>
        <source>Result of the needs calculation</source>
        <translation>Результат розрахунку потреб</translation>
    </message>
    <message>
        <source>No community file is open.</source>
        <translation>Файл громади не відкрито.</translation>
    </message>
    <message>
        <source>The file holds no figures yet: enter the population of the settlements first.</source>
        <translation>У файлі ще немає даних: спочатку введіть населення населених пунктів.</translation>
    </message>
    <message>
        <source>the community&apos;s (%1)</source>
        <translation>уся громада (%1)</translation>
    </message>
    <message>
        <source>the community&apos;s</source>
        <translation>уся громада</translation>
    </message>
    <message>
        <source>The calculation appears here as soon as the year&apos;s population and indicators are entered.</source>
        <translation>Розрахунок з’явиться тут, щойно буде введено населення та показники за рік.</translation>
    </message>
    <message>
        <source>Needs for specialised support services in %1</source>
        <translation>Потреба у спеціалізованих службах підтримки, %1 рік</translation>
    </message>
    <message numerus="yes">
        <source>%1: population %2 in %n settlement(s).</source>
        <translation>
            <numerusform>%1: чисельність населення %2 у %n населеному пункті.</numerusform>
            <numerusform>%1: чисельність населення %2 у %n населених пунктах.</numerusform>
            <numerusform>%1: чисельність населення %2 у %n населених пунктах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed parameters (instead of the Methodology&apos;s values):</source>
        <translation>Змінені параметри (замість значень Методики):</translation>
    </message>
    <message>
        <source>All parameters are the Methodology&apos;s values.</source>
        <translation>Усі параметри мають значення Методики.</translation>
    </message>
    <message>
        <source>Overall conclusion</source>
        <translation>Загальний висновок</translation>
    </message>
    <message>
        <source>The calculation informs the coordination council; the council decides.</source>
        <translation>Розрахунок — це інформація для координаційної ради; рішення ухвалює рада.</translation>
    </message>
    <message numerus="yes">
        <source>Parameters of the calculation: %n changed</source>
        <translation>
            <numerusform>Параметри розрахунку: змінено %n</numerusform>
            <numerusform>Параметри розрахунку: змінено %n</numerusform>
            <numerusform>Параметри розрахунку: змінено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters of the calculation: the Methodology&apos;s values</source>
        <translation>Параметри розрахунку: значення Методики</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Є потреба</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Немає потреби</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Наявно</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Потрібно</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Нестача</translation>
    </message>
    <message>
        <source>Minimum requirements of the Methodology:</source>
        <translation>Мінімальні вимоги Методики:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Розрахунок:</translation>
    </message>
    <message>
        <source>Proposed conclusion:</source>
        <translation>Запропонований висновок:</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Зміни ще не застосовано.</translation>
    </message>
    <message>
        <source>Not applied: give the reason for each changed parameter (%1).</source>
        <translation>Не застосовано: зазначте причину для кожного зміненого параметра (%1).</translation>
    </message>
    <message>
        <source>Change the calculation parameters for %1</source>
        <translation>Зміна параметрів розрахунку за %1 рік</translation>
    </message>
    <message>
        <source>Reset the calculation parameters for %1</source>
        <translation>Відновлення значень Методики за %1 рік</translation>
    </message>
</context>
<context>
    <name>NewCommunityWizard</name>
    <message>
        <source>New community file</source>
        <translation>Новий файл громади</translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message>
        <source>New meeting from the previous one</source>
        <translation>Нове засідання на основі попереднього</translation>
    </message>
    <message>
        <source>&amp;Date of the meeting:</source>
        <translation>&amp;Дата засідання:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Дата засідання</translation>
    </message>
    <message>
        <source>The agenda begins with:</source>
        <translation>Порядок денний починається з:</translation>
    </message>
    <message>
        <source>&amp;Unfinished items of the previous meeting (ticked ones are added):</source>
        <translation>&amp;Незавершені питання попереднього засідання (позначені буде додано):</translation>
    </message>
    <message>
        <source>Unfinished items of the previous meeting</source>
        <translation>Незавершені питання попереднього засідання</translation>
    </message>
    <message>
        <source>&amp;Questions the work plan sets for the quarter (ticked ones are added):</source>
        <translation>П&amp;итання плану роботи на квартал (позначені буде додано):</translation>
    </message>
    <message>
        <source>Questions of the work plan</source>
        <translation>Питання плану роботи</translation>
    </message>
    <message>
        <source>Meeting №%1 of %2, %3.</source>
        <translation>Засідання №%1 %2 року, %3.</translation>
    </message>
    <message>
        <source>no place yet</source>
        <translation>місце ще не вказано</translation>
    </message>
    <message>
        <source>After meeting №%1 of %2: its members present and its signers are carried over.</source>
        <translation>Після засідання №%1 від %2: присутні члени ради й підписанти перенесені з нього.</translation>
    </message>
    <message>
        <source>There is no earlier meeting: the members of the council on that day are listed.</source>
        <translation>Попереднього засідання немає: у списку члени ради на цей день.</translation>
    </message>
    <message>
        <source>The day is ahead: the meeting is planned; «Meeting held» when it has taken place.</source>
        <translation>Цей день ще попереду: засідання буде заплановане; коли воно відбудеться, натисніть «Засідання проведено».</translation>
    </message>
    <message>
        <source>(open assignments with their status: %1)</source>
        <translation>(доручення на контролі зі станом виконання: %1)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
</context>
<context>
    <name>PasteChangesModel</name>
    <message>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Стане</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>порожньо</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <source>Paste into %1</source>
        <translation>Вставлення за %1 рік</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Rows that match no settlement: add them?</source>
        <translation>Рядки, яких немає серед населених пунктів: додати їх?</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>Each row goes to the settlement of its name, whatever its place in the grid; no settlement is renamed. %n figure(s) of %1 will change.</source>
        <translation>
            <numerusform>Кожен рядок потрапляє до населеного пункту з такою самою назвою, хоч би де той був у таблиці; жоден пункт не перейменовується. Зміниться %n значення за %1 рік.</numerusform>
            <numerusform>Кожен рядок потрапляє до населеного пункту з такою самою назвою, хоч би де той був у таблиці; жоден пункт не перейменовується. Зміняться %n значення за %1 рік.</numerusform>
            <numerusform>Кожен рядок потрапляє до населеного пункту з такою самою назвою, хоч би де той був у таблиці; жоден пункт не перейменовується. Зміниться %n значень за %1 рік.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of %1 will change where they were pasted.</source>
        <translation>
            <numerusform>Зміниться %n значення за %1 рік — там, куди його вставлено.</numerusform>
            <numerusform>Зміняться %n значення за %1 рік — там, куди їх вставлено.</numerusform>
            <numerusform>Зміниться %n значень за %1 рік — там, куди їх вставлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted:</source>
        <translation>Не вставлено:</translation>
    </message>
    <message>
        <source>Row %1 is a header, skipped: %2</source>
        <translation>Рядок %1 — заголовок, пропущено: %2</translation>
    </message>
    <message>
        <source>Row %1 is a total, skipped: %2</source>
        <translation>Рядок %1 — підсумок, пропущено: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) below the last settlement are left out.</source>
        <translation>
            <numerusform>%n вставлений рядок нижче останнього населеного пункту не враховано.</numerusform>
            <numerusform>%n вставлені рядки нижче останнього населеного пункту не враховано.</numerusform>
            <numerusform>%n вставлених рядків нижче останнього населеного пункту не враховано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted column(s) beyond Children are left out.</source>
        <translation>
            <numerusform>%n вставлений стовпець праворуч від «Діти» не враховано.</numerusform>
            <numerusform>%n вставлені стовпці праворуч від «Діти» не враховано.</numerusform>
            <numerusform>%n вставлених стовпців праворуч від «Діти» не враховано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Total / men / women / children</source>
        <translation>Усього / чоловіки / жінки / діти</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Тип населеного пункту %1</translation>
    </message>
    <message>
        <source>To rename a settlement instead, type the new name into its name cell or use «Edit settlement…».</source>
        <translation>Щоб натомість перейменувати населений пункт, введіть нову назву в його клітинку назви або скористайтеся «Змінити населений пункт…».</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>без даних</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>row %1; the list has %2, a %3</source>
        <translation>рядок %1; у списку є %2 (%3)</translation>
    </message>
    <message>
        <source>row %1; did you mean %2?</source>
        <translation>рядок %1; можливо, це %2?</translation>
    </message>
</context>
<context>
    <name>PlainTextLimit</name>
    <message>
        <source>At most %1 characters fit here; the rest was not added.</source>
        <translation>Сюди вміщується щонайбільше %1 символів; решту не додано.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>the four policy areas as sections (%1)</source>
        <translation>чотири сфери політики як розділи (%1)</translation>
    </message>
    <message>
        <source>nothing (sections added one by one)</source>
        <translation>порожнього плану (розділи додаються по одному)</translation>
    </message>
    <message>
        <source>a copy of the plan for %1–%2</source>
        <translation>копії плану на %1–%2 роки</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Н&amp;азва:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Ким за&amp;тверджено:</translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation>&amp;Дата рішення:</translation>
    </message>
    <message>
        <source>&amp;Number of the decision:</source>
        <translation>&amp;Номер рішення:</translation>
    </message>
    <message>
        <source>Signed by (&amp;position):</source>
        <translation>Підписує (п&amp;осада):</translation>
    </message>
    <message>
        <source>Signed by (n&amp;ame):</source>
        <translation>Підписує (&amp;ім’я):</translation>
    </message>
    <message>
        <source>&amp;Starts with:</source>
        <translation>По&amp;чати з:</translation>
    </message>
    <message>
        <source>e.g. рішення виконавчого комітету сільської ради</source>
        <translation>наприклад, рішення виконавчого комітету сільської ради</translation>
    </message>
    <message>
        <source>«—»: not approved yet</source>
        <translation>«—»: ще не затверджено</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Відомості про план</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Новий план дій</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>План повинен мати назву.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Disca&amp;rd changes</source>
        <translation>Відкин&amp;ути зміни</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>Відкинути зміни у формі</translation>
    </message>
    <message>
        <source>Save e&amp;xecution report</source>
        <translation>Зб&amp;ерегти звіт про виконання</translation>
    </message>
    <message>
        <source>Save the execution report</source>
        <translation>Зберегти звіт про виконання</translation>
    </message>
    <message>
        <source>Choose a section, a goal or a measure in the list to see and edit it. For a measure, record below what was done in the period chosen above.</source>
        <translation>Виберіть у списку розділ, ціль або захід, щоб переглянути й змінити його. Для заходу нижче можна записати, що зроблено за період, вибраний угорі.</translation>
    </message>
    <message>
        <source>Section «%1»</source>
        <translation>Розділ «%1»</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Ціль %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Захід %1</translation>
    </message>
    <message>
        <source>New measure for goal %1</source>
        <translation>Новий захід до цілі %1</translation>
    </message>
    <message>
        <source>Execution (choose a measure)</source>
        <translation>Виконання (виберіть захід)</translation>
    </message>
    <message>
        <source>Save &amp;the new measure</source>
        <translation>Зберегти нов&amp;ий захід</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Експорт плану дій</translation>
    </message>
    <message>
        <source>Exporting the action plan…</source>
        <translation>Експорт плану дій…</translation>
    </message>
    <message>
        <source>Export the execution report</source>
        <translation>Експорт звіту про виконання</translation>
    </message>
    <message>
        <source>Exporting the execution report…</source>
        <translation>Експорт звіту про виконання…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>План дій</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>П&amp;лан:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Звітний період</translation>
    </message>
    <message>
        <source>The year or quarter whose execution the list shows and the form records</source>
        <translation>Рік або квартал, виконання за який показує список і записує форма</translation>
    </message>
    <message>
        <source>Contents of the p&amp;lan:</source>
        <translation>З&amp;міст плану:</translation>
    </message>
    <message>
        <source>Sections, goals and measures of the plan</source>
        <translation>Розділи, цілі та заходи плану</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>Додати за&amp;хід</translation>
    </message>
    <message>
        <source>Add a measure to the selected goal</source>
        <translation>Додати захід до вибраної цілі</translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation>&amp;Видалити захід</translation>
    </message>
    <message>
        <source>Remove the selected measure and its execution reports (Ctrl+Z brings them back)</source>
        <translation>Видалити вибраний захід і звіти про його виконання (Ctrl+Z поверне їх)</translation>
    </message>
    <message>
        <source>Delete the selected measure</source>
        <translation>Видалити вибраний захід</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Save the action plan as PDF or XLSX</source>
        <translation>Зберегти план дій у PDF або XLSX</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Експорт звіту…</translation>
    </message>
    <message>
        <source>Save the execution report of the selected period as PDF or XLSX</source>
        <translation>Зберегти звіт про виконання за вибраний період у PDF або XLSX</translation>
    </message>
    <message>
        <source>This community file has no action plan yet: «Plan» › «New plan…» creates one, with the four policy areas as its sections or a copy of another plan.</source>
        <translation>У цьому файлі громади ще немає плану дій: «План» › «Новий план…» створює його — з чотирма сферами політики як розділами або як копію іншого плану.</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Execution of measure %1 in %2</source>
        <translation>Виконання заходу %1: %2</translation>
    </message>
    <message>
        <source>Edit section «%1»</source>
        <translation>Зміна розділу «%1»</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Зміна цілі %1</translation>
    </message>
    <message>
        <source>Edit measure %1</source>
        <translation>Зміна заходу %1</translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation>%1: збережено.</translation>
    </message>
    <message>
        <source>Type the measure and save it; it is added at the end of the goal.</source>
        <translation>Введіть захід і збережіть його; його буде додано в кінець цілі.</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>Додавання заходу %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: виконано.</translation>
    </message>
    <message>
        <source>Details of the plan for %1–%2</source>
        <translation>Відомості про план на %1–%2 роки</translation>
    </message>
    <message>
        <source>Delete measure %1</source>
        <translation>Видалення заходу %1</translation>
    </message>
    <message>
        <source>Measure %1 deleted with its execution reports; Ctrl+Z brings it back. The numbers of the other measures are left as they were.</source>
        <translation>Захід %1 видалено разом зі звітами про його виконання; Ctrl+Z поверне його. Номери інших заходів залишено без змін.</translation>
    </message>
    <message>
        <source>Remove the report on measure %1 for %2</source>
        <translation>Видалення звіту про виконання заходу %1 (%2)</translation>
    </message>
    <message>
        <source>Report on measure %1 for %2</source>
        <translation>Звіт про виконання заходу %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanPeriod</name>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1, %2 квартал</translation>
    </message>
</context>
<context>
    <name>PlanStructure</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Create a plan, or change its period and approval</source>
        <translation>Створити план або змінити його період і затвердження</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Новий план…</translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation>&amp;Відомості про план…</translation>
    </message>
    <message>
        <source>Section, goal</source>
        <translation>Розділ, ціль</translation>
    </message>
    <message>
        <source>Add a section to the plan or a goal to a section</source>
        <translation>Додати до плану розділ або до розділу ціль</translation>
    </message>
    <message>
        <source>Add a &amp;section…</source>
        <translation>Додати &amp;розділ…</translation>
    </message>
    <message>
        <source>Add a &amp;goal to the section…</source>
        <translation>Додати &amp;ціль до розділу…</translation>
    </message>
    <message>
        <source>New plan for %1–%2</source>
        <translation>Новий план на %1–%2 роки</translation>
    </message>
    <message>
        <source>%1: done. Add goals to the sections and measures to the goals.</source>
        <translation>%1: готово. Додайте цілі до розділів і заходи до цілей.</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Додати розділ</translation>
    </message>
    <message>
        <source>Policy area (or another title):</source>
        <translation>Сфера політики (або інша назва):</translation>
    </message>
    <message>
        <source>Add section «%1»</source>
        <translation>Додати розділ «%1»</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Додати ціль</translation>
    </message>
    <message>
        <source>Goal %1 (its indicators are typed in the form afterwards):</source>
        <translation>Ціль %1 (її індикатори вводять потім у формі):</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Додати ціль %1</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Section, goal, measure</source>
        <translation>Розділ, ціль, захід</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Status, %1</source>
        <translation>Стан, %1</translation>
    </message>
    <message>
        <source>Goal %1. %2</source>
        <translation>Ціль %1. %2</translation>
    </message>
    <message>
        <source>Not reported for this period</source>
        <translation>За цей період звіту немає</translation>
    </message>
    <message>
        <source>Measures done in this period, of all the measures below</source>
        <translation>Скільки заходів виконано за цей період з усіх заходів нижче</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>виконано %1 з %2</translation>
    </message>
</context>
<context>
    <name>PopulationPage</name>
    <message>
        <source>Settlements and population</source>
        <translation>Населені пункти і населення</translation>
    </message>
    <message>
        <source>&amp;Add settlement…</source>
        <translation>Д&amp;одати населений пункт…</translation>
    </message>
    <message>
        <source>Add a settlement to the community</source>
        <translation>Додати населений пункт до громади</translation>
    </message>
    <message>
        <source>Edi&amp;t settlement…</source>
        <translation>Зм&amp;інити населений пункт…</translation>
    </message>
    <message>
        <source>Name, kind, starosta district, area and distance of the selected settlement</source>
        <translation>Назва, тип, старостинський округ, площа й відстань до центру для вибраного населеного пункту</translation>
    </message>
    <message>
        <source>Edit the selected settlement</source>
        <translation>Змінити вибраний населений пункт</translation>
    </message>
    <message>
        <source>F&amp;ill from previous year</source>
        <translation>&amp;Заповнити з попереднього року</translation>
    </message>
    <message>
        <source>Copy last year&apos;s figures into the empty cells of this year</source>
        <translation>Скопіювати дані попереднього року в порожні клітинки цього року</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>&amp;Показати архівні</translation>
    </message>
    <message>
        <source>Also list settlements that no longer belong to the community (greyed)</source>
        <translation>Показувати також населені пункти, які вже не належать до громади (сірим кольором)</translation>
    </message>
    <message>
        <source>Add a settlement</source>
        <translation>Додати населений пункт</translation>
    </message>
    <message>
        <source>Fill from the previous year</source>
        <translation>Заповнити з попереднього року</translation>
    </message>
    <message>
        <source>Show archived settlements</source>
        <translation>Показати архівні населені пункти</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Population by settlement</source>
        <translation>Населення за населеними пунктами</translation>
    </message>
    <message>
        <source>Type to change a figure; Ctrl+C and Ctrl+V copy and paste blocks as in Excel</source>
        <translation>Введіть число, щоб змінити значення; Ctrl+C і Ctrl+V копіюють і вставляють блоки клітинок, як в Excel</translation>
    </message>
    <message>
        <source>&amp;Population on 1 January %1:</source>
        <translation>Насе&amp;лення станом на 1 січня %1 року:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Насе&amp;лення:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: point at the marked Total cells to read them.</source>
        <translation>
            <numerusform>… і ще %n попередження: наведіть вказівник на позначені клітинки «Усього», щоб їх прочитати.</numerusform>
            <numerusform>… і ще %n попередження: наведіть вказівник на позначені клітинки «Усього», щоб їх прочитати.</numerusform>
            <numerusform>… і ще %n попереджень: наведіть вказівник на позначені клітинки «Усього», щоб їх прочитати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1 — %2</source>
        <translation>Попередження: %1 — %2</translation>
    </message>
    <message>
        <source>No figures for %1 yet: type them, paste them from Excel, or use «Fill from previous year».</source>
        <translation>Даних за %1 рік ще немає: введіть їх, вставте з Excel або натисніть «Заповнити з попереднього року».</translation>
    </message>
    <message>
        <source>No figures for %1 yet: type them or paste them from Excel.</source>
        <translation>Даних за %1 рік ще немає: введіть їх або вставте з Excel.</translation>
    </message>
    <message>
        <source>The total also counts archived settlements that are not shown: %1.</source>
        <translation>До підсумку також включено архівні населені пункти, які не показано: %1.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Restore the selected settlement</source>
        <translation>Відновити вибраний населений пункт</translation>
    </message>
    <message>
        <source>Count the selected settlement again</source>
        <translation>Знову враховувати вибраний населений пункт у складі громади</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>Archive the selected settlement</source>
        <translation>Архівувати вибраний населений пункт</translation>
    </message>
    <message>
        <source>The selected settlement no longer belongs to the community; its past figures are kept</source>
        <translation>Вибраний населений пункт більше не належить до громади; його дані за минулі роки зберігаються</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Зміна даних населеного пункту %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Населений пункт %1 збережено.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додавання населеного пункту %1</translation>
    </message>
    <message>
        <source>%1 added: type its figures in the Total, Men, Women and Children columns.</source>
        <translation>Населений пункт %1 додано: введіть його дані в стовпці «Усього», «Чоловіки», «Жінки» і «Діти».</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Архівування населеного пункту %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Відновлення населеного пункту %1</translation>
    </message>
    <message>
        <source>%1 is archived and no longer shown; tick «Show archived» to see it, or undo (Ctrl+Z).</source>
        <translation>Населений пункт %1 переміщено в архів і більше не показано; щоб побачити його, позначте «Показати архівні» або скасуйте дію (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>Figures of %1 copied into the empty cells of %n settlement(s) for %2; check and correct them.</source>
        <translation>
            <numerusform>Дані за %1 рік скопійовано в порожні клітинки %2 року для %n населеного пункту; перевірте й виправте їх.</numerusform>
            <numerusform>Дані за %1 рік скопійовано в порожні клітинки %2 року для %n населених пунктів; перевірте й виправте їх.</numerusform>
            <numerusform>Дані за %1 рік скопійовано в порожні клітинки %2 року для %n населених пунктів; перевірте й виправте їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fill: every settlement already has its figures for %1.</source>
        <translation>Немає чого заповнювати: для всіх населених пунктів уже є дані за %1 рік.</translation>
    </message>
</context>
<context>
    <name>PopulationTable</name>
    <message>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Чоловіки</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жінки</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>«%1»: a number of people cannot be negative</source>
        <translation>«%1»: кількість людей не може бути від’ємною</translation>
    </message>
    <message>
        <source>«%1» is not a whole number (type digits only, e.g. 1762)</source>
        <translation>«%1» — не ціле число (вводьте лише цифри, наприклад 1762)</translation>
    </message>
    <message>
        <source>Paste rows: name, [kind], total, men, women, children; a header row is skipped.</source>
        <translation>Вставте рядки: назва, [тип], усього, чоловіки, жінки, діти; рядок заголовка пропускається.</translation>
    </message>
    <message>
        <source>Rows %1: «%2» is there more than once; none of these rows is pasted.</source>
        <translation>Рядки %1: «%2» трапляється кілька разів; жоден із цих рядків не вставлено.</translation>
    </message>
    <message>
        <source>Row %1: «%2» could be %3; add the kind column (село, селище or місто) to tell them apart.</source>
        <translation>Рядок %1: «%2» може бути %3; додайте стовпець типу (село, селище чи місто), щоб їх розрізнити.</translation>
    </message>
    <message>
        <source>Row %1: «%2» is not a kind of settlement (місто, селище or село).</source>
        <translation>Рядок %1: «%2» — не тип населеного пункту (місто, селище чи село).</translation>
    </message>
    <message>
        <source>Row %1: «%2» is a number where the settlement&apos;s name goes. %3</source>
        <translation>Рядок %1: «%2» — число там, де має бути назва населеного пункту. %3</translation>
    </message>
    <message>
        <source>Row %1: no settlement&apos;s name before «%2». %3</source>
        <translation>Рядок %1: перед «%2» немає назви населеного пункту. %3</translation>
    </message>
    <message>
        <source>Copy the settlements&apos; names with the figures to their right (total, then men, women, children if you have them); a kind column, a header row and a column of row numbers may come along, they are understood.</source>
        <translation>Скопіюйте назви населених пунктів разом із числами праворуч від них (усього, далі чоловіки, жінки, діти, якщо є); стовпець типу, рядок заголовків і стовпець номерів рядків можна копіювати теж — програма їх розпізнає.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3.</source>
        <translation>Рядок %1, %2: %3.</translation>
    </message>
    <message>
        <source>«%1» is larger than %2, the largest number allowed</source>
        <translation>«%1» більше за %2 — найбільше допустиме число</translation>
    </message>
    <message>
        <source>«%1» is not a kind of settlement (місто, селище or село)</source>
        <translation>«%1» — не тип населеного пункту (місто, селище або село)</translation>
    </message>
    <message>
        <source>the name of a settlement cannot be empty</source>
        <translation>назва населеного пункту не може бути порожньою</translation>
    </message>
</context>
<context>
    <name>PopulationTableModel</name>
    <message>
        <source>Includes archived settlements that are not shown: %1</source>
        <translation>Включає архівні населені пункти, які не показано: %1</translation>
    </message>
    <message>
        <source>Administrative centre</source>
        <translation>Адміністративний центр</translation>
    </message>
    <message>
        <source>Archived: not counted as part of the community any more</source>
        <translation>В архіві: більше не враховується у складі громади</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Population on 1 January of the year</source>
        <translation>Населення станом на 1 січня року</translation>
    </message>
    <message>
        <source>Children under 18</source>
        <translation>Діти віком до 18 років</translation>
    </message>
    <message numerus="yes">
        <source>Paste figures of %n settlement(s)</source>
        <translation>
            <numerusform>Вставлення даних %n населеного пункту</numerusform>
            <numerusform>Вставлення даних %n населених пунктів</numerusform>
            <numerusform>Вставлення даних %n населених пунктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Вставлення %n клітинки</numerusform>
            <numerusform>Вставлення %n клітинок</numerusform>
            <numerusform>Вставлення %n клітинок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n cells</source>
        <translation>
            <numerusform>Зміна %n клітинки</numerusform>
            <numerusform>Зміна %n клітинок</numerusform>
            <numerusform>Зміна %n клітинок</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — %1, %2: %3.</source>
        <translation>Не збережено — %1, %2: %3.</translation>
    </message>
    <message>
        <source>enter the total first; men, women and children are kept only with a total</source>
        <translation>спочатку введіть значення «Усього»: дані про чоловіків, жінок і дітей зберігаються лише разом із ним</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Перейменування: %1</translation>
    </message>
    <message>
        <source>Change the kind of %1</source>
        <translation>Зміна типу: %1</translation>
    </message>
    <message>
        <source>Change %1 of %2, %3</source>
        <translation>Зміна значення «%1»: %2, %3</translation>
    </message>
    <message>
        <source>Fill %1 from %2</source>
        <translation>Заповнення %1 року даними %2 року</translation>
    </message>
</context>
<context>
    <name>PopulationView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <source>C&amp;lear figures</source>
        <translation>&amp;Очистити значення</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>У буфері обміну немає тексту для вставлення.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Вставлення %n клітинки</numerusform>
            <numerusform>Вставлення %n клітинок</numerusform>
            <numerusform>Вставлення %n клітинок</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a settlement&apos;s cell to paste into: the Total row is calculated.</source>
        <translation>Виберіть клітинку населеного пункту, куди вставити дані: рядок «Усього» розраховується автоматично.</translation>
    </message>
    <message>
        <source>Nothing to change: the grid already holds these figures.</source>
        <translation>Змінювати нічого: у таблиці вже ці дані.</translation>
    </message>
    <message>
        <source>Pasting does not change a settlement&apos;s name or kind: type it into the cell, or use «Edit settlement…».</source>
        <translation>Вставлення не змінює назву чи тип населеного пункту: введіть їх у клітинку або скористайтеся «Змінити населений пункт…».</translation>
    </message>
    <message numerus="yes">
        <source>Figures pasted by name into %n settlement(s).</source>
        <translation>
            <numerusform>Дані вставлено за назвами в %n населений пункт.</numerusform>
            <numerusform>Дані вставлено за назвами в %n населені пункти.</numerusform>
            <numerusform>Дані вставлено за назвами в %n населених пунктів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) added.</source>
        <translation>
            <numerusform>Додано %n населений пункт.</numerusform>
            <numerusform>Додано %n населені пункти.</numerusform>
            <numerusform>Додано %n населених пунктів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) below the last settlement were ignored.</source>
        <translation>
            <numerusform>%n вставлений рядок нижче останнього населеного пункту пропущено.</numerusform>
            <numerusform>%n вставлені рядки нижче останнього населеного пункту пропущено.</numerusform>
            <numerusform>%n вставлених рядків нижче останнього населеного пункту пропущено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted column(s) beyond Children were ignored.</source>
        <translation>
            <numerusform>%n вставлений стовпець праворуч від стовпця «Діти» пропущено.</numerusform>
            <numerusform>%n вставлені стовпці праворуч від стовпця «Діти» пропущено.</numerusform>
            <numerusform>%n вставлених стовпців праворуч від стовпця «Діти» пропущено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cells</source>
        <translation>
            <numerusform>Очищення %n клітинки</numerusform>
            <numerusform>Очищення %n клітинок</numerusform>
            <numerusform>Очищення %n клітинок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolControls</name>
    <message>
        <source>Meeting &amp;held</source>
        <translation>Засідання п&amp;роведено</translation>
    </message>
    <message>
        <source>The planned meeting has taken place: write its protocol (it becomes a draft)</source>
        <translation>Заплановане засідання відбулося: складіть його протокол (він стане чернеткою)</translation>
    </message>
    <message>
        <source>Finalise the p&amp;rotocol…</source>
        <translation>&amp;Остаточно оформити…</translation>
    </message>
    <message>
        <source>Freeze the protocol as the record of the meeting, with its attached calculations</source>
        <translation>Зафіксувати протокол як офіційний запис засідання разом із долученими розрахунками</translation>
    </message>
    <message>
        <source>&amp;Reopen for editing…</source>
        <translation>Відкрити д&amp;ля змін…</translation>
    </message>
    <message>
        <source>Make the finalised protocol editable again</source>
        <translation>Знову дозволити змінювати остаточно оформлений протокол</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export DOC&amp;X…</source>
        <translation>&amp;Word…</translation>
    </message>
    <message>
        <source>Save the protocol as a PDF document, ready to print</source>
        <translation>Зберегти протокол як документ PDF, готовий до друку</translation>
    </message>
    <message>
        <source>Save the protocol as a Word document</source>
        <translation>Зберегти протокол як документ Word</translation>
    </message>
    <message>
        <source>Other do&amp;cuments</source>
        <translation>Ін&amp;ші документи</translation>
    </message>
    <message>
        <source>An extract of one agenda item from the protocol, or the notice of the meeting for the members</source>
        <translation>Витяг з протоколу щодо одного питання порядку денного або повідомлення про засідання для членів ради</translation>
    </message>
    <message>
        <source>State of the protocol</source>
        <translation>Стан протоколу</translation>
    </message>
    <message>
        <source>Finalised on %1 — read-only. The protocol stays as it was finalised, whatever figures change later; «Reopen for editing…» to change it.</source>
        <translation>Остаточно оформлено %1 — лише для читання. Протокол залишається таким, яким його оформили, хоч би як згодом змінилися дані; щоб його змінити, натисніть «Відкрити для змін…».</translation>
    </message>
    <message>
        <source>The file is open read-only: the meeting cannot be changed.</source>
        <translation>Файл відкрито лише для читання: засідання змінити не можна.</translation>
    </message>
    <message>
        <source>Hold meeting №%1</source>
        <translation>Проведення засідання №%1</translation>
    </message>
    <message>
        <source>Meeting №%1 took place: write its protocol (attendance, texts, vote), then finalise it.</source>
        <translation>Засідання №%1 відбулося: складіть протокол (присутні, тексти, голосування), потім остаточно оформіть його.</translation>
    </message>
    <message>
        <source>Finalise the protocol of meeting №%1?</source>
        <translation>Остаточно оформити протокол засідання №%1?</translation>
    </message>
    <message>
        <source>The protocol becomes the record of the meeting: its content and the attached needs calculations are frozen as they are now, and later corrections of the figures do not change it. It will be read-only until it is reopened.</source>
        <translation>Протокол стане офіційним записом засідання: його зміст і долучені розрахунки потреб буде зафіксовано в теперішньому вигляді, і подальші виправлення даних його не змінять. Протокол буде доступний лише для читання, доки його знову не відкриють для змін.</translation>
    </message>
    <message>
        <source>The unsaved changes are saved first.</source>
        <translation>Спочатку буде збережено незбережені зміни.</translation>
    </message>
    <message>
        <source>Finalise the protocol №%1</source>
        <translation>Остаточне оформлення протоколу №%1</translation>
    </message>
    <message>
        <source>The protocol of meeting №%1 is finalised.</source>
        <translation>Протокол засідання №%1 остаточно оформлено.</translation>
    </message>
    <message>
        <source>Reopen the protocol of meeting №%1 for editing?</source>
        <translation>Відкрити протокол засідання №%1 для змін?</translation>
    </message>
    <message>
        <source>The frozen protocol is discarded. When it is finalised again, it is rebuilt from the records and figures as they are then: the attached calculations may come out different from those it shows now.</source>
        <translation>Зафіксований протокол буде відкинуто. Коли його знову остаточно оформлять, його буде складено заново із записів і даних, чинних на той момент: долучені розрахунки можуть відрізнятися від тих, що в ньому зараз.</translation>
    </message>
    <message>
        <source>Reopen the protocol №%1</source>
        <translation>Відкриття протоколу №%1 для змін</translation>
    </message>
    <message>
        <source>Meeting №%1 can be edited again.</source>
        <translation>Засідання №%1 знову можна змінювати.</translation>
    </message>
    <message>
        <source>Exporting the protocol to %1…</source>
        <translation>Експорт протоколу у файл %1…</translation>
    </message>
    <message>
        <source>Item %1 says «%2», but the calculation of %3 finds a need: %4 — %5 needed, %6 existing.</source>
        <translation>У питанні %1 сказано «%2», але розрахунок за %3 рік показує потребу: %4 — потрібно %5, наявно %6.</translation>
    </message>
    <message>
        <source>Check the decision:</source>
        <translation>Перевірте рішення:</translation>
    </message>
    <message>
        <source>Extract from the protocol: item %1. %2</source>
        <translation>Витяг з протоколу: питання %1. %2</translation>
    </message>
    <message>
        <source>Notice of the meeting</source>
        <translation>Повідомлення про засідання</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Export the protocol</source>
        <translation>Експорт протоколу</translation>
    </message>
    <message>
        <source>Exporting the protocol…</source>
        <translation>Експорт протоколу…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Зберегти документ</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Збереження документа…</translation>
    </message>
    <message>
        <source>The protocol was saved to %1.</source>
        <translation>Протокол збережено у файл %1.</translation>
    </message>
    <message>
        <source>The document was saved to %1.</source>
        <translation>Документ збережено: %1.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question of the work plan</source>
        <translation>Питання плану роботи</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>e.g. Про стан запобігання домашньому насильству за 9 місяців</source>
        <translation>напр., Про стан запобігання домашньому насильству за 9 місяців</translation>
    </message>
    <message>
        <source>&amp;Prepares it:</source>
        <translation>&amp;Готує:</translation>
    </message>
    <message>
        <source>e.g. Служба у справах дітей</source>
        <translation>напр., Служба у справах дітей</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Напишіть питання.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Prepares it</source>
        <translation>Готує</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Засідання</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>This file is open read-only: changes to it cannot be saved. To work on it, save a copy where you can write, and edit the copy.</source>
        <translation>Файл відкрито лише для читання: зміни до нього не можна зберегти. Щоб працювати з ним, збережіть копію там, куди можна писати, і редагуйте копію.</translation>
    </message>
    <message>
        <source>Save a copy and edit it…</source>
        <translation>Зберегти копі&amp;ю й редагувати її…</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Oblast and rayon</source>
        <translation>Область і район</translation>
    </message>
    <message>
        <source>Where the community is. Both may be filled in later.</source>
        <translation>Де розташована громада. Обидва поля можна заповнити пізніше.</translation>
    </message>
    <message>
        <source>e.g. Полтавська</source>
        <translation>наприклад, Полтавська</translation>
    </message>
    <message>
        <source>e.g. Полтавський</source>
        <translation>наприклад, Полтавський</translation>
    </message>
    <message>
        <source>&amp;Oblast:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;Rayon:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>Without the words «oblast» and «rayon»: documents add them.</source>
        <translation>Без слів «область» і «район»: їх буде додано в документах.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>not reported</source>
        <translation>звіту немає</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Що зроблено:</translation>
    </message>
    <message>
        <source>Mone&amp;y spent, UAH:</source>
        <translation>Витрачено коштів, &amp;грн:</translation>
    </message>
    <message>
        <source>Status of the measure in the period</source>
        <translation>Стан виконання заходу за період</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Що зроблено</translation>
    </message>
    <message>
        <source>Money spent, in hryvnias</source>
        <translation>Витрачено коштів, у гривнях</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <source>In hryvnias, with a decimal comma, e.g. 1 500,50; leave it empty if nothing was spent or the sum is not known</source>
        <translation>У гривнях, з десятковою комою, наприклад 1 500,50; залиште порожнім, якщо нічого не витрачено або сума невідома</translation>
    </message>
    <message>
        <source>The money spent cannot be negative («%1»).</source>
        <translation>Сума витрачених коштів не може бути від’ємною («%1»).</translation>
    </message>
    <message>
        <source>«%1» is not a sum of money: write it in hryvnias with a decimal comma, e.g. 1 500,50 (at most %2).</source>
        <translation>«%1» — не грошова сума: запишіть її в гривнях із десятковою комою, наприклад 1 500,50 (не більше за %2).</translation>
    </message>
    <message>
        <source>«%1» has more than two decimals: a sum is written in hryvnias and kopecks, e.g. 1 500,50.</source>
        <translation>«%1» має більше двох знаків після коми: суму записують у гривнях і копійках, наприклад 1 500,50.</translation>
    </message>
    <message>
        <source>Choose a status to save what was done and the money spent.</source>
        <translation>Щоб зберегти, що зроблено і скільки витрачено коштів, виберіть стан.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Where to save</source>
        <translation>Де зберегти файл</translation>
    </message>
    <message>
        <source>All the community&apos;s records are kept in this one file. You can copy it to a USB stick or open it on another computer.</source>
        <translation>Усі записи громади зберігаються в цьому одному файлі. Його можна скопіювати на флешку або відкрити на іншому комп’ютері.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>The new community</source>
        <translation>Нова громада</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Settlements: %1; administrative centre: %2.</source>
        <translation>Населених пунктів: %1; адміністративний центр: %2.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>Codifier code: %1 (%2).</source>
        <translation>Код у кодифікаторі: %1 (%2).</translation>
    </message>
    <message>
        <source>Not linked to the codifier: typed by hand.</source>
        <translation>Не пов’язано з кодифікатором: введено вручну.</translation>
    </message>
    <message>
        <source>Save the new community file</source>
        <translation>Зберегти новий файл громади</translation>
    </message>
    <message>
        <source>Community files (*.hromada)</source>
        <translation>Файли громади (*.hromada)</translation>
    </message>
    <message>
        <source>To finish, choose where to save the file.</source>
        <translation>Щоб завершити, виберіть, де зберегти файл.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не існує.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Файл %1 уже існує; виберіть іншу назву.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>Н&amp;азва:</translation>
    </message>
    <message>
        <source>Des&amp;ired state:</source>
        <translation>&amp;Бажаний стан:</translation>
    </message>
    <message>
        <source>Title of the section</source>
        <translation>Назва розділу</translation>
    </message>
    <message>
        <source>Statement of the desired state</source>
        <translation>Опис бажаного стану</translation>
    </message>
    <message>
        <source>What the community wants to reach in this policy area</source>
        <translation>Чого громада прагне досягти в цій сфері політики</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Наявно</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Інтерфейс</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Font of PDF documents</source>
        <translation>Шрифт документів PDF</translation>
    </message>
    <message>
        <source>&amp;Automatic: Times New Roman, Liberation Serif or DejaVu Serif</source>
        <translation>&amp;Автоматично: Times New Roman, Liberation Serif або DejaVu Serif</translation>
    </message>
    <message>
        <source>The first of these fonts found on this computer</source>
        <translation>Перший із цих шрифтів, знайдений на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Font f&amp;ile:</source>
        <translation>&amp;Файл шрифту:</translation>
    </message>
    <message>
        <source>Font file</source>
        <translation>Файл шрифту</translation>
    </message>
    <message>
        <source>a .ttf or .otf file</source>
        <translation>файл .ttf або .otf</translation>
    </message>
    <message>
        <source>&amp;Choose a font…</source>
        <translation>Вибрати &amp;шрифт…</translation>
    </message>
    <message>
        <source>Choose a font file</source>
        <translation>Вибрати файл шрифту</translation>
    </message>
    <message>
        <source>Protocols and plans are set in a serif font with Ukrainian letters (ДСТУ 4163: Times New Roman or one of the same size).</source>
        <translation>Протоколи й плани набирають шрифтом із засічками, що має українські літери (ДСТУ&#xa0;4163: Times New Roman або шрифт таких самих розмірів).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Тека резервних копій:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека резервних копій</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>за замовчуванням: %1</translation>
    </message>
    <message>
        <source>Leave it empty for the default folder, %1</source>
        <translation>Залиште порожнім, щоб використовувати теку за замовчуванням: %1</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder…</source>
        <translation>&amp;Вибрати теку…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Вибрати теку резервних копій</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>&amp;За замовчуванням</translation>
    </message>
    <message>
        <source>Back up into %1</source>
        <translation>Створювати резервні копії в теці %1</translation>
    </message>
    <message>
        <source>Backups to &amp;keep of each community:</source>
        <translation>&amp;Скільки копій кожної громади зберігати:</translation>
    </message>
    <message>
        <source>Number of backups kept of each file</source>
        <translation>Скільки резервних копій кожного файлу зберігати</translation>
    </message>
    <message>
        <source>A backup is made when a file is closed after changes; beyond this number the oldest backups of that file are removed.</source>
        <translation>Резервна копія створюється, коли файл закривають після змін; якщо копій стає більше за це число, найстаріші копії цього файлу видаляються.</translation>
    </message>
    <message>
        <source>Choose the font of documents</source>
        <translation>Вибір шрифту документів</translation>
    </message>
    <message>
        <source>Fonts (*.ttf *.otf)</source>
        <translation>Шрифти (*.ttf *.otf)</translation>
    </message>
    <message>
        <source>Choose a font file, or the automatic font.</source>
        <translation>Виберіть файл шрифту або автоматичний шрифт.</translation>
    </message>
    <message>
        <source>«%1» is not a font file: choose a .ttf or .otf file that exists.</source>
        <translation>«%1» — не файл шрифту: виберіть наявний файл .ttf або .otf.</translation>
    </message>
    <message>
        <source>«%1» is not a full path: choose the folder with «Choose a folder…».</source>
        <translation>«%1» — не повний шлях: виберіть теку кнопкою «Вибрати теку…».</translation>
    </message>
    <message>
        <source>«%1» is a file, not a folder.</source>
        <translation>«%1» — це файл, а не тека.</translation>
    </message>
</context>
<context>
    <name>SettlementKind</name>
    <message>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>селище</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
</context>
<context>
    <name>SettlementListModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Administrative centre</source>
        <translation>Адміністративний центр</translation>
    </message>
    <message>
        <source>Codifier code</source>
        <translation>Код КАТОТТГ</translation>
    </message>
    <message>
        <source>not in the codifier</source>
        <translation>немає в кодифікаторі</translation>
    </message>
</context>
<context>
    <name>SettlementsPage</name>
    <message>
        <source>Settlements</source>
        <translation>Населені пункти</translation>
    </message>
    <message>
        <source>Add every settlement of the community and tick its administrative centre. More details (area, starosta district) can be filled in later.</source>
        <translation>Додайте всі населені пункти громади й позначте адміністративний центр. Інші відомості (площу, старостинський округ) можна заповнити пізніше.</translation>
    </message>
    <message>
        <source>e.g. Коржиха</source>
        <translation>наприклад, Коржиха</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Д&amp;одати</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Н&amp;азва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Settlements of the community</source>
        <translation>Населені пункти громади</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>«%1» is already in the list.</source>
        <translation>«%1» уже є в списку.</translation>
    </message>
    <message>
        <source>The name of a settlement cannot be empty.</source>
        <translation>Назва населеного пункту не може бути порожньою.</translation>
    </message>
    <message>
        <source>Type the name of the settlement first.</source>
        <translation>Спочатку введіть назву населеного пункту.</translation>
    </message>
    <message>
        <source>To continue, add at least one settlement.</source>
        <translation>Щоб продовжити, додайте хоча б один населений пункт.</translation>
    </message>
    <message>
        <source>No administrative centre is ticked.</source>
        <translation>Адміністративний центр не позначено.</translation>
    </message>
    <message>
        <source>Settlements in the list: %1.</source>
        <translation>Населених пунктів у списку: %1.</translation>
    </message>
    <message>
        <source>Names, kinds and codes are from %1: check them; a settlement added by hand is marked as not in the codifier.</source>
        <translation>Назви, типи й коди — з %1: перевірте їх; доданий вручну населений пункт позначено як відсутній у кодифікаторі.</translation>
    </message>
</context>
<context>
    <name>SignersEditor</name>
    <message>
        <source>Chair and secretary</source>
        <translation>Голова і секретар</translation>
    </message>
    <message>
        <source>The council&apos;s chair and secretary on the date of the meeting sign</source>
        <translation>Підписують голова і секретар ради на дату засідання</translation>
    </message>
    <message>
        <source>Add a signer</source>
        <translation>Додати підписанта</translation>
    </message>
    <message>
        <source>Nobody signs yet: the protocol has no signature lines. Choose «Chair and secretary» once they are entered on the «Council members» page.</source>
        <translation>Ще ніхто не підписує: у протоколі немає рядків для підписів. Натисніть «Голова і секретар», щойно їх буде введено на сторінці «Члени ради».</translation>
    </message>
    <message>
        <source>role, e.g. Голова координаційної ради</source>
        <translation>роль, наприклад Голова координаційної ради</translation>
    </message>
    <message>
        <source>Member who signs</source>
        <translation>Член ради, який підписує</translation>
    </message>
    <message>
        <source>Remove this signature line</source>
        <translation>Вилучити цей рядок підпису</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>Доповідач</translation>
    </message>
    <message>
        <source>Role, as the agenda prints it</source>
        <translation>Роль, як у порядку денному</translation>
    </message>
</context>
<context>
    <name>StatisticsActions</name>
    <message>
        <source>Export &amp;statistics to Excel…</source>
        <translation>&amp;Експорт статистики в Excel…</translation>
    </message>
    <message>
        <source>Make a fill-in &amp;template…</source>
        <translation>Створити &amp;шаблон для заповнення…</translation>
    </message>
    <message>
        <source>&amp;Import a filled template…</source>
        <translation>&amp;Імпорт заповненого шаблону…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics to Excel</source>
        <translation>Експорт статистики в Excel</translation>
    </message>
    <message>
        <source>Exporting statistics…</source>
        <translation>Експорт статистики…</translation>
    </message>
    <message>
        <source>Statistics saved: %1</source>
        <translation>Статистику збережено: %1</translation>
    </message>
    <message>
        <source>Make a fill-in template</source>
        <translation>Шаблон для заповнення</translation>
    </message>
    <message>
        <source>The year the figures are for:</source>
        <translation>Рік, за який збирають дані:</translation>
    </message>
    <message>
        <source>Making the template…</source>
        <translation>Створення шаблону…</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Шаблон збережено: %1</translation>
    </message>
    <message>
        <source>Import a filled template</source>
        <translation>Імпорт заповненого шаблону</translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation>Читання шаблону…</translation>
    </message>
    <message>
        <source>All figures for %1 in «%2» are the same as in the file: there is nothing to change.</source>
        <translation>Усі дані за %1 у «%2» такі самі, як у файлі громади: змінювати нічого.</translation>
    </message>
    <message>
        <source>import of «%1»</source>
        <translation>імпорт «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for %1 imported from «%2».</source>
        <translation>
            <numerusform>Імпортовано %n зміну за %1 з «%2».</numerusform>
            <numerusform>Імпортовано %n зміни за %1 з «%2».</numerusform>
            <numerusform>Імпортовано %n змін за %1 з «%2».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of the assignment</source>
        <translation>Стан виконання доручення</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Дата зміни стану</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>e.g. the report was heard at the meeting</source>
        <translation>напр., звіт заслухано на засіданні</translation>
    </message>
    <message>
        <source>The status is kept beside the protocol: a finalised protocol stays as it was signed.</source>
        <translation>Стан зберігається окремо від протоколу: затверджений протокол лишається таким, як його підписали.</translation>
    </message>
    <message>
        <source>The day of the change (%1) is before the meeting that gave the assignment (%2).</source>
        <translation>Дата зміни стану (%1) раніше за дату засідання, на якому дано доручення (%2).</translation>
    </message>
    <message>
        <source>%1
Responsible: %2. Deadline: %3. Given at meeting %4, item %5.</source>
        <translation>%1
Відповідальний: %2. Термін: %3. Дано на засіданні %4, питання %5.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No community file is open</source>
        <translation>Файл громади не відкрито</translation>
    </message>
    <message>
        <source>All records of one community — settlements and population, yearly figures, the council, its meetings and the action plan — are kept in one file with the .hromada extension. Create a new file for your community, open an existing one (for example from a USB stick), or look around in the demo community.</source>
        <translation>Усі записи однієї громади — населені пункти й населення, щорічні показники, координаційна рада, її засідання та план дій — зберігаються в одному файлі з розширенням .hromada. Створіть новий файл для своєї громади, відкрийте наявний (наприклад, із флешки) або ознайомтеся з демонстраційною громадою.</translation>
    </message>
    <message>
        <source>&amp;New community file…</source>
        <translation>&amp;Створити файл громади…</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Відкрити файл…</translation>
    </message>
    <message>
        <source>Open the &amp;demo community</source>
        <translation>Відкрити де&amp;монстраційну громаду</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>&amp;Останні файли:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Останні файли</translation>
    </message>
</context>
<context>
    <name>WorkPlanListDialog</name>
    <message>
        <source>Paste into the work plan for %1</source>
        <translation>Вставлення в план роботи на %1 рік</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to the plan.</source>
        <translation>
            <numerusform>До плану буде додано %n питання.</numerusform>
            <numerusform>До плану буде додано %n питання.</numerusform>
            <numerusform>До плану буде додано %n питань.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text has no question with its quarter: nothing to add.</source>
        <translation>У вставленому тексті немає питання з кварталом: додавати нічого.</translation>
    </message>
    <message>
        <source>Questions to add</source>
        <translation>Питання, які буде додано</translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s)</source>
        <translation>
            <numerusform>Додати %n питання</numerusform>
            <numerusform>Додати %n питання</numerusform>
            <numerusform>Додати %n питань</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>line %1: «%2» — no quarter: give one in its term («ІІ квартал», «березень») or under a quarter&apos;s heading</source>
        <translation>рядок %1: «%2» — немає кварталу: вкажіть його в терміні («ІІ квартал», «березень») або заголовком кварталу над питаннями</translation>
    </message>
    <message>
        <source>line %1: «%2» — %3</source>
        <translation>рядок %1: «%2» — %3</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Не додано:</translation>
    </message>
    <message>
        <source>Line %1 is a heading, left out: «%2»</source>
        <translation>Рядок %1 — заголовок, пропущено: «%2»</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Council&apos;s work plan</source>
        <translation>План роботи ради</translation>
    </message>
    <message>
        <source>Year of the work plan</source>
        <translation>Рік плану роботи</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Н&amp;овий план…</translation>
    </message>
    <message>
        <source>A work plan for another year</source>
        <translation>План роботи на інший рік</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>В&amp;идалити…</translation>
    </message>
    <message>
        <source>Delete the work plan shown</source>
        <translation>Видалити показаний план роботи</translation>
    </message>
    <message>
        <source>Adopt a&amp;t a meeting…</source>
        <translation>&amp;Затвердити на засіданні…</translation>
    </message>
    <message>
        <source>The plan is adopted at a meeting: its agenda gets «Про затвердження плану роботи координаційної ради на … рік»</source>
        <translation>План затверджують на засіданні: до його порядку денного додається «Про затвердження плану роботи координаційної ради на … рік»</translation>
    </message>
    <message>
        <source>&amp;Questions by quarter:</source>
        <translation>Питання по к&amp;варталах:</translation>
    </message>
    <message>
        <source>Questions of the work plan</source>
        <translation>Питання плану роботи</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>Дода&amp;ти питання…</translation>
    </message>
    <message>
        <source>&amp;Work plan for:</source>
        <translation>&amp;План роботи на:</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>Вст&amp;авити…</translation>
    </message>
    <message>
        <source>Add the questions of a work plan copied in Word or Excel: a table «Питання | Відповідальні | Термін», or questions under «І квартал» headings; Ctrl+V on the list does the same</source>
        <translation>Додати питання плану роботи, скопійованого у Word чи Excel: таблиця «Питання | Відповідальні | Термін» або питання під заголовками «І квартал»; те саме робить Ctrl+V у списку</translation>
    </message>
    <message>
        <source>Paste questions into the work plan</source>
        <translation>Вставити питання в план роботи</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <source>Change the selected question</source>
        <translation>Змінити вибране питання</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ви&amp;лучити</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Вилучити вибране питання</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation>Перемістити вибране питання вище</translation>
    </message>
    <message>
        <source>Earlier within its quarter (the plan lists it so)</source>
        <translation>Раніше в межах кварталу (так його й подано в плані)</translation>
    </message>
    <message>
        <source>D&amp;own</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation>Перемістити вибране питання нижче</translation>
    </message>
    <message>
        <source>Later within its quarter (the plan lists it so)</source>
        <translation>Пізніше в межах кварталу (так його й подано в плані)</translation>
    </message>
    <message>
        <source>Into a meet&amp;ing&apos;s agenda…</source>
        <translation>До порядк&amp;у денного засідання…</translation>
    </message>
    <message>
        <source>The selected question becomes an agenda item of a planned meeting or a draft</source>
        <translation>Вибране питання стає пунктом порядку денного запланованого засідання або чернетки</translation>
    </message>
    <message>
        <source>No work plan yet: «New plan…» makes one for a year, then add its questions.</source>
        <translation>Плану роботи ще немає: «Новий план…» створює його на рік, потім додайте питання.</translation>
    </message>
    <message>
        <source>Adopted at meeting №%1 of %2.</source>
        <translation>Затверджено на засіданні №%1 від %2.</translation>
    </message>
    <message>
        <source>Not adopted yet.</source>
        <translation>Ще не затверджено.</translation>
    </message>
    <message>
        <source>New work plan</source>
        <translation>Новий план роботи</translation>
    </message>
    <message>
        <source>The year of the work plan:</source>
        <translation>Рік плану роботи:</translation>
    </message>
    <message>
        <source>There is already a work plan for %1: add its questions.</source>
        <translation>План роботи на %1 рік уже є: доповніть його питання.</translation>
    </message>
    <message>
        <source>New work plan for %1</source>
        <translation>Новий план роботи на %1 рік</translation>
    </message>
    <message>
        <source>Delete the work plan for %1 with its questions? Edit ▸ Undo brings it back.</source>
        <translation>Видалити план роботи на %1 рік з його питаннями? Редагування ▸ Скасувати поверне його.</translation>
    </message>
    <message>
        <source>Delete the work plan for %1</source>
        <translation>Видалення плану роботи на %1 рік</translation>
    </message>
    <message>
        <source>There is no planned meeting or draft: make one on the «Meetings» page.</source>
        <translation>Немає запланованого засідання чи чернетки: створіть засідання на сторінці «Засідання».</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Засідання:</translation>
    </message>
    <message>
        <source>Adopt the work plan at a meeting</source>
        <translation>Затвердження плану роботи на засіданні</translation>
    </message>
    <message>
        <source>Adopt the work plan for %1</source>
        <translation>Затвердження плану роботи на %1 рік</translation>
    </message>
    <message>
        <source>The work plan is adopted at meeting №%1: its agenda has the item.</source>
        <translation>План роботи затверджено на засіданні №%1: пункт додано до порядку денного.</translation>
    </message>
    <message>
        <source>Add a question to the work plan</source>
        <translation>Додавання питання до плану роботи</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the work plan&apos;s table or its questions in Word or Excel, then press «Paste…» again.</source>
        <translation>У буфері обміну немає тексту. Скопіюйте таблицю плану роботи або його питання у Word чи Excel і знову натисніть «Вставити…».</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n question(s) into the work plan</source>
        <translation>
            <numerusform>Вставити %n питання в план роботи</numerusform>
            <numerusform>Вставити %n питання в план роботи</numerusform>
            <numerusform>Вставити %n питань у план роботи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added to the plan. Undo (Ctrl+Z) removes them all.</source>
        <translation>
            <numerusform>До плану додано %n питання. Скасування (Ctrl+Z) прибере їх усі.</numerusform>
            <numerusform>До плану додано %n питання. Скасування (Ctrl+Z) прибере їх усі.</numerusform>
            <numerusform>До плану додано %n питань. Скасування (Ctrl+Z) прибере їх усі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a question of the work plan</source>
        <translation>Зміна питання плану роботи</translation>
    </message>
    <message>
        <source>Remove a question of the work plan</source>
        <translation>Вилучення питання з плану роботи</translation>
    </message>
    <message>
        <source>Move a question of the work plan</source>
        <translation>Перемістити питання плану роботи</translation>
    </message>
    <message>
        <source>Into a meeting&apos;s agenda</source>
        <translation>До порядку денного засідання</translation>
    </message>
    <message>
        <source>Question into meeting №%1</source>
        <translation>Питання до засідання №%1</translation>
    </message>
    <message>
        <source>The question is an agenda item of meeting №%1 now.</source>
        <translation>Питання стало пунктом порядку денного засідання №%1.</translation>
    </message>
</context>
<context>
    <name>YearSelector</name>
    <message>
        <source>&amp;Year:</source>
        <translation>Рі&amp;к:</translation>
    </message>
    <message>
        <source>New year…</source>
        <translation>Додати рік…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>Додати рік</translation>
    </message>
    <message>
        <source>Year of the figures (population on 1 January):</source>
        <translation>Рік, за який вносяться дані (населення станом на 1 січня):</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>«%1» cannot be empty.</source>
        <translation>Поле «%1» не може бути порожнім.</translation>
    </message>
    <message>
        <source>«%1» is too long: %2 characters, at most %3.</source>
        <translation>Поле «%1» задовге: символів — %2, а допустимо не більше %3.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>The document could not be handed to the printer (%1). Open it and print it from the program that shows it.</source>
        <translation>Не вдалося передати документ на друк (%1). Відкрийте його й надрукуйте з програми, у якій він відкрився.</translation>
    </message>
</context>
</TS>
