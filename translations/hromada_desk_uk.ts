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
    <name>BackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Backups are made automatically when a file is closed after changes and before the program upgrades a file. Choose the state to go back to. The current file is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Резервні копії створюються автоматично, коли файл закривають після змін, а також перед тим, як програма оновлює файл. Виберіть стан, до якого потрібно повернутися. Перед відновленням програма робить резервну копію поточного файлу, тож відновлення можна скасувати, вибравши цю копію в списку.</translation>
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
        <source>before upgrading the file</source>
        <translation>перед оновленням файлу</translation>
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
        <translation>&amp;Рада:</translation>
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
        <source>not chosen</source>
        <translation>не вибрано</translation>
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
        <translation>&amp;Рада:</translation>
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
        <source>Type a number to change a value, leave it empty if not known; Ctrl+C copies, Ctrl+V pastes a column of numbers from Excel, Delete clears the selected values</source>
        <translation>Введіть число, щоб змінити значення, або залиште клітинку порожньою, якщо значення невідоме; Ctrl+C копіює, Ctrl+V вставляє стовпець чисел з Excel, Delete очищає вибрані значення</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste a column of numbers</source>
        <translation>&amp;Вставити стовпець чисел</translation>
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
        <source>Nothing was pasted: copy a single column of numbers (the clipboard holds several columns).</source>
        <translation>Нічого не вставлено: скопіюйте лише один стовпець чисел (у буфері обміну кілька стовпців).</translation>
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
        <source>The program met an error it did not expect. Everything saved before it stays saved. Please send the report below to whoever supports the program.</source>
        <translation>У програмі сталася непередбачена помилка. Усе, що було збережено до неї, залишається збереженим. Надішліть, будь ласка, звіт, наведений нижче, тому, хто обслуговує програму.</translation>
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
        <source>Copy the report</source>
        <translation>Копіювати звіт</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: the needs calculation</source>
        <translation>Довідка: розрахунок потреб</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст довідки</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Останні файли</translation>
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
        <source>E&amp;xit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>How the needs are &amp;calculated</source>
        <translation>&amp;Як розраховуються потреби</translation>
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
        <source>There are no backups of this file yet. They are made when a file is closed after changes.</source>
        <translation>Резервних копій цього файлу ще немає. Їх створюють, коли файл закривають після змін.</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Усі зміни збережено (%1)</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Файл не відкрито</translation>
    </message>
    <message>
        <source>hromada-desk %1
Records of the coordination council on preventing domestic and gender-based violence, and the needs calculation of Methodology No. 787. Works without the internet.</source>
        <translation>hromada-desk %1
Облік роботи координаційної ради з питань запобігання та протидії домашньому насильству і насильству за ознакою статі та розрахунок потреб за Методикою № 787. Працює без інтернету.</translation>
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
        <source>Population per &amp;family place:</source>
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
        <translation>&amp;Консультант на:</translation>
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
        <source>&amp;Apply the changes</source>
        <translation>&amp;Застосувати зміни</translation>
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
        <source>&amp;Edit settlement…</source>
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
        <source>&amp;Fill from previous year</source>
        <translation>&amp;Заповнити з попереднього року</translation>
    </message>
    <message>
        <source>Copy last year&apos;s figures into the empty cells of this year</source>
        <translation>Скопіювати дані попереднього року в порожні клітинки цього року</translation>
    </message>
    <message>
        <source>S&amp;how archived</source>
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
    <message numerus="yes">
        <source>Change %n cells</source>
        <translation>
            <numerusform>Зміна %n клітинки</numerusform>
            <numerusform>Зміна %n клітинок</numerusform>
            <numerusform>Зміна %n клітинок</numerusform>
        </translation>
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
    <name>YearSelector</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
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
</TS>
