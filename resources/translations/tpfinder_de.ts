<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Extras</name>
        <message>
            <source>%1: not found</source>
            <translation>%1: nicht gefunden</translation>
        </message>
        <message>
            <source>%1: not the extras module</source>
            <translation>%1: nicht das Zusatzmodul</translation>
        </message>
        <message>
            <source>%1: built for another version of the app</source>
            <translation>%1: für eine andere Version der App erstellt</translation>
        </message>
        <message>
            <source>The extras module (sound, speech and charts) could not be loaded: %1</source>
            <translation>Das Zusatzmodul (Töne, Sprachausgabe und Diagramme) konnte nicht geladen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>selected</source>
            <translation>ausgewählt</translation>
        </message>
        <message>
            <source>not selected</source>
            <translation>nicht ausgewählt</translation>
        </message>
        <message>
            <source>Tenderness of %1</source>
            <translation>Druckempfindlichkeit von %1</translation>
        </message>
        <message>
            <source>Released (%1–%2 out of 10)</source>
            <translation>Gelöst (%1–%2 von 10)</translation>
        </message>
        <message>
            <source>Tenderness at the start of the session</source>
            <translation>Druckempfindlichkeit zu Beginn der Sitzung</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Nach der Sitzung</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Tenderness (0–10)</source>
            <translation>Druckempfindlichkeit (0–10)</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Sitzungen pro Tag</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>How to find it</source>
            <translation>So finden Sie ihn</translation>
        </message>
        <message>
            <source>Technique</source>
            <translation>Technik</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tool:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Position:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Pressure:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Hold:&lt;/b&gt; about %4 seconds, breathing slowly.</source>
            <translation>&lt;b&gt;Hilfsmittel:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Position:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Druck:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Halten:&lt;/b&gt; etwa %4 Sekunden, dabei langsam atmen.</translation>
        </message>
        <message>
            <source>Mobilization</source>
            <translation>Mobilisation</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Dehnung</translation>
        </message>
        <message>
            <source>Cautions and danger zones</source>
            <translation>Vorsicht und Gefahrenzonen</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Sicherheitshinweise</translation>
        </message>
        <message>
            <source>Choose at least one trigger point for the plan.</source>
            <translation>Wählen Sie mindestens einen Triggerpunkt für den Plan.</translation>
        </message>
        <message>
            <source>Could not make the plan: unknown trigger point "%1".</source>
            <translation>Der Plan konnte nicht erstellt werden: unbekannter Triggerpunkt „%1“.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Could not start the PDF for %1.</source>
            <translation>Das PDF für %1 konnte nicht begonnen werden.</translation>
        </message>
        <message>
            <source>No tenderness ratings yet.</source>
            <translation>Noch keine Bewertungen der Druckempfindlichkeit.</translation>
        </message>
        <message>
            <source>Tenderness at the start of each day's session: %1.</source>
            <translation>Druckempfindlichkeit zu Beginn der Sitzung jedes Tages: %1.</translation>
        </message>
        <message>
            <source>See a professional: tenderness is rising</source>
            <translation>Fachkundigen Rat einholen: die Druckempfindlichkeit nimmt zu</translation>
        </message>
        <message>
            <source>See a professional: no improvement after two weeks</source>
            <translation>Fachkundigen Rat einholen: keine Besserung nach zwei Wochen</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Gelöst</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Not rated yet</source>
            <translation>Noch nicht bewertet</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>sharp pain</source>
            <translation>stechender Schmerz</translation>
        </message>
        <message>
            <source>safety check</source>
            <translation>Sicherheitsprüfung</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Find and self-treat myofascial trigger points.</source>
            <translation>Myofasziale Triggerpunkte finden und selbst behandeln.</translation>
        </message>
        <message>
            <source>Read the data files from DIR.</source>
            <translation>Die Datendateien aus DIR lesen.</translation>
        </message>
        <message>
            <source>Write the self-care plan for the trigger points given as arguments (TP[:side]) to FILE (PDF) and exit.</source>
            <translation>Den Selbsthilfeplan für die als Argumente angegebenen Triggerpunkte (TP[:Seite]) in DATEI (PDF) schreiben und beenden.</translation>
        </message>
        <message>
            <source>With --export-plan: trigger points.</source>
            <translation>Mit --export-plan: Triggerpunkte.</translation>
        </message>
        <message>
            <source>Trigger Point Pain Finder</source>
            <translation>Triggerpunkt-Schmerzfinder</translation>
        </message>
        <message>
            <source>The data files need to be repaired or reinstalled. The details list every problem found.</source>
            <translation>Die Datendateien müssen repariert oder neu installiert werden. Die Details listen jedes gefundene Problem auf.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::AppContext</name>
        <message>
            <source>%1: the muscle database is missing</source>
            <translation>%1: Die Muskeldatenbank fehlt</translation>
        </message>
        <message>
            <source>%1: the safety rules are missing</source>
            <translation>%1: Die Sicherheitsregeln fehlen</translation>
        </message>
        <message>
            <source>%1 is missing, so guided sessions are not available</source>
            <translation>%1 fehlt, daher sind angeleitete Sitzungen nicht verfügbar</translation>
        </message>
        <message>
            <source>%1 is missing, so the progress view gives no advice</source>
            <translation>%1 fehlt, daher gibt die Fortschrittsansicht keinen Rat</translation>
        </message>
        <message>
            <source>Trigger Point Pain Finder could not load its data</source>
            <translation>Der Triggerpunkt-Schmerzfinder konnte seine Daten nicht laden</translation>
        </message>
        <message>
            <source> from %1</source>
            <translation> aus %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n problem(s)):</source>
            <translation>
                <numerusform> (%n Problem):</numerusform>
                <numerusform> (%n Probleme):</numerusform>
            </translation>
        </message>
        <message>
            <source>
… and %1 more.</source>
            <translation>
… und %1 weitere.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::BodyMap</name>
        <message>
            <source>Front</source>
            <translation>Vorderseite</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Rückseite</translation>
        </message>
        <message>
            <source>Primary zone</source>
            <translation>Hauptzone</translation>
        </message>
        <message>
            <source>Spillover</source>
            <translation>Ausstrahlung</translation>
        </message>
        <message>
            <source>Trigger point</source>
            <translation>Triggerpunkt</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::BodyMapWidget</name>
        <message>
            <source>Body map</source>
            <translation>Körperkarte</translation>
        </message>
        <message>
            <source>Select where it hurts. Arrow keys move between regions, Space selects.</source>
            <translation>Wählen Sie aus, wo es weh tut. Die Pfeiltasten wechseln zwischen den Bereichen, die Leertaste wählt aus.</translation>
        </message>
        <message>
            <source>%1 (selected): click to remove it</source>
            <translation>%1 (ausgewählt): klicken, um es zu entfernen</translation>
        </message>
        <message>
            <source>%1: click to add it to where it hurts</source>
            <translation>%1: klicken, um es als schmerzende Stelle hinzuzufügen</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::CandidateDelegate</name>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>helped before</source>
            <translation>hat früher geholfen</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::CandidateList</name>
        <message>
            <source>Possible trigger points</source>
            <translation>Mögliche Triggerpunkte</translation>
        </message>
        <message>
            <source>No trigger point in the database refers pain to the selected regions.</source>
            <translation>Kein Triggerpunkt in der Datenbank strahlt Schmerzen in die ausgewählten Bereiche aus.</translation>
        </message>
        <message>
            <source>Click where it hurts on the body map, or search for a region such as “left temple” or “tennis elbow”.

The trigger points that most often refer pain there will be listed here, best match first.</source>
            <translation>Klicken Sie auf der Körperkarte dorthin, wo es weh tut, oder suchen Sie nach einem Bereich wie „Schläfe links“ oder „Tennisellbogen“.

Die Triggerpunkte, die am häufigsten Schmerzen dorthin ausstrahlen, werden hier aufgelistet, der beste Treffer zuerst.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::CandidateModel</name>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>Midline</source>
            <translation>Mittellinie</translation>
        </message>
        <message>
            <source>%1: primary zone</source>
            <translation>%1: Hauptzone</translation>
        </message>
        <message>
            <source>%1: spillover</source>
            <translation>%1: Ausstrahlung</translation>
        </message>
        <message>
            <source>%1, %2, %3, score %4 percent. %5</source>
            <translation>%1, %2, %3, Übereinstimmung %4 Prozent. %5</translation>
        </message>
        <message>
            <source> Helped you before.</source>
            <translation> Hat Ihnen früher geholfen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;i&gt;Working on this point helped you in past sessions.&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Die Arbeit an diesem Punkt hat Ihnen in früheren Sitzungen geholfen.&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::CountdownRing</name>
        <message>
            <source>Press Found it</source>
            <translation>„Gefunden“ drücken</translation>
        </message>
        <message>
            <source>Enter when you are on it · %1</source>
            <translation>Eingabetaste, wenn Sie darauf sind · %1</translation>
        </message>
        <message>
            <source>until released · max %1</source>
            <translation>bis gelöst · höchstens %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>von %1</translation>
        </message>
        <message>
            <source>Paused · Space to resume</source>
            <translation>Angehalten · Leertaste zum Fortsetzen</translation>
        </message>
        <message>
            <source>Phase timer</source>
            <translation>Phasen-Zeitanzeige</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::DailyReminder</name>
        <message>
            <source>Time for your trigger point session.</source>
            <translation>Zeit für Ihre Triggerpunkt-Sitzung.</translation>
        </message>
        <message>
            <source>Time for your trigger point session. In progress: %1.</source>
            <translation>Zeit für Ihre Triggerpunkt-Sitzung. In Arbeit: %1.</translation>
        </message>
        <message>
            <source>Trigger Point Pain Finder</source>
            <translation>Triggerpunkt-Schmerzfinder</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::DetailPane</name>
        <message>
            <source>Trigger point details</source>
            <translation>Details zum Triggerpunkt</translation>
        </message>
        <message>
            <source>Choose a trigger point from the list to see where it lies, how to find and treat it, and what to be careful about.</source>
            <translation>Wählen Sie einen Triggerpunkt aus der Liste, um zu sehen, wo er liegt, wie Sie ihn finden und behandeln und worauf Sie achten müssen.</translation>
        </message>
        <message>
            <source>Thumb</source>
            <translation>Daumen</translation>
        </message>
        <message>
            <source>Fingertips</source>
            <translation>Fingerspitzen</translation>
        </message>
        <message>
            <source>Knuckle</source>
            <translation>Fingerknöchel</translation>
        </message>
        <message>
            <source>Pinch grip between thumb and fingers</source>
            <translation>Zangengriff zwischen Daumen und Fingern</translation>
        </message>
        <message>
            <source>Massage ball against a wall</source>
            <translation>Massageball gegen eine Wand</translation>
        </message>
        <message>
            <source>Massage ball on the floor</source>
            <translation>Massageball auf dem Boden</translation>
        </message>
        <message>
            <source>Massage ball against a chair back</source>
            <translation>Massageball gegen eine Stuhllehne</translation>
        </message>
        <message>
            <source>Hook-shaped massage cane</source>
            <translation>Hakenförmiger Massagestab</translation>
        </message>
        <message>
            <source>Foam roller</source>
            <translation>Faszienrolle</translation>
        </message>
        <message>
            <source>Very common</source>
            <translation>Sehr häufig</translation>
        </message>
        <message>
            <source>Common</source>
            <translation>Häufig</translation>
        </message>
        <message>
            <source>Occasional</source>
            <translation>Gelegentlich</translation>
        </message>
        <message>
            <source>Rare</source>
            <translation>Selten</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · hold about %4 s</source>
            <translation>%1 · %2 · %3 · etwa %4 s halten</translation>
        </message>
        <message>
            <source>⚠ Cautions</source>
            <translation>⚠ Vorsicht</translation>
        </message>
        <message>
            <source>Danger zones nearby</source>
            <translation>Gefahrenzonen in der Nähe</translation>
        </message>
        <message>
            <source>Where it lies</source>
            <translation>Wo er liegt</translation>
        </message>
        <message>
            <source>How to find it</source>
            <translation>So finden Sie ihn</translation>
        </message>
        <message>
            <source>Self-treatment</source>
            <translation>Selbstbehandlung</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>Hilfsmittel</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Pressure</source>
            <translation>Druck</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>about %1 seconds, then release</source>
            <translation>etwa %1 Sekunden, dann loslassen</translation>
        </message>
        <message>
            <source>Mobilization</source>
            <translation>Mobilisation</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Dehnung</translation>
        </message>
        <message>
            <source>Typical symptoms</source>
            <translation>Typische Beschwerden</translation>
        </message>
        <message>
            <source>Often mistaken for</source>
            <translation>Oft verwechselt mit</translation>
        </message>
        <message>
            <source>Often kept active by:</source>
            <translation>Oft aktiv gehalten durch:</translation>
        </message>
        <message>
            <source>Can keep these points active (satellites):</source>
            <translation>Kann diese Punkte aktiv halten (Satelliten):</translation>
        </message>
        <message>
            <source>Related points</source>
            <translation>Verwandte Punkte</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::HistoryActions</name>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>&amp;Fortschritt</translation>
        </message>
        <message>
            <source>Show how your points changed over your sessions, and what to do next</source>
            <translation>Zeigen, wie sich Ihre Punkte über die Sitzungen verändert haben und was als Nächstes zu tun ist</translation>
        </message>
        <message>
            <source>Export History as &amp;CSV…</source>
            <translation>Verlauf als &amp;CSV exportieren …</translation>
        </message>
        <message>
            <source>Save every session and hold as a spreadsheet table</source>
            <translation>Jede Sitzung und jede Haltephase als Tabelle speichern</translation>
        </message>
        <message>
            <source>Export History as &amp;JSON…</source>
            <translation>Verlauf als &amp;JSON exportieren …</translation>
        </message>
        <message>
            <source>Save the whole history in a file you can import again</source>
            <translation>Den gesamten Verlauf in einer Datei speichern, die Sie wieder importieren können</translation>
        </message>
        <message>
            <source>&amp;Import History from JSON…</source>
            <translation>Verlauf aus JSON &amp;importieren …</translation>
        </message>
        <message>
            <source>Add the sessions of an exported history; nothing is added if the file has a problem</source>
            <translation>Die Sitzungen eines exportierten Verlaufs hinzufügen; hat die Datei ein Problem, wird nichts hinzugefügt</translation>
        </message>
        <message>
            <source>Save Self-Care &amp;Plan as PDF…</source>
            <translation>Selbsthilfe&amp;plan als PDF speichern …</translation>
        </message>
        <message>
            <source>A printable page per point: where it is, how to treat and stretch it, and the cautions</source>
            <translation>Eine druckbare Seite pro Punkt: wo er liegt, wie Sie ihn behandeln und dehnen, und die Warnhinweise</translation>
        </message>
        <message>
            <source>P&amp;rint Self-Care Plan…</source>
            <translation>Selbsthilfeplan &amp;drucken …</translation>
        </message>
        <message>
            <source>Print the self-care plan for the queued points (or the chosen one)</source>
            <translation>Den Selbsthilfeplan für die Punkte der Sitzungsliste (oder den gewählten Punkt) drucken</translation>
        </message>
        <message>
            <source>Your session history could not be opened, so sessions will not be saved: %1</source>
            <translation>Ihr Sitzungsverlauf konnte nicht geöffnet werden, daher werden Sitzungen nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Session history</source>
            <translation>Sitzungsverlauf</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mein Selbsthilfeplan</translation>
        </message>
        <message>
            <source>Export History as JSON</source>
            <translation>Verlauf als JSON exportieren</translation>
        </message>
        <message>
            <source>Export History as CSV</source>
            <translation>Verlauf als CSV exportieren</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export History</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>History saved to %1</source>
            <translation>Verlauf in %1 gespeichert</translation>
        </message>
        <message>
            <source>Import History from JSON</source>
            <translation>Verlauf aus JSON importieren</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import History</source>
            <translation>Verlauf importieren</translation>
        </message>
        <message>
            <source>Nothing was imported from %1: the file has problems.</source>
            <translation>Aus %1 wurde nichts importiert: Die Datei enthält Fehler.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n session(s).</source>
            <translation>
                <numerusform>%n Sitzung importiert.</numerusform>
                <numerusform>%n Sitzungen importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) were already in your history.</source>
            <translation>
                <numerusform>%n Sitzung war bereits in Ihrem Verlauf.</numerusform>
                <numerusform>%n Sitzungen waren bereits in Ihrem Verlauf.</numerusform>
            </translation>
        </message>
        <message>
            <source>Queue points (Ctrl+D) or choose one to make a plan.</source>
            <translation>Punkte in die Liste aufnehmen (Strg+D) oder einen wählen, um einen Plan zu erstellen.</translation>
        </message>
        <message>
            <source>Save Self-Care Plan as PDF</source>
            <translation>Selbsthilfeplan als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Save Self-Care Plan</source>
            <translation>Selbsthilfeplan speichern</translation>
        </message>
        <message>
            <source>Plan saved to %1</source>
            <translation>Plan in %1 gespeichert</translation>
        </message>
        <message>
            <source>Queue points (Ctrl+D) or choose one to print a plan.</source>
            <translation>Punkte in die Liste aufnehmen (Strg+D) oder einen wählen, um einen Plan zu drucken.</translation>
        </message>
        <message>
            <source>Print Self-Care Plan</source>
            <translation>Selbsthilfeplan drucken</translation>
        </message>
        <message>
            <source>Printing is not available. %1 You can still save the plan as a PDF.</source>
            <translation>Drucken ist nicht verfügbar. %1 Den Plan als PDF speichern können Sie weiterhin.</translation>
        </message>
        <message>
            <source>Could not start printing.</source>
            <translation>Das Drucken konnte nicht gestartet werden.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::Language</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System Default</source>
            <translation>&amp;Systemstandard</translation>
        </message>
        <message>
            <source>The new language is used from the next start of Trigger Point Pain Finder.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start des Triggerpunkt-Schmerzfinders.</translation>
        </message>
        <message>
            <source>Applies at the next start</source>
            <translation>Gilt ab dem nächsten Start</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::MainWindow</name>
        <message>
            <source>Trigger Point Pain Finder</source>
            <translation>Triggerpunkt-Schmerzfinder</translation>
        </message>
        <message>
            <source>%1 muscles · %2 trigger points</source>
            <translation>%1 Muskeln · %2 Triggerpunkte</translation>
        </message>
        <message>
            <source>Data from %1</source>
            <translation>Daten aus %1</translation>
        </message>
        <message>
            <source>Click where it hurts, or press Ctrl+F to search.</source>
            <translation>Klicken Sie dorthin, wo es weh tut, oder drücken Sie Strg+F zum Suchen.</translation>
        </message>
        <message>
            <source>No region selected</source>
            <translation>Kein Bereich ausgewählt</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear the selected regions (Esc)</source>
            <translation>Die ausgewählten Bereiche abwählen (Esc)</translation>
        </message>
        <message>
            <source>Possible trigger points</source>
            <translation>Mögliche Triggerpunkte</translation>
        </message>
        <message>
            <source>&lt;b&gt;Where it hurts:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Wo es weh tut:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Possible trigger points (%1)</source>
            <translation>Mögliche Triggerpunkte (%1)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Added to the session queue: %1</source>
            <translation>Zur Sitzungsliste hinzugefügt: %1</translation>
        </message>
        <message>
            <source>Already in the session queue: %1</source>
            <translation>Bereits in der Sitzungsliste: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Export Map Image…</source>
            <translation>Körperkarte &amp;exportieren …</translation>
        </message>
        <message>
            <source>Save the body map with the selection and the chosen point as PNG or PDF</source>
            <translation>Die Körperkarte mit der Auswahl und dem gewählten Punkt als PNG oder PDF speichern</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit Trigger Point Pain Finder</source>
            <translation>Triggerpunkt-Schmerzfinder beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen …</translation>
        </message>
        <message>
            <source>Type where it hurts, a pain pattern such as “tennis elbow”, or a muscle</source>
            <translation>Geben Sie ein, wo es weh tut, ein Schmerzmuster wie „Tennisellbogen“ oder einen Muskel</translation>
        </message>
        <message>
            <source>&amp;Clear Selection</source>
            <translation>Auswahl &amp;aufheben</translation>
        </message>
        <message>
            <source>Deselect all regions</source>
            <translation>Alle Bereiche abwählen</translation>
        </message>
        <message>
            <source>Go to &amp;Body Map</source>
            <translation>Zur &amp;Körperkarte</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the body map; arrows move, Space selects</source>
            <translation>Den Tastaturfokus auf die Körperkarte setzen; die Pfeiltasten bewegen, die Leertaste wählt aus</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Front and Back</source>
            <translation>&amp;Vorder- und Rückseite</translation>
        </message>
        <message>
            <source>F&amp;ront Only</source>
            <translation>Nur V&amp;orderseite</translation>
        </message>
        <message>
            <source>&amp;Back Only</source>
            <translation>Nur &amp;Rückseite</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>%1 anzeigen</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>&amp;Add Chosen Point to Queue</source>
            <translation>Gewählten Punkt zur Sitzungsliste &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add the chosen trigger point (and side) to the session queue</source>
            <translation>Den gewählten Triggerpunkt (und die Seite) zur Sitzungsliste hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove From Queue</source>
            <translation>Aus der Sitzungsliste &amp;entfernen</translation>
        </message>
        <message>
            <source>Remove the point selected in the session queue</source>
            <translation>Den in der Sitzungsliste markierten Punkt entfernen</translation>
        </message>
        <message>
            <source>&amp;Clear Queue</source>
            <translation>Sitzungsliste &amp;leeren</translation>
        </message>
        <message>
            <source>Empty the session queue</source>
            <translation>Die Sitzungsliste leeren</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Trigger Point Pain Finder &amp;Help</source>
            <translation>&amp;Hilfe zum Triggerpunkt-Schmerzfinder</translation>
        </message>
        <message>
            <source>How to use the finder</source>
            <translation>So benutzen Sie den Finder</translation>
        </message>
        <message>
            <source>&amp;About Trigger Point Pain Finder</source>
            <translation>Ü&amp;ber den Triggerpunkt-Schmerzfinder</translation>
        </message>
        <message>
            <source>Version and medical disclaimer</source>
            <translation>Version und medizinischer Haftungsausschluss</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>The Qt version in use</source>
            <translation>Die verwendete Qt-Version</translation>
        </message>
        <message>
            <source>Export Map Image</source>
            <translation>Körperkarte exportieren</translation>
        </message>
        <message>
            <source>PNG image (*.png);;PDF document (*.pdf)</source>
            <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Where it hurts: %1</source>
            <translation>Wo es weh tut: %1</translation>
        </message>
        <message>
            <source>Trigger point: %1 (%2)</source>
            <translation>Triggerpunkt: %1 (%2)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>About Trigger Point Pain Finder</source>
            <translation>Über den Triggerpunkt-Schmerzfinder</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Trigger Point Pain Finder %1&lt;/h3&gt;&lt;p&gt;Find the myofascial trigger points that may be causing your pain, and learn how to treat them yourself, safely.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Triggerpunkt-Schmerzfinder %1&lt;/h3&gt;&lt;p&gt;Finden Sie die myofaszialen Triggerpunkte, die Ihre Schmerzen verursachen können, und lernen Sie, sie selbst sicher zu behandeln.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Medical disclaimer</source>
            <translation>Medizinischer Haftungsausschluss</translation>
        </message>
        <message>
            <source>Trigger Point Pain Finder Help</source>
            <translation>Hilfe zum Triggerpunkt-Schmerzfinder</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Finding the source of your pain&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Click every place that hurts on the body map (click again to deselect), or type it in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;): “right temple”, “tennis elbow”, “sciatica” or a muscle name.&lt;/li&gt;&lt;li&gt;The middle column lists the trigger points that refer pain there, best match first, with the reasons.&lt;/li&gt;&lt;li&gt;Choose one to see its pain pattern on the map (solid: primary zone, hatched: spillover, X: the point) and how to find and treat it. Read the cautions first.&lt;/li&gt;&lt;li&gt;Add points to the session queue with &lt;b&gt;Ctrl+D&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Keyboard:&lt;/b&gt; Tab to the map, arrows move between regions, Space selects, Esc clears. &lt;b&gt;Ctrl+1/2/3&lt;/b&gt; show front and back, front only, back only.&lt;/p&gt;&lt;p&gt;The letters R and L beside each figure are the person's own right and left.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Die Quelle Ihrer Schmerzen finden&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Klicken Sie auf der Körperkarte auf jede Stelle, die weh tut (ein weiterer Klick wählt sie wieder ab), oder geben Sie sie in das Suchfeld ein (&lt;b&gt;Strg+F&lt;/b&gt;): „Schläfe rechts“, „Tennisellbogen“, „Ischias“ oder den Namen eines Muskels.&lt;/li&gt;&lt;li&gt;Die mittlere Spalte listet die Triggerpunkte, die Schmerzen dorthin ausstrahlen, der beste Treffer zuerst, mit den Gründen.&lt;/li&gt;&lt;li&gt;Wählen Sie einen aus, um sein Schmerzmuster auf der Karte zu sehen (flächig: Hauptzone, schraffiert: Ausstrahlung, X: der Punkt) und wie Sie ihn finden und behandeln. Lesen Sie zuerst die Warnhinweise.&lt;/li&gt;&lt;li&gt;Fügen Sie Punkte mit &lt;b&gt;Strg+D&lt;/b&gt; zur Sitzungsliste hinzu.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Tastatur:&lt;/b&gt; Mit Tab zur Karte, die Pfeiltasten wechseln zwischen den Bereichen, die Leertaste wählt aus, Esc hebt die Auswahl auf. &lt;b&gt;Strg+1/2/3&lt;/b&gt; zeigen Vorder- und Rückseite, nur die Vorderseite, nur die Rückseite.&lt;/p&gt;&lt;p&gt;Die Buchstaben R und L neben jeder Figur bezeichnen die eigene rechte und linke Seite der Person.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Bevor Sie beginnen</translation>
        </message>
        <message>
            <source>Please confirm that you have read and understood this.</source>
            <translation>Bitte bestätigen Sie, dass Sie dies gelesen und verstanden haben.</translation>
        </message>
        <message>
            <source>I Understand</source>
            <translation>Ich habe verstanden</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::MapExport</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Trigger Point Pain Finder: body map</source>
            <translation>Triggerpunkt-Schmerzfinder: Körperkarte</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Could not finish %1</source>
            <translation>%1 konnte nicht fertiggestellt werden</translation>
        </message>
        <message>
            <source>Unknown file type “%1”: use .png or .pdf</source>
            <translation>Unbekannter Dateityp „%1“: verwenden Sie .png oder .pdf</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Guided sessions</source>
            <translation>Angeleitete Sitzungen</translation>
        </message>
        <message>
            <source>The protocol a new session starts with</source>
            <translation>Das Protokoll, mit dem eine neue Sitzung beginnt</translation>
        </message>
        <message>
            <source>Default &amp;protocol:</source>
            <translation>Standard-&amp;Protokoll:</translation>
        </message>
        <message>
            <source>Each point's own time</source>
            <translation>Eigene Zeit jedes Punktes</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>How long to hold the pressure on each point</source>
            <translation>Wie lange der Druck auf jedem Punkt gehalten wird</translation>
        </message>
        <message>
            <source>Default &amp;hold time:</source>
            <translation>Standard-&amp;Haltezeit:</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Play &amp;sound cues (countdown and phase changes)</source>
            <translation>&amp;Tonsignale abspielen (Countdown und Phasenwechsel)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>&amp;Lautstärke:</translation>
        </message>
        <message>
            <source>S&amp;peak the instructions aloud</source>
            <translation>Anweisungen &amp;vorlesen</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>&amp;Remind me every day at</source>
            <translation>&amp;Jeden Tag erinnern um</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>A notification lists the points you are working on.</source>
            <translation>Eine Benachrichtigung listet die Punkte auf, an denen Sie arbeiten.</translation>
        </message>
        <message>
            <source>Reminders need a system tray, which this desktop does not offer.</source>
            <translation>Erinnerungen brauchen einen Systembereich (System-Tray), den diese Arbeitsumgebung nicht bietet.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Erscheinungsbild</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <source>Applies at the next start</source>
            <translation>Gilt ab dem nächsten Start</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language applies at the next start.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::ProgressView</name>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Advice for each point</source>
            <translation>Rat zu jedem Punkt</translation>
        </message>
        <message>
            <source>&amp;Point:</source>
            <translation>&amp;Punkt:</translation>
        </message>
        <message>
            <source>Trigger point shown in the tenderness chart</source>
            <translation>Im Diagramm der Druckempfindlichkeit gezeigter Triggerpunkt</translation>
        </message>
        <message>
            <source>Charts are not available. %1</source>
            <translation>Diagramme sind nicht verfügbar. %1</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Sitzungen pro Tag</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Frühere Sitzungen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Tenderness (first → last)</source>
            <translation>Druckempfindlichkeit (erste → letzte)</translation>
        </message>
        <message>
            <source>No sessions yet. Your progress shows here after your first session.</source>
            <translation>Noch keine Sitzungen. Ihr Fortschritt erscheint hier nach Ihrer ersten Sitzung.</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Sitzung</translation>
        </message>
        <message>
            <source>%1 sessions</source>
            <translation>%1 Sitzungen</translation>
        </message>
        <message>
            <source> on 1 point.</source>
            <translation> an 1 Punkt.</translation>
        </message>
        <message>
            <source> on %1 points.</source>
            <translation> an %1 Punkten.</translation>
        </message>
        <message>
            <source> Released: %1.</source>
            <translation> Gelöst: %1.</translation>
        </message>
        <message>
            <source> Needs a professional's advice: %1.</source>
            <translation> Braucht fachkundigen Rat: %1.</translation>
        </message>
        <message>
            <source>Tenderness over time: no sessions yet</source>
            <translation>Druckempfindlichkeit im Verlauf: noch keine Sitzungen</translation>
        </message>
        <message>
            <source>Tenderness over time for %1</source>
            <translation>Druckempfindlichkeit im Verlauf für %1</translation>
        </message>
        <message>
            <source>Tenderness over time</source>
            <translation>Druckempfindlichkeit im Verlauf</translation>
        </message>
        <message>
            <source>No tenderness ratings yet.</source>
            <translation>Noch keine Bewertungen der Druckempfindlichkeit.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No sessions in the last %1 days.</source>
            <translation>Keine Sitzungen in den letzten %1 Tagen.</translation>
        </message>
        <message>
            <source>Sessions per day: %1.</source>
            <translation>Sitzungen pro Tag: %1.</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::QuestionCard</name>
        <message>
            <source>Why we ask: %1</source>
            <translation>Warum wir fragen: %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Yes: %1</source>
            <translation>Ja: %1</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>Nein: %1</translation>
        </message>
        <message>
            <source>Press Y to answer yes</source>
            <translation>Y drücken, um mit Ja zu antworten</translation>
        </message>
        <message>
            <source>Press N to answer no</source>
            <translation>N drücken, um mit Nein zu antworten</translation>
        </message>
        <message>
            <source>A clinician has cleared this for me</source>
            <translation>Eine Fachkraft hat mir dafür grünes Licht gegeben</translation>
        </message>
        <message>
            <source>A clinician has cleared this: %1</source>
            <translation>Eine Fachkraft hat dafür grünes Licht gegeben: %1</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::RatingBar</name>
        <message>
            <source>Tenderness</source>
            <translation>Druckempfindlichkeit</translation>
        </message>
        <message>
            <source>Pressure</source>
            <translation>Druck</translation>
        </message>
        <message>
            <source>Rate tenderness</source>
            <translation>Druckempfindlichkeit bewerten</translation>
        </message>
        <message>
            <source>Rate how tender the point is under pressure (P switches)</source>
            <translation>Bewerten Sie, wie druckempfindlich der Punkt unter Druck ist (P wechselt)</translation>
        </message>
        <message>
            <source>Rate pressure</source>
            <translation>Druck bewerten</translation>
        </message>
        <message>
            <source>Rate how strong the pressure feels (P switches)</source>
            <translation>Bewerten Sie, wie stark sich der Druck anfühlt (P wechselt)</translation>
        </message>
        <message>
            <source>Rate %1 out of %2</source>
            <translation>%1 von %2 bewerten</translation>
        </message>
        <message>
            <source>Rate %1 out of %2 (key %3)</source>
            <translation>%1 von %2 bewerten (Taste %3)</translation>
        </message>
        <message>
            <source>0 nothing</source>
            <translation>0 nichts</translation>
        </message>
        <message>
            <source>%1 worst imaginable</source>
            <translation>%1 schlimmste vorstellbare</translation>
        </message>
        <message>
            <source>How tender is the point now? Keys 0–9, T for 10</source>
            <translation>Wie druckempfindlich ist der Punkt jetzt? Tasten 0–9, T für 10</translation>
        </message>
        <message>
            <source>How strong does the pressure feel now? Keys 0–9, T for 10</source>
            <translation>Wie stark fühlt sich der Druck jetzt an? Tasten 0–9, T für 10</translation>
        </message>
        <message>
            <source>Tenderness across holds: not rated yet</source>
            <translation>Druckempfindlichkeit über die Haltephasen: noch nicht bewertet</translation>
        </message>
        <message>
            <source>Tenderness across holds: %1</source>
            <translation>Druckempfindlichkeit über die Haltephasen: %1</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SafetyGate</name>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>Your safety answers could not be saved (%1). You will be asked all the questions again next time.</source>
            <translation>Ihre Sicherheitsantworten konnten nicht gespeichert werden (%1). Beim nächsten Mal werden Ihnen wieder alle Fragen gestellt.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SafetyReviewDialog</name>
        <message>
            <source>Safety check before your session</source>
            <translation>Sicherheitsprüfung vor Ihrer Sitzung</translation>
        </message>
        <message>
            <source>Safety check pages</source>
            <translation>Seiten der Sicherheitsprüfung</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Haftungsausschluss</translation>
        </message>
        <message>
            <source>Answers still needed</source>
            <translation>Noch fehlende Antworten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>Sitzung &amp;starten</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Tick the box above to start the session.</source>
            <translation>Setzen Sie oben das Häkchen, um die Sitzung zu starten.</translation>
        </message>
        <message>
            <source>1 answer still needed on this page</source>
            <translation>Auf dieser Seite fehlt noch 1 Antwort</translation>
        </message>
        <message>
            <source>%1 answers still needed on this page</source>
            <translation>Auf dieser Seite fehlen noch %1 Antworten</translation>
        </message>
        <message>
            <source>Press Continue to see what to do now.</source>
            <translation>Drücken Sie „Weiter“, um zu sehen, was jetzt zu tun ist.</translation>
        </message>
        <message>
            <source>A yes without a clinician's clearance means no session today. Press Continue.</source>
            <translation>Ein Ja ohne Freigabe durch eine Fachkraft bedeutet heute keine Sitzung. Drücken Sie „Weiter“.</translation>
        </message>
        <message>
            <source>All answered. Press Continue.</source>
            <translation>Alles beantwortet. Drücken Sie „Weiter“.</translation>
        </message>
        <message>
            <source>Left out today. %1 %2</source>
            <translation>Heute ausgelassen. %1 %2</translation>
        </message>
        <message>
            <source>Has anything changed?</source>
            <translation>Hat sich etwas geändert?</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Check with a clinician first</source>
            <translation>Zuerst mit einer Fachkraft abklären</translation>
        </message>
        <message>
            <source>Checks for each chosen spot</source>
            <translation>Prüfungen für jede gewählte Stelle</translation>
        </message>
        <message>
            <source>Take care near these places</source>
            <translation>Vorsicht an diesen Stellen</translation>
        </message>
        <message>
            <source>Result of the safety check</source>
            <translation>Ergebnis der Sicherheitsprüfung</translation>
        </message>
        <message>
            <source>(a clinician has cleared this)</source>
            <translation>(eine Fachkraft hat dafür grünes Licht gegeben)</translation>
        </message>
        <message>
            <source>Last time you answered yes to:</source>
            <translation>Letztes Mal haben Sie mit Ja geantwortet auf:</translation>
        </message>
        <message>
            <source>Last time you answered no to:</source>
            <translation>Letztes Mal haben Sie mit Nein geantwortet auf:</translation>
        </message>
        <message>
            <source>Has anything changed since then?</source>
            <translation>Hat sich seitdem etwas geändert?</translation>
        </message>
        <message>
            <source>Yes: you will answer every question again. No: your answers are kept, and you only check the spots you chose today.</source>
            <translation>Ja: Sie beantworten alle Fragen noch einmal. Nein: Ihre Antworten bleiben erhalten, und Sie prüfen nur die Stellen, die Sie heute gewählt haben.</translation>
        </message>
        <message>
            <source>Keyboard: Tab moves to the next question; Y or N answers the question in focus.</source>
            <translation>Tastatur: Tab geht zur nächsten Frage; Y oder N beantwortet die Frage im Fokus.</translation>
        </message>
        <message>
            <source>If you answer yes, tick the box only when a doctor, nurse or physiotherapist has told you that pressure work is fine for you.</source>
            <translation>Wenn Sie mit Ja antworten, setzen Sie das Häkchen nur, wenn Ihnen eine Ärztin, ein Arzt, eine Pflegekraft oder eine Physiotherapeutin bzw. ein Physiotherapeut gesagt hat, dass Druckbehandlung für Sie in Ordnung ist.</translation>
        </message>
        <message>
            <source>Look at and gently feel each spot before you answer. A spot with any yes is left out today; its other questions then need no answer.</source>
            <translation>Sehen Sie sich jede Stelle an und tasten Sie sie sanft ab, bevor Sie antworten. Eine Stelle mit einem Ja wird heute ausgelassen; ihre übrigen Fragen brauchen dann keine Antwort.</translation>
        </message>
        <message>
            <source>Note for %1</source>
            <translation>Hinweis zu %1</translation>
        </message>
        <message>
            <source>These lie close to the spots you chose. Please read each one; the session shows them again at every hold.</source>
            <translation>Diese liegen nahe an den Stellen, die Sie gewählt haben. Bitte lesen Sie jeden Hinweis; die Sitzung zeigt sie bei jeder Haltephase erneut.</translation>
        </message>
        <message>
            <source>Cautions for your chosen spots</source>
            <translation>Vorsicht bei Ihren gewählten Stellen</translation>
        </message>
        <message>
            <source>Because you answered yes to: %1</source>
            <translation>Weil Sie mit Ja geantwortet haben auf: %1</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Bestätigung</translation>
        </message>
        <message>
            <source>I have read these safety notes and will follow them.</source>
            <translation>Ich habe diese Sicherheitshinweise gelesen und werde sie befolgen.</translation>
        </message>
        <message>
            <source>Emergency: act now</source>
            <translation>Notfall: handeln Sie jetzt</translation>
        </message>
        <message>
            <source>Urgent: get help today</source>
            <translation>Dringend: holen Sie sich heute Hilfe</translation>
        </message>
        <message>
            <source>See a doctor or physiotherapist first</source>
            <translation>Zuerst zur Ärztin, zum Arzt oder in die Physiotherapie</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>Danger zone: %1</source>
            <translation>Gefahrenzone: %1</translation>
        </message>
        <message>
            <source>Near: %1</source>
            <translation>In der Nähe: %1</translation>
        </message>
        <message>
            <source>Cautions for %1</source>
            <translation>Vorsicht bei %1</translation>
        </message>
        <message>
            <source>Cleared by your clinician</source>
            <translation>Von Ihrer Fachkraft freigegeben</translation>
        </message>
        <message>
            <source>What to do instead</source>
            <translation>Was Sie stattdessen tun können</translation>
        </message>
        <message>
            <source>Left out today: %1</source>
            <translation>Heute ausgelassen: %1</translation>
        </message>
        <message>
            <source>Danger zones in this session</source>
            <translation>Gefahrenzonen in dieser Sitzung</translation>
        </message>
        <message>
            <source>They are shown again at every hold.</source>
            <translation>Sie werden bei jeder Haltephase erneut angezeigt.</translation>
        </message>
        <message>
            <source>You can start your session</source>
            <translation>Sie können Ihre Sitzung starten</translation>
        </message>
        <message>
            <source>Nothing in your answers stands in the way. Go gently and stop if anything feels wrong.</source>
            <translation>Nichts in Ihren Antworten spricht dagegen. Gehen Sie behutsam vor und hören Sie auf, wenn sich etwas falsch anfühlt.</translation>
        </message>
        <message>
            <source>Nothing in your answers stands in the way. Please keep the danger zones below in mind.</source>
            <translation>Nichts in Ihren Antworten spricht dagegen. Bitte denken Sie an die Gefahrenzonen unten.</translation>
        </message>
        <message>
            <source>You can start, with care</source>
            <translation>Sie können beginnen, mit Vorsicht</translation>
        </message>
        <message>
            <source>Please read the points below before you begin.</source>
            <translation>Bitte lesen Sie die Punkte unten, bevor Sie beginnen.</translation>
        </message>
        <message>
            <source>This could be an emergency</source>
            <translation>Dies könnte ein Notfall sein</translation>
        </message>
        <message>
            <source>Please do not self-treat today</source>
            <translation>Bitte behandeln Sie sich heute nicht selbst</translation>
        </message>
        <message>
            <source>Do not start a session. Get help now, as described below.</source>
            <translation>Beginnen Sie keine Sitzung. Holen Sie sich jetzt Hilfe, wie unten beschrieben.</translation>
        </message>
        <message>
            <source>A session cannot start with these answers. Here is why, and what to do instead.</source>
            <translation>Mit diesen Antworten kann keine Sitzung beginnen. Hier steht, warum, und was Sie stattdessen tun können.</translation>
        </message>
        <message>
            <source>Some questions are still unanswered</source>
            <translation>Einige Fragen sind noch unbeantwortet</translation>
        </message>
        <message>
            <source>Go back and answer every question before you start.</source>
            <translation>Gehen Sie zurück und beantworten Sie jede Frage, bevor Sie beginnen.</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SearchBox</name>
        <message>
            <source>Search where it hurts</source>
            <translation>Suchen, wo es weh tut</translation>
        </message>
        <message>
            <source>Where does it hurt? e.g. right temple, tennis elbow, or a muscle name</source>
            <translation>Wo tut es weh? z. B. Schläfe rechts, Tennisellbogen oder ein Muskelname</translation>
        </message>
        <message>
            <source>Showing %1</source>
            <translation>Angezeigt: %1</translation>
        </message>
        <message>
            <source>Selected: %1</source>
            <translation>Ausgewählt: %1</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SessionLauncher</name>
        <message>
            <source>&amp;Start Session…</source>
            <translation>Sitzung &amp;starten …</translation>
        </message>
        <message>
            <source>Start a guided session with the queued points (or the chosen one)</source>
            <translation>Eine angeleitete Sitzung mit den Punkten der Liste (oder dem gewählten Punkt) starten</translation>
        </message>
        <message>
            <source>S&amp;top Session	Esc</source>
            <translation>Sitzung &amp;beenden	Esc</translation>
        </message>
        <message>
            <source>End the running session; what you did so far is kept</source>
            <translation>Die laufende Sitzung beenden; was Sie bisher gemacht haben, bleibt erhalten</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>Sitzung starten</translation>
        </message>
        <message>
            <source>Start a guided session with these points (Ctrl+Enter or F5)</source>
            <translation>Eine angeleitete Sitzung mit diesen Punkten starten (Strg+Eingabe oder F5)</translation>
        </message>
        <message>
            <source>Queue points (Ctrl+D) or choose one to start a session</source>
            <translation>Punkte in die Liste aufnehmen (Strg+D) oder einen wählen, um eine Sitzung zu starten</translation>
        </message>
        <message>
            <source>Queue points (Ctrl+D) or choose one to start a session.</source>
            <translation>Punkte in die Liste aufnehmen (Strg+D) oder einen wählen, um eine Sitzung zu starten.</translation>
        </message>
        <message>
            <source>No session: the safety review did not clear it.</source>
            <translation>Keine Sitzung: Die Sicherheitsprüfung hat sie nicht freigegeben.</translation>
        </message>
        <message>
            <source>No session: the safety review left out every chosen point.</source>
            <translation>Keine Sitzung: Die Sicherheitsprüfung hat jeden gewählten Punkt ausgelassen.</translation>
        </message>
        <message>
            <source>Left out after the safety review: %1 (%2).</source>
            <translation>Nach der Sicherheitsprüfung ausgelassen: %1 (%2).</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Session ended: %1</source>
            <translation>Sitzung beendet: %1</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SessionPanel</name>
        <message>
            <source>Guided session</source>
            <translation>Angeleitete Sitzung</translation>
        </message>
        <message>
            <source>The session could not be saved to your history: %1</source>
            <translation>Die Sitzung konnte nicht in Ihrem Verlauf gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Progress through the queue</source>
            <translation>Fortschritt durch die Liste</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Sound (M)</source>
            <translation>Ton (M)</translation>
        </message>
        <message>
            <source>Sound cues</source>
            <translation>Tonsignale</translation>
        </message>
        <message>
            <source>A tick for the last three seconds and a chime at each new step (key M)</source>
            <translation>Ein Ticken in den letzten drei Sekunden und ein Gong bei jedem neuen Schritt (Taste M)</translation>
        </message>
        <message>
            <source>Speak instructions</source>
            <translation>Anweisungen vorlesen</translation>
        </message>
        <message>
            <source>Read each new instruction aloud, if a speech engine is installed</source>
            <translation>Jede neue Anweisung vorlesen, wenn eine Sprachausgabe installiert ist</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Anweisung</translation>
        </message>
        <message>
            <source>Pressure target</source>
            <translation>Zieldruck</translation>
        </message>
        <message>
            <source>Ease off</source>
            <translation>Druck verringern</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Gelöst</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Breathing</source>
            <translation>Atmung</translation>
        </message>
        <message>
            <source>Take care here</source>
            <translation>Vorsicht hier</translation>
        </message>
        <message>
            <source>History error</source>
            <translation>Fehler im Verlauf</translation>
        </message>
        <message>
            <source>Found it (Enter)</source>
            <translation>Gefunden (Eingabe)</translation>
        </message>
        <message>
            <source>You are on the tender spot: start the hold (Enter)</source>
            <translation>Sie sind auf der empfindlichen Stelle: Halten beginnen (Eingabe)</translation>
        </message>
        <message>
            <source>Released (R)</source>
            <translation>Gelöst (R)</translation>
        </message>
        <message>
            <source>The knot softened or the ache faded: end this hold (R)</source>
            <translation>Der Knoten ist weicher geworden oder der Schmerz hat nachgelassen: dieses Halten beenden (R)</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>Pause or resume the timer (Space)</source>
            <translation>Die Zeit anhalten oder fortsetzen (Leertaste)</translation>
        </message>
        <message>
            <source>Skip (N)</source>
            <translation>Überspringen (N)</translation>
        </message>
        <message>
            <source>End this step now and go to the next (N)</source>
            <translation>Diesen Schritt jetzt beenden und zum nächsten gehen (N)</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>End the session now; what you did so far is kept (Esc)</source>
            <translation>Die Sitzung jetzt beenden; was Sie bisher gemacht haben, bleibt erhalten (Esc)</translation>
        </message>
        <message>
            <source>⚠  %1  (X)</source>
            <translation>⚠  %1  (X)</translation>
        </message>
        <message>
            <source>Stops the session at once and explains why (key X)</source>
            <translation>Beendet die Sitzung sofort und erklärt, warum (Taste X)</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Einzelheiten der Sitzung</translation>
        </message>
        <message>
            <source>Back to the finder (Enter)</source>
            <translation>Zurück zum Finder (Eingabe)</translation>
        </message>
        <message>
            <source>Close the summary (Enter or Esc)</source>
            <translation>Die Zusammenfassung schließen (Eingabe oder Esc)</translation>
        </message>
        <message>
            <source>No speech engine or voice is installed</source>
            <translation>Keine Sprachausgabe oder Stimme installiert</translation>
        </message>
        <message>
            <source>about %1 planned</source>
            <translation>etwa %1 geplant</translation>
        </message>
        <message>
            <source>&lt;b&gt;Target pressure %1–%2 out of %3&lt;/b&gt;&lt;br&gt;%4</source>
            <translation>&lt;b&gt;Zieldruck %1–%2 von %3&lt;/b&gt;&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>&lt;b&gt;⚠ Take care here&lt;/b&gt;&lt;ul style='margin-left:-20px'&gt;%1&lt;/ul&gt;</source>
            <translation>&lt;b&gt;⚠ Vorsicht hier&lt;/b&gt;&lt;ul style='margin-left:-20px'&gt;%1&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Fortsetzen (Leertaste)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;Active time %1 · %n hold(s) done&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;Aktive Zeit %1 · %n Haltephase erledigt&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;Aktive Zeit %1 · %n Haltephasen erledigt&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>tenderness not rated</source>
            <translation>Druckempfindlichkeit nicht bewertet</translation>
        </message>
        <message>
            <source>tenderness %1</source>
            <translation>Druckempfindlichkeit %1</translation>
        </message>
        <message>
            <source> · pressure %1</source>
            <translation> · Druck %1</translation>
        </message>
        <message>
            <source> · released</source>
            <translation> · gelöst</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SessionPoints</name>
        <message>
            <source>Danger zone – %1: %2</source>
            <translation>Gefahrenzone – %1: %2</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SessionQueueWidget</name>
        <message>
            <source>Session queue</source>
            <translation>Sitzungsliste</translation>
        </message>
        <message>
            <source>The trigger points you plan to treat, in order. Add the chosen point with Ctrl+D.</source>
            <translation>Die Triggerpunkte, die Sie behandeln möchten, in dieser Reihenfolge. Den gewählten Punkt fügen Sie mit Strg+D hinzu.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Empty: choose a point and press Ctrl+D</source>
            <translation>Leer: wählen Sie einen Punkt und drücken Sie Strg+D</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SessionStartDialog</name>
        <message>
            <source>Start a guided session</source>
            <translation>Eine angeleitete Sitzung starten</translation>
        </message>
        <message>
            <source> (left)</source>
            <translation> (links)</translation>
        </message>
        <message>
            <source> (right)</source>
            <translation> (rechts)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Points, in this order:&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;Punkte, in dieser Reihenfolge:&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Voreinstellung</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Voreinstellung:</translation>
        </message>
        <message>
            <source>Hold time</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>How long to hold the pressure on each point in this session</source>
            <translation>Wie lange der Druck in dieser Sitzung auf jedem Punkt gehalten wird</translation>
        </message>
        <message>
            <source>&amp;Hold time:</source>
            <translation>&amp;Haltezeit:</translation>
        </message>
        <message>
            <source>Hold each point &amp;until it releases (the clock counts up)</source>
            <translation>Jeden Punkt halten, &amp;bis er sich löst (die Uhr zählt aufwärts)</translation>
        </message>
        <message>
            <source>Treat &amp;both sides (left, then right)</source>
            <translation>&amp;Beide Seiten behandeln (erst links, dann rechts)</translation>
        </message>
        <message>
            <source>Start with a &amp;warm-up (heat)</source>
            <translation>Mit &amp;Aufwärmen beginnen (Wärme)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) in all.</source>
            <translation>
                <numerusform>Insgesamt etwa %n Minute.</numerusform>
                <numerusform>Insgesamt etwa %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each point's own time</source>
            <translation>Eigene Zeit jedes Punktes</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SessionText</name>
        <message>
            <source>Warm up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>Find the point</source>
            <translation>Punkt finden</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Bewegen</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Dehnung</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>%1 · round %2 of %3</source>
            <translation>%1 · Runde %2 von %3</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Letzter Schritt</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Als Nächstes: %1</translation>
        </message>
        <message>
            <source>Next: %1 until released</source>
            <translation>Als Nächstes: %1 bis gelöst</translation>
        </message>
        <message>
            <source>Next: %1 · %2</source>
            <translation>Als Nächstes: %1 · %2</translation>
        </message>
        <message>
            <source>Before point 1 of %1: %2</source>
            <translation>Vor Punkt 1 von %1: %2</translation>
        </message>
        <message>
            <source>Point %1 of %2: %3</source>
            <translation>Punkt %1 von %2: %3</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>noch %1</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>noch etwa %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Paused · %1</source>
            <translation>Angehalten · %1</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>sinkend</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>gleichbleibend</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>steigend</translation>
        </message>
        <message>
            <source>Session complete</source>
            <translation>Sitzung abgeschlossen</translation>
        </message>
        <message>
            <source>Session stopped</source>
            <translation>Sitzung abgebrochen</translation>
        </message>
        <message>
            <source>Stopped: sharp pain or numbness</source>
            <translation>Abgebrochen: stechender Schmerz oder Taubheit</translation>
        </message>
        <message>
            <source>Stopped by the safety check</source>
            <translation>Von der Sicherheitsprüfung abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::SettingsUi</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>Session defaults, sound, reminder, theme and language</source>
            <translation>Sitzungsvorgaben, Ton, Erinnerung, Farbschema und Sprache</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
    </context>
    <context>
        <name>tpf::gui::TrendSparkline</name>
        <message>
            <source>Tenderness across holds</source>
            <translation>Druckempfindlichkeit über die Haltephasen</translation>
        </message>
    </context>
</TS>
