<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Approvals</name>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>%1; no check results</source>
        <translation>%1; keine Prüfergebnisse</translation>
    </message>
    <message>
        <source>%1; checks: %2</source>
        <translation>%1; Prüfungen: %2</translation>
    </message>
    <message>
        <source>the runbook changed (%1… → %2…)</source>
        <translation>das Runbook wurde geändert (%1… → %2…)</translation>
    </message>
    <message>
        <source>%1: no longer in the runbook</source>
        <translation>%1: nicht mehr im Runbook</translation>
    </message>
    <message>
        <source>%1: check %2 → %3</source>
        <translation>%1: Prüfung %2 → %3</translation>
    </message>
    <message>
        <source>Open by emergency override.</source>
        <translation>Offen durch Notfall-Übersteuerung.</translation>
    </message>
    <message>
        <source>Open: every role approved, inside the maintenance window.</source>
        <translation>Offen: Alle Rollen haben genehmigt, innerhalb des Wartungsfensters.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Geschlossen: %1.</translation>
    </message>
    <message>
        <source>the record has not been verified yet</source>
        <translation>die Protokollkette wurde noch nicht geprüft</translation>
    </message>
    <message>
        <source>the record cannot be trusted: %1</source>
        <translation>der Protokollkette kann nicht vertraut werden: %1</translation>
    </message>
    <message>
        <source>%1 rejected it (%2: %3)</source>
        <translation>%1 hat abgelehnt (%2: %3)</translation>
    </message>
    <message>
        <source>%1&apos;s approval by %2 at %3 expired after %4</source>
        <translation>die Freigabe für %1 durch %2 vom %3 ist nach %4 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s approval by %2 was signed before: %n change(s) since (%3): it must be signed again</source>
        <translation>
            <numerusform>die Freigabe für %1 durch %2 wurde vor %n Änderung unterzeichnet (%3): sie muss erneut unterzeichnet werden</numerusform>
            <numerusform>die Freigabe für %1 durch %2 wurde vor %n Änderungen unterzeichnet (%3): sie muss erneut unterzeichnet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>the runbook names no approval role</source>
        <translation>das Runbook nennt keine Freigaberolle</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>%1: it must be signed again</source>
        <translation>%1: muss erneut unterzeichnet werden</translation>
    </message>
    <message>
        <source>%1 holds %2 approvals (%3): the runbook requires a different person for each role</source>
        <translation>%1 hält %2 Freigaben (%3): das Runbook verlangt für jede Rolle eine andere Person</translation>
    </message>
    <message>
        <source>no maintenance window is set</source>
        <translation>kein Wartungsfenster festgelegt</translation>
    </message>
    <message>
        <source>the maintenance window opens at %1</source>
        <translation>das Wartungsfenster beginnt um %1</translation>
    </message>
    <message>
        <source>the maintenance window closed at %1</source>
        <translation>das Wartungsfenster endete um %1</translation>
    </message>
    <message>
        <source>the emergency override requested by %1 (record #%2) waits for a second person to confirm it, until %3</source>
        <translation>die von %1 angeforderte Notfall-Übersteuerung (Eintrag #%2) wartet bis %3 auf die Bestätigung durch eine zweite Person</translation>
    </message>
    <message>
        <source>the emergency override requested by %1 (record #%2) was not confirmed by a second person within %3 minutes</source>
        <translation>die von %1 angeforderte Notfall-Übersteuerung (Eintrag #%2) wurde nicht innerhalb von %3 Minuten von einer zweiten Person bestätigt</translation>
    </message>
    <message>
        <source>emergency override by %1 until %2: %3</source>
        <translation>Notfall-Übersteuerung durch %1 bis %2: %3</translation>
    </message>
    <message>
        <source>emergency override by %1, confirmed by %2, until %3: %4</source>
        <translation>Notfall-Übersteuerung durch %1, bestätigt durch %2, bis %3: %4</translation>
    </message>
    <message>
        <source>%1 already holds the %2 approval, and the runbook requires a different person for each role (distinct_signers); revoke that approval first, or let someone else sign</source>
        <translation>%1 hält bereits die Freigabe %2, und das Runbook verlangt für jede Rolle eine andere Person (distinct_signers); widerrufen Sie zuerst diese Freigabe oder lassen Sie eine andere Person unterzeichnen</translation>
    </message>
    <message>
        <source>no emergency override has been requested</source>
        <translation>es wurde keine Notfall-Übersteuerung angefordert</translation>
    </message>
    <message>
        <source>record #%1 is not the latest emergency override request</source>
        <translation>Eintrag #%1 ist nicht die neueste Anforderung einer Notfall-Übersteuerung</translation>
    </message>
    <message>
        <source>the override (record #%1) needs no confirmation: it holds already</source>
        <translation>die Übersteuerung (Eintrag #%1) braucht keine Bestätigung: sie gilt bereits</translation>
    </message>
    <message>
        <source>%1 has confirmed the override (record #%2) already</source>
        <translation>%1 hat die Übersteuerung (Eintrag #%2) bereits bestätigt</translation>
    </message>
    <message>
        <source>%1 requested the override (record #%2): a second person must confirm it</source>
        <translation>%1 hat die Übersteuerung (Eintrag #%2) angefordert: eine zweite Person muss sie bestätigen</translation>
    </message>
    <message>
        <source>the override (record #%1) was requested more than %2 minutes ago: request it again</source>
        <translation>die Übersteuerung (Eintrag #%1) wurde vor mehr als %2 Minuten angefordert: fordern Sie sie erneut an</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>, your time %1</source>
        <translation>, Ihre Ortszeit %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>The migration&apos;s approval gate: open when every role has approved, nobody has rejected, the time is inside the maintenance window and the record is intact</source>
        <translation>Die Freigabeschranke der Migration: offen, wenn alle Rollen genehmigt haben, niemand abgelehnt hat, die Zeit innerhalb des Wartungsfensters liegt und die Protokollkette intakt ist</translation>
    </message>
    <message>
        <source>&amp;Verify Record</source>
        <translation>Protokollkette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the whole hash chain of sign-offs and audit records again (F9)</source>
        <translation>Die gesamte Hash-Kette der Freigaben und Audit-Einträge erneut prüfen (F9)</translation>
    </message>
    <message>
        <source>&amp;Copy Anchor</source>
        <translation>Anker &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the record&apos;s head and length (HEAD@COUNT) to quote in a ticket or a chat; `approvals verify --anchor` later proves the record still holds it</source>
        <translation>Kopf und Länge der Protokollkette (HEAD@COUNT) kopieren, um sie in einem Ticket oder Chat anzugeben; `approvals verify --anchor` weist später nach, dass die Protokollkette sie noch enthält</translation>
    </message>
    <message>
        <source>Emergency &amp;Override…</source>
        <translation>&amp;Notfall-Übersteuerung…</translation>
    </message>
    <message>
        <source>Open the gate for one hour without the sign-offs; needs a reason, and is recorded with your name</source>
        <translation>Die Schranke für eine Stunde ohne Freigaben öffnen; erfordert eine Begründung und wird mit Ihrem Namen protokolliert</translation>
    </message>
    <message>
        <source>Co&amp;nfirm Override</source>
        <translation>Übersteuerung &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm another person&apos;s emergency override request: on a team store it holds only when a second person confirms it within 15 minutes</source>
        <translation>Die Anforderung einer Notfall-Übersteuerung durch eine andere Person bestätigen: Bei einem Team-Speicher gilt sie nur, wenn eine zweite Person sie innerhalb von 15 Minuten bestätigt</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Sign off for the selected role, with a comment</source>
        <translation>Für die ausgewählte Rolle freigeben, mit einem Kommentar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Reject for the selected role; a reason is required and closes the gate</source>
        <translation>Für die ausgewählte Rolle ablehnen; erfordert eine Begründung und schließt die Schranke</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Take back your own decision for the selected role (recorded; nothing is deleted)</source>
        <translation>Ihre eigene Entscheidung für die ausgewählte Rolle zurücknehmen (wird protokolliert; nichts wird gelöscht)</translation>
    </message>
    <message>
        <source>Approval record</source>
        <translation>Freigabeprotokoll</translation>
    </message>
    <message>
        <source>Date approved:</source>
        <translation>Freigabedatum:</translation>
    </message>
    <message>
        <source>Set when the last required approval lands; cleared when one is rejected or revoked</source>
        <translation>Wird gesetzt, wenn die letzte erforderliche Freigabe eingeht; wird gelöscht, wenn eine abgelehnt oder widerrufen wird</translation>
    </message>
    <message>
        <source>Scheduled rollout:</source>
        <translation>Geplanter Rollout:</translation>
    </message>
    <message>
        <source>Set &amp;Schedule…</source>
        <translation>&amp;Termin festlegen…</translation>
    </message>
    <message>
        <source>Maintenance window:</source>
        <translation>Wartungsfenster:</translation>
    </message>
    <message>
        <source>Set &amp;Window…</source>
        <translation>Wartungs&amp;fenster festlegen…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Protokollkette</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Contacts and escalation</source>
        <translation>Kontakte und Eskalation</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>The five roles: decision, signer, time and comment</source>
        <translation>Die fünf Rollen: Entscheidung, Unterzeichner, Zeitpunkt und Kommentar</translation>
    </message>
    <message>
        <source>Every record of the ledger, newest last</source>
        <translation>Alle Einträge der Protokollkette, neueste zuletzt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Who to call during the rollout, with backup and on-call</source>
        <translation>Wen Sie während des Rollouts anrufen, mit Vertretung und Rufbereitschaft</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Monitored metrics</source>
        <translation>Überwachte Metriken</translation>
    </message>
    <message>
        <source>Automatic rollback triggers</source>
        <translation>Automatische Rollback-Auslöser</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Issues response matrix</source>
        <translation>Reaktionsmatrix für Probleme</translation>
    </message>
    <message>
        <source>Week 1 validations</source>
        <translation>Validierungen in Woche 1</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Filter by text, id, parameter, note or author (Ctrl+F)</source>
        <translation>Nach Text, ID, Parameter, Notiz oder Autor filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show only items with this status</source>
        <translation>Nur Punkte mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Verify every item against the live cluster (F6); the arrow offers the section or the selected item</source>
        <translation>Jeden Punkt gegen den laufenden Cluster prüfen (F6); der Pfeil bietet den Abschnitt oder den ausgewählten Punkt an</translation>
    </message>
    <message>
        <source>Re-check every</source>
        <translation>Erneut prüfen alle</translation>
    </message>
    <message>
        <source>Run the checks again at this interval while the window is open</source>
        <translation>Die Prüfungen in diesem Intervall wiederholen, solange das Fenster geöffnet ist</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Select an item to see the guide&apos;s wording, its parameters, its status and its history.</source>
        <translation>Wählen Sie einen Punkt aus, um den Wortlaut des Leitfadens, seine Parameter, seinen Status und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Parameters from the guide</source>
        <translation>Parameter aus dem Leitfaden</translation>
    </message>
    <message>
        <source>What the cockpit found against the cluster: each check&apos;s observation, expectation and source</source>
        <translation>Was das Cockpit am Cluster festgestellt hat: Beobachtung, Erwartung und Quelle jeder Prüfung</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Saved as soon as you choose (Space toggles done in the list)</source>
        <translation>Wird sofort bei der Auswahl gespeichert (die Leertaste schaltet in der Liste „erledigt“ um)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>What was checked, by what means, and anything the next person should know</source>
        <translation>Was womit geprüft wurde und alles, was die nächste Person wissen sollte</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>A link (ticket, dashboard, log) or a short text</source>
        <translation>Ein Link (Ticket, Dashboard, Log) oder ein kurzer Text</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the evidence link in the browser</source>
        <translation>Den Nachweis-Link im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved note and evidence</source>
        <translation>Nicht gespeicherte Notiz und Nachweis verwerfen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the note and evidence (Ctrl+Return)</source>
        <translation>Notiz und Nachweis speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Filter the checklist</source>
        <translation>Checkliste filtern</translation>
    </message>
    <message>
        <source>Shows only the items whose title, id, note or evidence contains this text</source>
        <translation>Zeigt nur die Punkte, deren Titel, ID, Notiz oder Nachweis diesen Text enthält</translation>
    </message>
    <message>
        <source>Recheck interval</source>
        <translation>Intervall für erneute Prüfung</translation>
    </message>
    <message>
        <source>How often the checks run again by themselves, in minutes; 0 never</source>
        <translation>Wie oft die Prüfungen automatisch erneut laufen, in Minuten; 0 = nie</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Every item by section: its status, who changed it and when, and its check result</source>
        <translation>Alle Punkte nach Abschnitt: Status, wer ihn wann geändert hat, und Prüfergebnis</translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every service again now (F5)</source>
        <translation>Alle Dienste jetzt erneut abfragen (F5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patroni members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Patroni-Mitglieder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>The member&apos;s name in the connection profile and in Patroni</source>
        <translation>Der Name des Mitglieds im Verbindungsprofil und in Patroni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Its role as Patroni reports it</source>
        <translation>Seine Rolle laut Patroni</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Its state as Patroni reports it, or why it is missing</source>
        <translation>Sein Zustand laut Patroni oder warum es fehlt</translation>
    </message>
    <message>
        <source>TL</source>
        <translation>TL</translation>
    </message>
    <message>
        <source>Timeline, as Patroni reports it</source>
        <translation>Timeline laut Patroni</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>What its PostgreSQL answers when asked directly</source>
        <translation>Was sein PostgreSQL bei direkter Abfrage antwortet</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Replay lag, from the leader&apos;s pg_stat_replication</source>
        <translation>Replay-Verzögerung, aus pg_stat_replication des Leaders</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>WAL the standby has yet to replay</source>
        <translation>WAL, das der Standby noch einspielen muss</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swarm services&lt;/b&gt;</source>
        <translation>&lt;b&gt;Swarm-Dienste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health-Status</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>Cluster-Mitglieder</translation>
    </message>
    <message>
        <source>Every Patroni member: role, state, lag and what PostgreSQL says</source>
        <translation>Alle Patroni-Mitglieder: Rolle, Zustand, Verzögerung und Angaben von PostgreSQL</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>The alerts Alertmanager holds, with severity</source>
        <translation>Die in Alertmanager vorliegenden Alarme, mit Schweregrad</translation>
    </message>
    <message>
        <source>Swarm services</source>
        <translation>Swarm-Dienste</translation>
    </message>
    <message>
        <source>The Docker Swarm services with their tasks</source>
        <translation>Die Docker-Swarm-Dienste mit ihren Tasks</translation>
    </message>
    <message>
        <source>Prometheus targets</source>
        <translation>Prometheus-Ziele</translation>
    </message>
    <message>
        <source>Every scrape target and whether it is up</source>
        <translation>Alle Scrape-Ziele und ob sie erreichbar sind</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rollout Cockpit</source>
        <translation>Rollout Cockpit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Use Profile</source>
        <translation>Profil ver&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Punkt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Runbook…</source>
        <translation>Runbook ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a runbook file (JSON) describing another rollout</source>
        <translation>Eine Runbook-Datei (JSON) öffnen, die einen anderen Rollout beschreibt</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Production Rollout Guide</source>
        <translation>&amp;Integrierten Leitfaden für den Produktions-Rollout verwenden</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the rollout report for the record: PDF, JSON or a single-file HTML</source>
        <translation>Den Rollout-Bericht zur Dokumentation schreiben: PDF, JSON oder eine HTML-Einzeldatei</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Live Charts</source>
        <translation>&amp;Live-Diagramme</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Verbindungsprofile…</translation>
    </message>
    <message>
        <source>Define where the cluster&apos;s services are, and test them</source>
        <translation>Festlegen, wo sich die Dienste des Clusters befinden, und sie testen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Refresh Cluster Overview</source>
        <translation>Cluster-Übersicht a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key the cockpit answers to</source>
        <translation>Alle Tasten, auf die das Cockpit reagiert</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About Rollout Cockpit</source>
        <translation>&amp;Über Rollout Cockpit</translation>
    </message>
</context>
<context>
    <name>MigrationTab</name>
    <message>
        <source>Phase / step</source>
        <translation>Phase / Schritt</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The phases and steps of the procedure with their state and time</source>
        <translation>Die Phasen und Schritte des Ablaufs mit Zustand und Zeit</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Schrittdetails</translation>
    </message>
    <message>
        <source>What the selected step does, its inputs and its last output</source>
        <translation>Was der ausgewählte Schritt tut, seine Eingaben und seine letzte Ausgabe</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a profile from a JSON file (scripts/lab writes one for the local lab)</source>
        <translation>Ein Profil aus einer JSON-Datei hinzufügen (scripts/lab schreibt eine für die lokale Laborumgebung)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>lab, staging, production</source>
        <translation>lab, staging, production</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;PostgreSQL&lt;/b&gt;</source>
        <translation>&lt;b&gt;PostgreSQL&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>One per line: name host:port (pg1 db1.example.com:5432)</source>
        <translation>Einer pro Zeile: Name host:port (pg1 db1.example.com:5432)</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>distributed_postgres_cluster</source>
        <translation>distributed_postgres_cluster</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>dpg_cluster</source>
        <translation>dpg_cluster</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>PEM file the servers&apos; certificates chain to</source>
        <translation>PEM-Datei der CA, auf die die Zertifikate der Server zurückgehen</translation>
    </message>
    <message>
        <source>Pg&amp;Bouncer:</source>
        <translation>Pg&amp;Bouncer:</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patroni and etcd&lt;/b&gt;</source>
        <translation>&lt;b&gt;Patroni und etcd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Patroni &amp;URLs:</source>
        <translation>Patroni-&amp;URLs:</translation>
    </message>
    <message>
        <source>One per line, in the order of the nodes</source>
        <translation>Eine pro Zeile, in der Reihenfolge der Knoten</translation>
    </message>
    <message>
        <source>Patroni u&amp;ser:</source>
        <translation>Patroni-Benut&amp;zer:</translation>
    </message>
    <message>
        <source>For switchover and configuration changes</source>
        <translation>Für Switchover und Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>Patroni pass&amp;word:</source>
        <translation>Patroni-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;etcd URLs:</source>
        <translation>&amp;etcd-URLs:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monitoring&lt;/b&gt;</source>
        <translation>&lt;b&gt;Überwachung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;rometheus:</source>
        <translation>P&amp;rometheus:</translation>
    </message>
    <message>
        <source>http://prometheus:9090</source>
        <translation>http://prometheus:9090</translation>
    </message>
    <message>
        <source>&amp;Alertmanager:</source>
        <translation>&amp;Alertmanager:</translation>
    </message>
    <message>
        <source>http://alertmanager:9093</source>
        <translation>http://alertmanager:9093</translation>
    </message>
    <message>
        <source>HTTPS CA &amp;file:</source>
        <translation>&amp;HTTPS-CA-Datei:</translation>
    </message>
    <message>
        <source>For Patroni, etcd, Prometheus and Alertmanager over HTTPS</source>
        <translation>Für Patroni, etcd, Prometheus und Alertmanager über HTTPS</translation>
    </message>
    <message>
        <source>&lt;b&gt;Docker&lt;/b&gt;</source>
        <translation>&lt;b&gt;Docker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Doc&amp;ker Engine:</source>
        <translation>D&amp;ocker-Engine:</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>unix:///var/run/docker.sock oder tcp://host:2376</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>dpg_app</source>
        <translation>dpg_app</translation>
    </message>
    <message>
        <source>Docker CA:</source>
        <translation>Docker-CA:</translation>
    </message>
    <message>
        <source>TLS: the engine&apos;s CA (PEM)</source>
        <translation>TLS: die CA der Engine (PEM)</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>TLS: your client certificate (PEM)</source>
        <translation>TLS: Ihr Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>TLS: its private key (PEM)</source>
        <translation>TLS: der zugehörige private Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>&lt;b&gt;DNS&lt;/b&gt;</source>
        <translation>&lt;b&gt;DNS&lt;/b&gt;</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s resolver</source>
        <translation>Leer: der Resolver des Systems</translation>
    </message>
    <message>
        <source>Names to &amp;resolve:</source>
        <translation>Aufzulösende Na&amp;men:</translation>
    </message>
    <message>
        <source>db.example.com, api.example.com</source>
        <translation>db.example.com, api.example.com</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Each test saves the profile first, then reaches the endpoint with the stored password.</source>
        <translation>Jeder Test speichert zuerst das Profil und erreicht dann den Endpunkt mit dem gespeicherten Passwort.</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>A&amp;lle testen</translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Watch this cluster in the overview</source>
        <translation>Diesen Cluster in der Übersicht beobachten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no password for the check role %1: %2</source>
        <translation>kein Passwort für die Prüfrolle %1: %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>No data recorded for this metric</source>
        <translation>Für diese Metrik wurden keine Daten aufgezeichnet</translation>
    </message>
    <message>
        <source>emergency override (record #%1) confirmed</source>
        <translation>Notfall-Übersteuerung (Eintrag #%1) bestätigt</translation>
    </message>
    <message>
        <source>EMERGENCY OVERRIDE</source>
        <translation>NOTFALL-ÜBERSTEUERUNG</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the watch&apos;s stored history</source>
        <translation>der gespeicherte Verlauf der Beobachtung</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>THE RECORD IS BROKEN (%1); </source>
        <translation>DIE PROTOKOLLKETTE IST BESCHÄDIGT (%1); </translation>
    </message>
    <message>
        <source>Rolled back at %1 (no trigger fired before: a person&apos;s decision)</source>
        <translation>Rollback um %1 (zuvor hatte kein Auslöser ausgelöst: Entscheidung einer Person)</translation>
    </message>
    <message>
        <source>Rolled back at %1 after trigger &quot;%2&quot;</source>
        <translation>Rollback um %1 nach Auslöser „%2“</translation>
    </message>
    <message>
        <source>Not migrated yet: readiness %1 of %2 items done or not applicable; approval gate %3</source>
        <translation>Noch nicht migriert: Bereitschaft %1 von %2 Punkten erledigt oder nicht zutreffend; Freigabeschranke %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Migration not finished: %1 is %2</source>
        <translation>Migration nicht abgeschlossen: %1 ist %2</translation>
    </message>
    <message>
        <source>Migrated; success criteria held for %1</source>
        <translation>Migriert; Erfolgskriterien über %1 eingehalten</translation>
    </message>
    <message>
        <source>Migrated; no success criterion violated so far (%1 of %2 watched)</source>
        <translation>Migriert; bisher kein Erfolgskriterium verletzt (%1 von %2 beobachtet)</translation>
    </message>
    <message>
        <source>Migrated; success criteria violated %1 time(s), %2 still violated</source>
        <translation>Migriert; Erfolgskriterien %1-mal verletzt, %2 weiterhin verletzt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>The record (ledger)</source>
        <translation>Die Protokollkette (Ledger)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Migration journal</source>
        <translation>Migrationsjournal</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Rollback triggers</source>
        <translation>Rollback-Auslöser</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Week-1 validations</source>
        <translation>Validierungen in Woche 1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Rollout report: %1</source>
        <translation>Rollout-Bericht: %1</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>THE RECORD IS BROKEN: %1. Nothing in this report can be trusted until the store is restored from a backup.</source>
        <translation>DIE PROTOKOLLKETTE IST BESCHÄDIGT: %1. Keiner Angabe in diesem Bericht kann vertraut werden, bis der Speicher aus einer Sicherung wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <translation>Cluster-Profil</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>version (SHA-256): </source>
        <translation>Version (SHA-256): </translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Scheduled rollout</source>
        <translation>Geplanter Rollout</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Protokollkette</translation>
    </message>
    <message>
        <source>intact, %1 records</source>
        <translation>intakt, %1 Einträge</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BESCHÄDIGT</translation>
    </message>
    <message>
        <source>head: </source>
        <translation>Kopf: </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Schranke: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Kommentar oder Begründung</translation>
    </message>
    <message>
        <source>What it approved</source>
        <translation>Was freigegeben wurde</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>signed before: %1</source>
        <translation>zuvor unterzeichnet: %1</translation>
    </message>
    <message>
        <source>Date approved: %1</source>
        <translation>Freigabedatum: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Every sign-off, revocation and override</source>
        <translation>Alle Freigaben, Widerrufe und Übersteuerungen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Verified intact when this report was generated: every record&apos;s hash chain and seal checked, and this machine&apos;s anchor.</source>
        <translation>Bei der Erstellung dieses Berichts als intakt bestätigt: Hash-Kette und Siegel jedes Eintrags sowie der Anker dieses Rechners wurden geprüft.</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Kopf (SHA-256)</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Whoever keeps the anchor can later prove that the record was not shortened: rollout-cockpit approvals verify --anchor HEAD@COUNT.</source>
        <translation>Wer den Anker aufbewahrt, kann später nachweisen, dass die Protokollkette nicht gekürzt wurde: rollout-cockpit approvals verify --anchor HEAD@COUNT.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note and evidence</source>
        <translation>Notiz und Nachweis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>observed: %1; expected: %2</source>
        <translation>beobachtet: %1; erwartet: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ticked done, but the check fails</source>
        <translation>als erledigt abgehakt, aber die Prüfung schlägt fehl</translation>
    </message>
    <message>
        <source>%1 items: %2 done, %3 not applicable, %4 blocked, %5 open; checks: %6 pass, %7 warn, %8 fail, %9 unknown; %10 ticked done against a failing check</source>
        <translation>%1 Punkte: %2 erledigt, %3 nicht zutreffend, %4 blockiert, %5 offen; Prüfungen: %6 bestanden, %7 mit Warnung, %8 fehlgeschlagen, %9 unbekannt; %10 trotz fehlgeschlagener Prüfung als erledigt abgehakt</translation>
    </message>
    <message>
        <source>The %1 gate was OVERRIDDEN: %2</source>
        <translation>Die Schranke %1 wurde ÜBERSTEUERT: %2</translation>
    </message>
    <message>
        <source>%1 of the %2 budget</source>
        <translation>%1 des Zeitbudgets von %2</translation>
    </message>
    <message>
        <source> (over budget)</source>
        <translation> (Zeitbudget überschritten)</translation>
    </message>
    <message>
        <source>Rollback </source>
        <translation>Rollback </translation>
    </message>
    <message>
        <source>Started %1, ended %2:</source>
        <translation>Begonnen %1, beendet %2:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht begonnen.</translation>
    </message>
    <message>
        <source>Step and action</source>
        <translation>Schritt und Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Start / end</source>
        <translation>Beginn / Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome, inputs and output</source>
        <translation>Ergebnis, Eingaben und Ausgabe</translation>
    </message>
    <message>
        <source>Inputs: </source>
        <translation>Eingaben: </translation>
    </message>
    <message>
        <source>Output: </source>
        <translation>Ausgabe: </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>%1 points from %2</source>
        <translation>%1 Datenpunkte aus %2</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>no target or alert line</source>
        <translation>keine Zielwert- oder Alarmlinie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Deciding value or evidence</source>
        <translation>Entscheidender Wert oder Nachweis</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>The runbook&apos;s rollback triggers:</source>
        <translation>Die Rollback-Auslöser des Runbooks:</translation>
    </message>
    <message>
        <source>What the watch recorded</source>
        <translation>Was die Beobachtung aufgezeichnet hat</translation>
    </message>
    <message>
        <source>Held for %1 after the migration:</source>
        <translation>Über %1 nach der Migration eingehalten:</translation>
    </message>
    <message>
        <source>Violations and confirmations</source>
        <translation>Verletzungen und Bestätigungen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Rufbereitschaft</translation>
    </message>
    <message>
        <source>Readiness, approvals, migration journal, metrics and success criteria of %1; record head %2</source>
        <translation>Bereitschaft, Freigaben, Migrationsjournal, Metriken und Erfolgskriterien von %1; Kopf der Protokollkette %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Recorded as the author of every change you make. Leave empty to use your login name.</source>
        <translation>Wird als Autor jeder Ihrer Änderungen festgehalten. Leer lassen, um Ihren Anmeldenamen zu verwenden.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>Settings never hold passwords; those live in your system keychain.</source>
        <translation>Die Einstellungen enthalten nie Passwörter; diese liegen im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the window and the command line. Takes effect at the next start.</source>
        <translation>Die Sprache des Fensters und der Befehlszeile. Wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark palette, or choose one. Applied at once.</source>
        <translation>Der hellen oder dunklen Palette des Systems folgen oder eine auswählen. Wird sofort angewendet.</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>Entscheidung durch eine Person</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Maintenance Window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The zone the window is agreed in (an IANA name such as Europe/Berlin); everyone also sees it in their own time</source>
        <translation>Die Zeitzone, in der das Fenster vereinbart ist (ein IANA-Name wie Europe/Berlin); alle sehen es zusätzlich in ihrer eigenen Zeit</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
</context>
<context>
    <name>cockpit::ClusterAnalysis</name>
    <message>
        <source>Patroni calls %1 the leader, but its PostgreSQL does not answer.</source>
        <translation>Patroni nennt %1 als Leader, aber dessen PostgreSQL antwortet nicht.</translation>
    </message>
    <message>
        <source>Patroni calls %1 the leader, but its PostgreSQL is a standby.</source>
        <translation>Patroni nennt %1 als Leader, aber dessen PostgreSQL ist ein Standby.</translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL accepts writes, but Patroni does not list it.</source>
        <translation>Das PostgreSQL von %1 nimmt Schreibzugriffe an, aber Patroni führt den Knoten nicht auf.</translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL accepts writes, but Patroni names no leader.</source>
        <translation>Das PostgreSQL von %1 nimmt Schreibzugriffe an, aber Patroni nennt keinen Leader.</translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL accepts writes, but Patroni calls %2 the leader.</source>
        <translation>Das PostgreSQL von %1 nimmt Schreibzugriffe an, aber Patroni nennt %2 als Leader.</translation>
    </message>
    <message>
        <source>Patroni lists %1 as %2, but its PostgreSQL does not answer.</source>
        <translation>Patroni führt %1 als %2, aber dessen PostgreSQL antwortet nicht.</translation>
    </message>
    <message>
        <source>Patroni reports timeline %1 for %2; its PostgreSQL is on timeline %3.</source>
        <translation>Patroni meldet Timeline %1 für %2; dessen PostgreSQL ist auf Timeline %3.</translation>
    </message>
    <message>
        <source>Patroni does not list it</source>
        <translation>Patroni führt ihn nicht auf</translation>
    </message>
    <message>
        <source>Patroni lists it as %1</source>
        <translation>Patroni führt ihn als %1</translation>
    </message>
    <message>
        <source>its Patroni does not answer (%1)</source>
        <translation>sein Patroni antwortet nicht (%1)</translation>
    </message>
    <message>
        <source>Patroni lists %1, which the connection profile does not name.</source>
        <translation>Patroni führt %1 auf, das Verbindungsprofil nennt es jedoch nicht.</translation>
    </message>
    <message>
        <source>The leader&apos;s pg_stat_replication</source>
        <translation>pg_stat_replication des Leaders</translation>
    </message>
    <message>
        <source>no node answers as the leader</source>
        <translation>kein Knoten antwortet als Leader</translation>
    </message>
</context>
<context>
    <name>cockpit::ClusterMonitor</name>
    <message>
        <source>Patroni</source>
        <translation>Patroni</translation>
    </message>
    <message>
        <source>The Docker Engine</source>
        <translation>Die Docker Engine</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>the profile names no Patroni URL</source>
        <translation>das Profil nennt keine Patroni-URL</translation>
    </message>
    <message>
        <source>the profile names no Docker Engine</source>
        <translation>das Profil nennt keine Docker Engine</translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation>das Profil nennt kein Prometheus</translation>
    </message>
    <message>
        <source>the profile names no Alertmanager</source>
        <translation>das Profil nennt keinen Alertmanager</translation>
    </message>
</context>
<context>
    <name>cockpit::Evaluate</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>the probe gave no column %1</source>
        <translation>die Prüfung lieferte keine Spalte %1</translation>
    </message>
    <message>
        <source>no data: the probe found nothing to compare</source>
        <translation>keine Daten: die Prüfung fand nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>at least one</source>
        <translation>mindestens eins</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>between %1 and %2 of %3</source>
        <translation>zwischen %1 und %2 von %3</translation>
    </message>
    <message>
        <source>count of </source>
        <translation>Anzahl von </translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>count </source>
        <translation>Anzahl </translation>
    </message>
    <message>
        <source>the expectation names no value</source>
        <translation>die Erwartung nennt keinen Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>%1 is not known</source>
        <translation>%1 ist unbekannt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>no number in %1</source>
        <translation>keine Zahl in %1</translation>
    </message>
</context>
<context>
    <name>cockpit::FailureText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 failed the TLS check: %2</source>
        <translation>%1 hat die TLS-Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials</source>
        <translation>%1 hat die Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered something unreadable: %2</source>
        <translation>%1 lieferte eine unlesbare Antwort: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 antwortete mit einem Fehler: %2</translation>
    </message>
    <message>
        <source>%1 was not asked to the end (cancelled)</source>
        <translation>%1 wurde nicht zu Ende abgefragt (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 cannot be asked: %2</source>
        <translation>%1 kann nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>cockpit::NodePool</name>
    <message>
        <source>no node accepts writes: every node is a standby</source>
        <translation>kein Knoten nimmt Schreibzugriffe an: jeder Knoten ist ein Standby</translation>
    </message>
    <message>
        <source>no reachable node accepts writes (no answer from %1)</source>
        <translation>kein erreichbarer Knoten nimmt Schreibzugriffe an (keine Antwort von %1)</translation>
    </message>
    <message>
        <source>no single leader: %1 all accept writes (a split brain)</source>
        <translation>kein eindeutiger Leader: %1 nehmen alle Schreibzugriffe an (Split Brain)</translation>
    </message>
</context>
<context>
    <name>cockpit::NodeState</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>primary (read-only)</source>
        <translation>Primärknoten (schreibgeschützt)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primärknoten</translation>
    </message>
    <message>
        <source>standby, not streaming</source>
        <translation>Standby, kein Streaming</translation>
    </message>
    <message>
        <source>standby, %1</source>
        <translation>Standby, %1</translation>
    </message>
    <message>
        <source>standby, %1 from %2</source>
        <translation>Standby, %1 von %2</translation>
    </message>
    <message>
        <source>%1 (timeline %2)</source>
        <translation>%1 (Timeline %2)</translation>
    </message>
    <message>
        <source>%1 (timeline unknown)</source>
        <translation>%1 (Timeline unbekannt)</translation>
    </message>
    <message>
        <source>%1 and %2 both accept writes</source>
        <translation>%1 und %2 nehmen beide Schreibzugriffe an</translation>
    </message>
</context>
<context>
    <name>cockpit::Prober</name>
    <message>
        <source>the profile names no PostgreSQL node</source>
        <translation>das Profil nennt keinen PostgreSQL-Knoten</translation>
    </message>
    <message>
        <source>the leader %1 (%2)</source>
        <translation>der Leader %1 (%2)</translation>
    </message>
    <message>
        <source>no replica answers</source>
        <translation>kein Replikat antwortet</translation>
    </message>
    <message>
        <source>every replica (%1)</source>
        <translation>alle Replikate (%1)</translation>
    </message>
    <message>
        <source>every node (%1)</source>
        <translation>alle Knoten (%1)</translation>
    </message>
    <message>
        <source>SQL on %1</source>
        <translation>SQL auf %1</translation>
    </message>
    <message>
        <source>The check role %1 lacks a grant; an administrator can give it with: %2</source>
        <translation>Der Prüfrolle %1 fehlt eine Berechtigung; ein Administrator kann sie erteilen mit: %2</translation>
    </message>
    <message>
        <source>the check was abandoned</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation>das Profil nennt kein Prometheus</translation>
    </message>
    <message>
        <source>the profile names no backup mountpoint (backup.mountpoint)</source>
        <translation>das Profil nennt keinen Backup-Einhängepunkt (backup.mountpoint)</translation>
    </message>
    <message>
        <source>Prometheus %1: %2</source>
        <translation>Prometheus %1: %2</translation>
    </message>
    <message>
        <source>node_exporter through Prometheus %1: %2</source>
        <translation>node_exporter über Prometheus %1: %2</translation>
    </message>
    <message>
        <source>no scrape time for %1</source>
        <translation>keine Scrape-Zeit für %1</translation>
    </message>
    <message>
        <source>the last value of %1 on %2 is %3 s old (at most %4 s allowed): node_exporter is not being scraped</source>
        <translation>der letzte Wert von %1 auf %2 ist %3 s alt (höchstens %4 s erlaubt): node_exporter wird nicht abgefragt</translation>
    </message>
    <message>
        <source>Prometheus %1 /%2</source>
        <translation>Prometheus %1 /%2</translation>
    </message>
    <message>
        <source>the profile names no Patroni URL</source>
        <translation>das Profil nennt keine Patroni-URL</translation>
    </message>
    <message>
        <source>Patroni /patroni of %1</source>
        <translation>Patroni /patroni von %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>Patroni %1 /%2</source>
        <translation>Patroni %1 /%2</translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation>kein Patroni-Mitglied hat geantwortet</translation>
    </message>
    <message>
        <source>the profile names no etcd URL</source>
        <translation>das Profil nennt keine etcd-URL</translation>
    </message>
    <message>
        <source>etcd %1 members</source>
        <translation>Mitglieder von etcd %1</translation>
    </message>
    <message>
        <source>etcd /health of %1</source>
        <translation>etcd /health von %1</translation>
    </message>
    <message>
        <source>the profile names no Docker Engine</source>
        <translation>das Profil nennt keine Docker Engine</translation>
    </message>
    <message>
        <source>Docker Engine %1 /%2</source>
        <translation>Docker Engine %1 /%2</translation>
    </message>
    <message>
        <source>the profile names no Alertmanager</source>
        <translation>das Profil nennt keinen Alertmanager</translation>
    </message>
    <message>
        <source>Alertmanager %1 configuration</source>
        <translation>Konfiguration von Alertmanager %1</translation>
    </message>
    <message>
        <source>the profile names no PgBouncer</source>
        <translation>das Profil nennt keinen PgBouncer</translation>
    </message>
    <message>
        <source>PgBouncer %1:%2 %3</source>
        <translation>PgBouncer %1:%2 %3</translation>
    </message>
    <message>
        <source>Add %1 to stats_users in pgbouncer.ini (and its password to the auth_file), then reload PgBouncer.</source>
        <translation>Fügen Sie %1 zu stats_users in pgbouncer.ini hinzu (und das zugehörige Passwort zur auth_file) und laden Sie PgBouncer dann neu.</translation>
    </message>
    <message>
        <source>the profile names no %1 host</source>
        <translation>das Profil nennt keinen %1-Host</translation>
    </message>
    <message>
        <source>TCP connections from this machine</source>
        <translation>TCP-Verbindungen von diesem Rechner</translation>
    </message>
    <message>
        <source>TLS handshakes from this machine</source>
        <translation>TLS-Handshakes von diesem Rechner</translation>
    </message>
    <message>
        <source>the profile names no DNS name to look up</source>
        <translation>das Profil nennt keinen aufzulösenden DNS-Namen</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>DNS through %1</source>
        <translation>DNS über %1</translation>
    </message>
    <message>
        <source>the profile names no application URL</source>
        <translation>das Profil nennt keine Anwendungs-URL</translation>
    </message>
    <message>
        <source>HTTP GET of the application&apos;s URLs</source>
        <translation>HTTP-GET der Anwendungs-URLs</translation>
    </message>
    <message>
        <source>no end within %1</source>
        <translation>kein Ende innerhalb von %1</translation>
    </message>
    <message>
        <source>cannot run it: %1</source>
        <translation>kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>command %1 %2</source>
        <translation>Befehl %1 %2</translation>
    </message>
</context>
<context>
    <name>cockpit::ProfileTester</name>
    <message>
        <source>Split brain: %1.</source>
        <translation>Split Brain: %1.</translation>
    </message>
</context>
<context>
    <name>cockpit::ReadinessGate</name>
    <message>
        <source>%1 (%2): %3, marked not applicable by %4: %5</source>
        <translation>%1 (%2): %3, von %4 als nicht zutreffend markiert: %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
</context>
<context>
    <name>cockpit::ReadinessSession</name>
    <message>
        <source>No connection profile: choose one in Connection ▸ Use Profile.</source>
        <translation>Kein Verbindungsprofil: Wählen Sie eines unter Verbindung ▸ Profil verwenden.</translation>
    </message>
    <message>
        <source>The checklist is not loaded from the store yet.</source>
        <translation>Die Checkliste ist noch nicht aus dem Speicher geladen.</translation>
    </message>
    <message>
        <source>A check is running.</source>
        <translation>Eine Prüfung läuft.</translation>
    </message>
</context>
<context>
    <name>cockpit::Rules</name>
    <message>
        <source>the probe gave no column %1</source>
        <translation>die Prüfung lieferte keine Spalte %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>pg_hba_file_rules is empty</source>
        <translation>pg_hba_file_rules ist leer</translation>
    </message>
    <message>
        <source>%1 %2: error: %3</source>
        <translation>%1 %2: Fehler: %3</translation>
    </message>
    <message>
        <source>%1 %2: trust lets anyone in without a password</source>
        <translation>%1 %2: trust lässt jeden ohne Passwort herein</translation>
    </message>
    <message>
        <source>%1 %2: open to every address</source>
        <translation>%1 %2: offen für jede Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), none with trust or open to every address</source>
        <translation>
            <numerusform>%n Zeile, ohne trust und nicht offen für jede Adresse</numerusform>
            <numerusform>%n Zeilen, keine mit trust oder offen für jede Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s) too open</source>
        <translation>%1 Zeile(n) zu offen</translation>
    </message>
    <message>
        <source>%1 %2: %3 admits connections without TLS</source>
        <translation>%1 %2: %3 lässt Verbindungen ohne TLS zu</translation>
    </message>
    <message>
        <source>every TCP line is hostssl</source>
        <translation>jede TCP-Zeile ist hostssl</translation>
    </message>
    <message>
        <source>%1 TCP line(s) without hostssl</source>
        <translation>%1 TCP-Zeile(n) ohne hostssl</translation>
    </message>
    <message>
        <source>%1 (%2): MD5 secret</source>
        <translation>%1 (%2): MD5-Geheimnis</translation>
    </message>
    <message>
        <source>%1 (%2): a secret that is neither SCRAM nor MD5 (plain text?)</source>
        <translation>%1 (%2): ein Geheimnis, das weder SCRAM noch MD5 ist (Klartext?)</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) with a password, all SCRAM-SHA-256</source>
        <translation>
            <numerusform>%n Rolle mit Passwort, SCRAM-SHA-256</numerusform>
            <numerusform>%n Rollen mit Passwort, alle SCRAM-SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 role(s) with an MD5 or plain secret</source>
        <translation>%1 Rolle(n) mit MD5- oder Klartext-Geheimnis</translation>
    </message>
    <message>
        <source>no vector column found: nothing is indexed for vector search</source>
        <translation>keine Vektorspalte gefunden: nichts ist für die Vektorsuche indiziert</translation>
    </message>
    <message>
        <source>%1.%2 has no HNSW index</source>
        <translation>%1.%2 hat keinen HNSW-Index</translation>
    </message>
    <message numerus="yes">
        <source>%n vector column(s), each with an HNSW index</source>
        <translation>
            <numerusform>%n Vektorspalte mit HNSW-Index</numerusform>
            <numerusform>%n Vektorspalten, jede mit HNSW-Index</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vector column(s) without an HNSW index</source>
        <translation>%1 Vektorspalte(n) ohne HNSW-Index</translation>
    </message>
    <message>
        <source>no TLS endpoint to check</source>
        <translation>kein TLS-Endpunkt zu prüfen</translation>
    </message>
    <message>
        <source>%1: the certificate does not verify (%2)</source>
        <translation>%1: das Zertifikat lässt sich nicht verifizieren (%2)</translation>
    </message>
    <message>
        <source>%1: the certificate does not name this host</source>
        <translation>%1: das Zertifikat nennt diesen Host nicht</translation>
    </message>
    <message>
        <source>%1: the certificate expired %2 day(s) ago</source>
        <translation>%1: das Zertifikat ist vor %2 Tag(en) abgelaufen</translation>
    </message>
    <message>
        <source>%1: the certificate is self-signed</source>
        <translation>%1: das Zertifikat ist selbstsigniert</translation>
    </message>
    <message>
        <source>%1: the certificate expires in %2 day(s)</source>
        <translation>%1: das Zertifikat läuft in %2 Tag(en) ab</translation>
    </message>
    <message>
        <source>%1 endpoint(s) with a certificate problem</source>
        <translation>%1 Endpunkt(e) mit Zertifikatsproblem</translation>
    </message>
    <message>
        <source>%1 certificate(s) expiring soon</source>
        <translation>%1 bald ablaufende(s) Zertifikat(e)</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): valid, not self-signed, not expiring</source>
        <translation>
            <numerusform>%n Endpunkt: gültig, nicht selbstsigniert, kein baldiger Ablauf</numerusform>
            <numerusform>%n Endpunkte: gültig, nicht selbstsigniert, kein baldiger Ablauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): valid and not expiring</source>
        <translation>
            <numerusform>%n Endpunkt: gültig, kein baldiger Ablauf</numerusform>
            <numerusform>%n Endpunkte: gültig, kein baldiger Ablauf</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica streams and no slot exists</source>
        <translation>kein Replikat streamt und es gibt keinen Slot</translation>
    </message>
    <message>
        <source>replica %1 streams without a replication slot</source>
        <translation>Replikat %1 streamt ohne Replikations-Slot</translation>
    </message>
    <message>
        <source>slot %1 is not in use (it holds WAL back)</source>
        <translation>Slot %1 wird nicht verwendet (er hält WAL zurück)</translation>
    </message>
    <message>
        <source>no replica streams from the leader</source>
        <translation>kein Replikat streamt vom Leader</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s), each streaming through an active slot</source>
        <translation>
            <numerusform>%n Replikat, streamt über einen aktiven Slot</numerusform>
            <numerusform>%n Replikate, jedes streamt über einen aktiven Slot</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 slot problem(s)</source>
        <translation>%1 Slot-Problem(e)</translation>
    </message>
    <message>
        <source>pg_stat_archiver gave no row</source>
        <translation>pg_stat_archiver lieferte keine Zeile</translation>
    </message>
    <message>
        <source>%1: archive_mode is off</source>
        <translation>%1: archive_mode ist off</translation>
    </message>
    <message>
        <source>%1: archive_mode is %2 but no archive_command is set</source>
        <translation>%1: archive_mode ist %2, aber kein archive_command ist gesetzt</translation>
    </message>
    <message>
        <source>%1: nothing archived yet (%2 failure(s)): archiving is not tested</source>
        <translation>%1: noch nichts archiviert (%2 Fehlversuch(e)): die Archivierung ist ungetestet</translation>
    </message>
    <message>
        <source>%1: the archiver is failing (last failure %2, last success %3)</source>
        <translation>%1: der Archiver schlägt fehl (letzter Fehlschlag %2, letzter Erfolg %3)</translation>
    </message>
    <message>
        <source>archiving on, last WAL archived without a later failure</source>
        <translation>Archivierung aktiv, letztes WAL ohne späteren Fehlschlag archiviert</translation>
    </message>
    <message>
        <source>%1 archiving problem(s)</source>
        <translation>%1 Archivierungsproblem(e)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <source>%1 leaders: %2</source>
        <translation>%1 Leader: %2</translation>
    </message>
    <message>
        <source>%1 member(s) not running</source>
        <translation>%1 Mitglied(er) nicht aktiv</translation>
    </message>
    <message>
        <source>the cluster is paused (maintenance mode): automatic failover is off</source>
        <translation>der Cluster ist pausiert (Wartungsmodus): automatisches Failover ist aus</translation>
    </message>
    <message>
        <source>leader %1; every member running</source>
        <translation>Leader %1; alle Mitglieder aktiv</translation>
    </message>
    <message>
        <source>no health answer</source>
        <translation>keine Antwort auf die Zustandsabfrage</translation>
    </message>
    <message>
        <source>%1 reports itself unhealthy</source>
        <translation>%1 meldet sich selbst als nicht gesund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>%1 member(s) unhealthy</source>
        <translation>%1 Mitglied(er) nicht gesund</translation>
    </message>
    <message>
        <source>PgBouncer has no entry for the application&apos;s database</source>
        <translation>PgBouncer hat keinen Eintrag für die Datenbank der Anwendung</translation>
    </message>
    <message>
        <source>PgBouncer sends %1 to %2, but the leader is not known</source>
        <translation>PgBouncer leitet %1 an %2 weiter, aber der Leader ist unbekannt</translation>
    </message>
    <message>
        <source>%1 → %2, the leader</source>
        <translation>%1 → %2, der Leader</translation>
    </message>
    <message>
        <source>%1 → %2, but the leader is %3</source>
        <translation>%1 → %2, aber der Leader ist %3</translation>
    </message>
    <message>
        <source>no rule named %1</source>
        <translation>keine Regel namens %1</translation>
    </message>
</context>
<context>
    <name>cockpit::RunbookDescribe</name>
    <message>
        <source>judged by people</source>
        <translation>von Personen beurteilt</translation>
    </message>
    <message>
        <source> (judged by people)</source>
        <translation> (von Personen beurteilt)</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source> (any occurrence)</source>
        <translation> (jedes Auftreten)</translation>
    </message>
    <message>
        <source> within %1</source>
        <translation> innerhalb von %1</translation>
    </message>
    <message>
        <source>declared by a person</source>
        <translation>von einer Person erklärt</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>SQL on every node, %1 as %2: %3</source>
        <translation>SQL auf allen Knoten, %1 als %2: %3</translation>
    </message>
    <message>
        <source>SQL on the leader, %1 as %2: %3</source>
        <translation>SQL auf dem Leader, %1 als %2: %3</translation>
    </message>
    <message>
        <source>Make the whole cluster read-only (Patroni&apos;s dynamic configuration: default_transaction_read_only = on on every member, verified)</source>
        <translation>Den gesamten Cluster schreibgeschützt schalten (dynamische Konfiguration von Patroni: default_transaction_read_only = on auf jedem Mitglied, verifiziert)</translation>
    </message>
    <message>
        <source>Make the cluster writable again (default_transaction_read_only = off on every member, verified)</source>
        <translation>Den Cluster wieder beschreibbar machen (default_transaction_read_only = off auf jedem Mitglied, verifiziert)</translation>
    </message>
    <message>
        <source>End the application&apos;s sessions on %1 (sparing this cockpit, replication and administrators), counting them</source>
        <translation>Sitzungen der Anwendung auf %1 beenden (ausgenommen dieses Cockpit, Replikation und Administratoren) und dabei zählen</translation>
    </message>
    <message>
        <source>docker stack deploy -c %1 %2</source>
        <translation>docker stack deploy -c %1 %2</translation>
    </message>
    <message>
        <source>&lt;the profile&apos;s compose file&gt;</source>
        <translation>&lt;the profile&apos;s compose file&gt;</translation>
    </message>
    <message>
        <source>&lt;the profile&apos;s stack&gt;</source>
        <translation>&lt;the profile&apos;s stack&gt;</translation>
    </message>
    <message>
        <source>docker stack rm %1</source>
        <translation>docker stack rm %1</translation>
    </message>
    <message>
        <source>Base backup of the leader as snapshot &quot;%1&quot; (pg_basebackup), with a manifest and the application tables&apos; row counts</source>
        <translation>Basis-Backup des Leaders als Snapshot &quot;%1&quot; (pg_basebackup), mit Manifest und den Zeilenzahlen der Anwendungstabellen</translation>
    </message>
    <message>
        <source>Verify snapshot &quot;%1&quot; (pg_verifybackup)</source>
        <translation>Snapshot &quot;%1&quot; verifizieren (pg_verifybackup)</translation>
    </message>
    <message>
        <source>Start snapshot &quot;%1&quot; on a throwaway server and compare its row counts</source>
        <translation>Snapshot &quot;%1&quot; auf einem temporären Server starten und seine Zeilenzahlen vergleichen</translation>
    </message>
    <message>
        <source>Approval gate: every role signed, inside the maintenance window (&quot;%1&quot;)</source>
        <translation>Freigabe-Schranke: jede Rolle hat freigegeben, innerhalb des Wartungsfensters (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Performance baseline: %1 timed runs of %2 queries; p50, p95, p99</source>
        <translation>Leistungs-Baseline: %1 gemessene Durchläufe von %2 Abfragen; p50, p95, p99</translation>
    </message>
    <message>
        <source>Count %1 against the count recorded in snapshot &quot;%2&quot;</source>
        <translation>%1 zählen und mit der in Snapshot &quot;%2&quot; erfassten Anzahl vergleichen</translation>
    </message>
    <message>
        <source>Write a test row to %1 and read it back</source>
        <translation>Testzeile in %1 schreiben und zurücklesen</translation>
    </message>
    <message>
        <source>Scale Docker service %1 to %2 replicas%3</source>
        <translation>Docker-Service %1 auf %2 Replikate skalieren%3</translation>
    </message>
    <message>
        <source> (forced update)</source>
        <translation> (erzwungenes Update)</translation>
    </message>
    <message>
        <source>Readiness gate: every automated item must pass (&quot;%1&quot;)</source>
        <translation>Bereitschafts-Schranke: jeder automatisierte Punkt muss bestehen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Checks that must pass: %1 (&quot;%2&quot;)</source>
        <translation>Prüfungen, die bestehen müssen: %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>Notify stakeholders: %1</source>
        <translation>Beteiligte benachrichtigen: %1</translation>
    </message>
    <message>
        <source>Watch for %1: %2</source>
        <translation>Beobachtung über %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>cockpit::Services</name>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>der Schlüsselbund hat noch nicht geantwortet</translation>
    </message>
    <message>
        <source>a settings file</source>
        <translation>eine Einstellungsdatei</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>der Speicher</translation>
    </message>
    <message>
        <source>no connection profile: give --profile NAME</source>
        <translation>kein Verbindungsprofil: geben Sie --profile NAME an</translation>
    </message>
    <message>
        <source>`rollout-cockpit profile list` shows the profiles there are.</source>
        <translation>`rollout-cockpit profile list` zeigt die vorhandenen Profile.</translation>
    </message>
    <message>
        <source>no password for the team store of profile %1 in the keychain (%2)</source>
        <translation>kein Passwort für den Team-Speicher von Profil %1 im Schlüsselbund (%2)</translation>
    </message>
    <message>
        <source>Import the profile again with its password_file, or start with --store PATH.</source>
        <translation>Importieren Sie das Profil erneut mit seiner password_file oder starten Sie mit --store PATH.</translation>
    </message>
    <message>
        <source>no password for the team store&apos;s user %1: %2</source>
        <translation>kein Passwort für den Benutzer %1 des Team-Speichers: %2</translation>
    </message>
    <message>
        <source>the store is not sealed: the keychain could not keep its key (%1)</source>
        <translation>der Speicher ist nicht versiegelt: der Schlüsselbund konnte seinen Schlüssel nicht aufbewahren (%1)</translation>
    </message>
    <message>
        <source>the store is sealed (store id %1) and the keychain has no key for it: its records cannot be vouched for here, nor new ones recorded (%2)</source>
        <translation>der Speicher ist versiegelt (Speicher-ID %1) und der Schlüsselbund hat keinen Schlüssel dafür: hier lässt sich weder die Echtheit seiner Einträge bestätigen, noch lassen sich neue Einträge erfassen (%2)</translation>
    </message>
</context>
<context>
    <name>cockpit::Triggers</name>
    <message>
        <source>no data: holding the last state (%1), as on_no_data says</source>
        <translation>keine Daten: letzter Zustand (%1) wird beibehalten, gemäß on_no_data</translation>
    </message>
    <message>
        <source>no data: fired, as on_no_data says</source>
        <translation>keine Daten: ausgelöst, gemäß on_no_data</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is evaluated from its metric; only a manual trigger is raised by a person</source>
        <translation>&quot;%1&quot; wird anhand seiner Metrik ausgewertet; nur ein manueller Auslöser wird von einer Person ausgelöst</translation>
    </message>
    <message>
        <source>raising a trigger needs a reason</source>
        <translation>ein Auslöser kann nur mit Begründung ausgelöst werden</translation>
    </message>
    <message>
        <source>no trigger &quot;%1&quot; in the runbook</source>
        <translation>kein Auslöser &quot;%1&quot; im Runbook</translation>
    </message>
    <message>
        <source>no manual trigger &quot;%1&quot; in the runbook</source>
        <translation>kein manueller Auslöser &quot;%1&quot; im Runbook</translation>
    </message>
    <message>
        <source>Each line is timestamp,metric,value: Unix seconds, a metric of the runbook&apos;s monitoring.metrics, and a number (NaN, +Inf, -Inf allowed).</source>
        <translation>Jede Zeile lautet timestamp,metric,value: Unix-Sekunden, eine Metrik aus monitoring.metrics des Runbooks und eine Zahl (NaN, +Inf, -Inf erlaubt).</translation>
    </message>
    <message>
        <source>the file is empty (expected the header timestamp,metric,value)</source>
        <translation>die Datei ist leer (erwartet wurde die Kopfzeile timestamp,metric,value)</translation>
    </message>
    <message>
        <source>expected the header &quot;timestamp,metric,value&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wurde die Kopfzeile &quot;timestamp,metric,value&quot;, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected 3 fields, found %1</source>
        <translation>3 Felder erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>bad timestamp &quot;%1&quot; (Unix seconds)</source>
        <translation>ungültiger Zeitstempel &quot;%1&quot; (Unix-Sekunden)</translation>
    </message>
    <message>
        <source>no metric &quot;%1&quot; in the runbook</source>
        <translation>keine Metrik &quot;%1&quot; im Runbook</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot;</source>
        <translation>ungültiger Wert &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cockpit::cli::CliText</name>
    <message>
        <source>Sign-off (%1 of %2 approved) in %3%4
</source>
        <translation>Freigabe (%1 von %2 genehmigt) in %3%4
</translation>
    </message>
    <message>
        <source>, as %1</source>
        <translation>, als %1</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — Begründung: %1</translation>
    </message>
    <message>
        <source> — &quot;%1&quot;</source>
        <translation> — &quot;%1&quot;</translation>
    </message>
    <message>
        <source>            approved: %1 (digest %2…)
</source>
        <translation>            genehmigt: %1 (Prüfsumme %2…)
</translation>
    </message>
    <message>
        <source>            approved: not recorded (signed by an earlier version)
</source>
        <translation>            genehmigt: nicht erfasst (mit einer früheren Version freigegeben)
</translation>
    </message>
    <message>
        <source>            signed before: %1
</source>
        <translation>            zuvor freigegeben: %1
</translation>
    </message>
    <message>
        <source>Date approved:      %1
</source>
        <translation>Genehmigt am:       %1
</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Scheduled rollout:  %1
</source>
        <translation>Geplanter Rollout:  %1
</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Maintenance window: %1
</source>
        <translation>Wartungsfenster:    %1
</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Gate: %1
</source>
        <translation>Schranke: %1
</translation>
    </message>
    <message>
        <source>Ledger: intact, %1 records, head %2
</source>
        <translation>Protokollkette: intakt, %1 Einträge, Kopf %2
</translation>
    </message>
    <message>
        <source>Ledger: BROKEN — %1
</source>
        <translation>Protokollkette: BESCHÄDIGT — %1
</translation>
    </message>
    <message>
        <source>Anchor: %1@%2 (quote it; `approvals verify --anchor` proves the record still holds it)
</source>
        <translation>Anker: %1@%2 (halten Sie ihn fest; `approvals verify --anchor` weist nach, dass die Protokollkette ihn noch enthält)
</translation>
    </message>
    <message>
        <source>missing subcommand (show, sign, revoke, window, schedule, override, confirm-override or verify)</source>
        <translation>fehlender Unterbefehl (show, sign, revoke, window, schedule, override, confirm-override oder verify)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (show, sign, revoke, window, schedule, override, confirm-override or verify)</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot; (show, sign, revoke, window, schedule, override, confirm-override oder verify)</translation>
    </message>
    <message>
        <source>--anchor needs a value: HEAD or HEAD@COUNT</source>
        <translation>--anchor erfordert einen Wert: HEAD oder HEAD@COUNT</translation>
    </message>
    <message>
        <source>--anchor takes a head (at least %1 hexadecimal digits of a record&apos;s hash), optionally @COUNT, the number of records it closed</source>
        <translation>--anchor erwartet einen Kopf (mindestens %1 Hexadezimalziffern des Hashes eines Eintrags), optional @COUNT, die Anzahl der von ihm abgeschlossenen Einträge</translation>
    </message>
    <message>
        <source>show takes --format text|json</source>
        <translation>show erwartet --format text|json</translation>
    </message>
    <message>
        <source>verify takes no argument</source>
        <translation>verify erwartet kein Argument</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>intact: %1 records, head %2
</source>
        <translation>intakt: %1 Einträge, Kopf %2
</translation>
    </message>
    <message>
        <source>the anchor given (%1) is in the record
</source>
        <translation>der angegebene Anker (%1) ist in der Protokollkette enthalten
</translation>
    </message>
    <message>
        <source>BROKEN: %1
</source>
        <translation>BESCHÄDIGT: %1
</translation>
    </message>
    <message>
        <source>sign takes ROLE --decision approve|reject [--comment TEXT] [--reason TEXT]</source>
        <translation>sign erwartet ROLE --decision approve|reject [--comment TEXT] [--reason TEXT]</translation>
    </message>
    <message>
        <source>revoke takes ROLE</source>
        <translation>revoke erwartet ROLE</translation>
    </message>
    <message>
        <source>the runbook has no approval role &quot;%1&quot; (roles: %2)</source>
        <translation>das Runbook hat keine Freigaberolle &quot;%1&quot; (Rollen: %2)</translation>
    </message>
    <message>
        <source>revoke takes no --decision</source>
        <translation>revoke erwartet kein --decision</translation>
    </message>
    <message>
        <source>--decision is approve or reject</source>
        <translation>--decision ist approve oder reject</translation>
    </message>
    <message>
        <source>%1: %2 by %3 (record #%4)
</source>
        <translation>%1: %2 von %3 (Eintrag #%4)
</translation>
    </message>
    <message>
        <source>an option needs a value</source>
        <translation>eine Option erfordert einen Wert</translation>
    </message>
    <message>
        <source>window takes --start ISO8601 --end ISO8601 [--zone NAME]</source>
        <translation>window erwartet --start ISO8601 --end ISO8601 [--zone NAME]</translation>
    </message>
    <message>
        <source>give times as ISO 8601 with an offset (2026-12-05T22:00:00+01:00) or a known --zone (Europe/Berlin)</source>
        <translation>geben Sie Zeiten in ISO 8601 mit UTC-Offset (2026-12-05T22:00:00+01:00) oder mit einer bekannten --zone (Europe/Berlin) an</translation>
    </message>
    <message>
        <source>schedule takes ISO8601 [--zone NAME]</source>
        <translation>schedule erwartet ISO8601 [--zone NAME]</translation>
    </message>
    <message>
        <source>give the time as ISO 8601 with an offset (2026-12-05T22:00:00+01:00) or a known --zone (Europe/Berlin)</source>
        <translation>geben Sie die Zeit in ISO 8601 mit UTC-Offset (2026-12-05T22:00:00+01:00) oder mit einer bekannten --zone (Europe/Berlin) an</translation>
    </message>
    <message>
        <source>recorded (record #%1)
</source>
        <translation>erfasst (Eintrag #%1)
</translation>
    </message>
    <message>
        <source>override takes --reason TEXT</source>
        <translation>override erwartet --reason TEXT</translation>
    </message>
    <message>
        <source>emergency override by %1 recorded (record #%2)
</source>
        <translation>Notfall-Übersteuerung durch %1 erfasst (Eintrag #%2)
</translation>
    </message>
    <message>
        <source>confirm-override takes [RECORD], the request&apos;s record number</source>
        <translation>confirm-override erwartet [RECORD], die Eintragsnummer der Anforderung</translation>
    </message>
    <message>
        <source>emergency override (record #%1) confirmed by %2 (record #%3)
</source>
        <translation>Notfall-Übersteuerung (Eintrag #%1) bestätigt durch %2 (Eintrag #%3)
</translation>
    </message>
    <message>
        <source>the gate cannot be judged: %1
</source>
        <translation>die Schranke kann nicht beurteilt werden: %1
</translation>
    </message>
    <message>
        <source>it holds only when a second person confirms it within %1 minutes: rollout-cockpit approvals confirm-override %2
</source>
        <translation>sie gilt nur, wenn eine zweite Person sie innerhalb von %1 Minuten bestätigt: rollout-cockpit approvals confirm-override %2
</translation>
    </message>
    <message>
        <source>the gate is open for %1 minutes
</source>
        <translation>die Schranke ist für %1 Minuten offen
</translation>
    </message>
    <message>
        <source>the gate stays closed: %1
</source>
        <translation>die Schranke bleibt geschlossen: %1
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing subcommand (init, grants, grant, ungrant or import)</source>
        <translation>fehlender Unterbefehl (init, grants, grant, ungrant oder import)</translation>
    </message>
    <message>
        <source>the store is not a team store: give --profile P of a profile with a team_store</source>
        <translation>der Speicher ist kein Team-Speicher: geben Sie mit --profile P ein Profil mit team_store an</translation>
    </message>
    <message>
        <source>init takes no argument</source>
        <translation>init erwartet kein Argument</translation>
    </message>
    <message>
        <source>team store %1 ready (schema version %2), connected as %3
</source>
        <translation>Team-Speicher %1 bereit (Schemaversion %2), verbunden als %3
</translation>
    </message>
    <message>
        <source>import takes --from PATH (a local store)</source>
        <translation>import erwartet --from PATH (einen lokalen Speicher)</translation>
    </message>
    <message>
        <source>%1 has no rollout of runbook %2</source>
        <translation>%1 enthält keinen Rollout von Runbook %2</translation>
    </message>
    <message>
        <source>[copied from the local store %1: recorded by %2 at %3]</source>
        <translation>[kopiert aus dem lokalen Speicher %1: erfasst von %2 am %3]</translation>
    </message>
    <message>
        <source>%1 item(s) copied into %2 as %3; sign-offs are given again in the team store
</source>
        <translation>%1 Punkt(e) nach %2 als %3 kopiert; Freigaben werden im Team-Speicher erneut erteilt
</translation>
    </message>
    <message>
        <source>%1 takes DATABASE_ROLE APPROVAL_ROLE</source>
        <translation>%1 erwartet DATABASE_ROLE APPROVAL_ROLE</translation>
    </message>
    <message>
        <source>the runbook has no approval role &quot;%1&quot;</source>
        <translation>das Runbook hat keine Freigaberolle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 may now sign for %2
</source>
        <translation>%1 darf jetzt für %2 freigeben
</translation>
    </message>
    <message>
        <source>%1 may no longer sign for %2
</source>
        <translation>%1 darf nicht mehr für %2 freigeben
</translation>
    </message>
    <message>
        <source>cannot write %1: %2
</source>
        <translation>%1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>the checklist cannot be read from the store: %1</source>
        <translation>die Checkliste kann nicht aus dem Speicher gelesen werden: %1</translation>
    </message>
    <message>
        <source>the check results cannot be read from the store: %1</source>
        <translation>die Prüfergebnisse können nicht aus dem Speicher gelesen werden: %1</translation>
    </message>
    <message>
        <source>
%1 / %2 complete
</source>
        <translation>
%1 / %2 erledigt
</translation>
    </message>
    <message>
        <source>the record cannot be trusted, so neither can this checklist: %1</source>
        <translation>der Protokollkette kann nicht vertraut werden, also auch dieser Checkliste nicht: %1</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;
%2</source>
        <translation>unerwartetes &quot;%1&quot;
%2</translation>
    </message>
    <message>
        <source>the runbook has no section &quot;%1&quot;</source>
        <translation>das Runbook hat keinen Abschnitt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the runbook has no item &quot;%1&quot;</source>
        <translation>das Runbook hat keinen Punkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning: the store cannot record this check: %1
</source>
        <translation>Warnung: der Speicher kann diese Prüfung nicht erfassen: %1
</translation>
    </message>
    <message>
        <source>warning: the store cannot be opened, so no result is recorded and no item marked not applicable is taken into account: %1
</source>
        <translation>Warnung: der Speicher kann nicht geöffnet werden; daher wird kein Ergebnis erfasst und kein als nicht zutreffend markierter Punkt berücksichtigt: %1
</translation>
    </message>
    <message>
        <source>warning: the results were not recorded: %1
</source>
        <translation>Warnung: die Ergebnisse wurden nicht erfasst: %1
</translation>
    </message>
    <message>
        <source>error: the checklist could not be read from the store, so no item marked not applicable is taken into account: %1
</source>
        <translation>Fehler: die Checkliste konnte nicht aus dem Speicher gelesen werden; daher wird kein als nicht zutreffend markierter Punkt berücksichtigt: %1
</translation>
    </message>
    <message>
        <source>missing subcommand (show or set)</source>
        <translation>fehlender Unterbefehl (show oder set)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (show or set)</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot; (show oder set)</translation>
    </message>
    <message>
        <source>an option is missing its value</source>
        <translation>bei einer Option fehlt der Wert</translation>
    </message>
    <message>
        <source>set takes ID --status open|done|not-applicable|blocked [--note TEXT] [--evidence TEXT] [--as NAME]</source>
        <translation>set erwartet ID --status open|done|not-applicable|blocked [--note TEXT] [--evidence TEXT] [--as NAME]</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (open, done, not-applicable or blocked)</source>
        <translation>unbekannter Status &quot;%1&quot; (open, done, not-applicable oder blocked)</translation>
    </message>
    <message>
        <source>nothing to set: give --status, --note or --evidence</source>
        <translation>nichts festzulegen: geben Sie --status, --note oder --evidence an</translation>
    </message>
    <message>
        <source>%1: %2 (by %3)
</source>
        <translation>%1: %2 (von %3)
</translation>
    </message>
    <message numerus="yes">
        <source>Readiness of profile %1 against %2: %n item(s) in %3 s
</source>
        <translation>
            <numerusform>Bereitschaft von Profil %1, geprüft gegen %2: %n Punkt in %3 s
</numerusform>
            <numerusform>Bereitschaft von Profil %1, geprüft gegen %2: %n Punkte in %3 s
</numerusform>
        </translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (erwartet: %1)</translation>
    </message>
    <message>
        <source>
Summary: %1 pass, %2 warn, %3 fail, %4 unknown, %5 manual
</source>
        <translation>
Zusammenfassung: %1 bestanden, %2 Warnung(en), %3 fehlgeschlagen, %4 unbekannt, %5 manuell
</translation>
    </message>
    <message>
        <source>Accepted gap: %1
</source>
        <translation>Akzeptierte Lücke: %1
</translation>
    </message>
    <message>
        <source>Gate: open (%1 of %2 automated item(s) pass)
</source>
        <translation>Schranke: offen (%1 von %2 automatisierten Punkten bestanden)
</translation>
    </message>
    <message numerus="yes">
        <source>Gate: CLOSED — %n automated item(s) do not pass:
</source>
        <translation>
            <numerusform>Schranke: GESCHLOSSEN — %n automatisierter Punkt nicht bestanden:
</numerusform>
            <numerusform>Schranke: GESCHLOSSEN — %n automatisierte Punkte nicht bestanden:
</numerusform>
        </translation>
    </message>
    <message>
        <source>--settings needs a value</source>
        <translation>--settings erfordert einen Wert</translation>
    </message>
    <message>
        <source>Usage:
  rollout-cockpit [--store PATH] [--runbook FILE] [--settings FILE] [--profile NAME]
      Open the cockpit window.
</source>
        <translation>Aufruf:
  rollout-cockpit [--store PATH] [--runbook FILE] [--settings FILE] [--profile NAME]
      Öffnet das Cockpit-Fenster.
</translation>
    </message>
    <message>
        <source>rollout-cockpit: unknown command &quot;%1&quot;
</source>
        <translation>rollout-cockpit: unbekannter Befehl &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>--format needs a value: %1</source>
        <translation>--format erfordert einen Wert: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>unbekanntes Format &quot;%1&quot; (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erfordert einen Wert</translation>
    </message>
    <message>
        <source>--as takes a name of one line, without control characters</source>
        <translation>--as erwartet einen einzeiligen Namen ohne Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 procedure%2
</source>
        <translation>Ablauf: %1%2
</translation>
    </message>
    <message>
        <source> (a REHEARSAL: watches were shortened)</source>
        <translation> (ein PROBELAUF: Beobachtungen wurden verkürzt)</translation>
    </message>
    <message>
        <source> — %1 of %2 (%3 %)%4</source>
        <translation> — %1 von %2 (%3 %)%4</translation>
    </message>
    <message>
        <source>, WARNING: 80 % of the budget used</source>
        <translation>, WARNUNG: 80 % des Zeitbudgets verbraucht</translation>
    </message>
    <message>
        <source> · rehearsal forecast %1 (%2)</source>
        <translation> · Prognose aus Probelauf %1 (%2)</translation>
    </message>
    <message>
        <source>Phase %1: %2%3
</source>
        <translation>Phase %1: %2%3
</translation>
    </message>
    <message>
        <source>Override of the %1 gate: %2
</source>
        <translation>Übersteuerung der Schranke %1: %2
</translation>
    </message>
    <message>
        <source>Rollback window: closes %1 (%2 left)
</source>
        <translation>Rollback-Fenster: schließt %1 (noch %2)
</translation>
    </message>
    <message>
        <source>
%1 — %2
%3
</source>
        <translation>
%1 — %2
%3
</translation>
    </message>
    <message>
        <source>This changes the cluster. Type the cluster&apos;s name (%1) to go ahead: </source>
        <translation>Dies ändert den Cluster. Geben Sie zum Fortfahren den Namen des Clusters (%1) ein: </translation>
    </message>
    <message>
        <source>Type &quot;done&quot; once you have done it: </source>
        <translation>Geben Sie &quot;done&quot; ein, sobald Sie es erledigt haben: </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--phase takes a phase number (1, 2, 3)</source>
        <translation>--phase erwartet eine Phasennummer (1, 2, 3)</translation>
    </message>
    <message>
        <source>--steps takes a number of actions (1 or more)</source>
        <translation>--steps erwartet eine Anzahl von Aktionen (1 oder mehr)</translation>
    </message>
    <message>
        <source>--wait-clear takes a duration such as 30s or 10m</source>
        <translation>--wait-clear erwartet eine Dauer wie 30s oder 10m</translation>
    </message>
    <message>
        <source>--watch-for takes a duration such as 30s or 2m</source>
        <translation>--watch-for erwartet eine Dauer wie 30s oder 2m</translation>
    </message>
    <message>
        <source>--resolve STEP goes with --as done|rerun|rollback</source>
        <translation>--resolve STEP gehört zu --as done|rerun|rollback</translation>
    </message>
    <message>
        <source>--as takes done, rerun or rollback</source>
        <translation>--as erwartet done, rerun oder rollback</translation>
    </message>
    <message>
        <source>--override takes readiness, approvals, data_sources or preflight</source>
        <translation>--override erwartet readiness, approvals, data_sources oder preflight</translation>
    </message>
    <message>
        <source>an override or a skip needs --reason TEXT: it is recorded</source>
        <translation>eine Übersteuerung oder ein Überspringen erfordert --reason TEXT: die Begründung wird erfasst</translation>
    </message>
    <message>
        <source>--from-snapshot goes with --rehearse</source>
        <translation>--from-snapshot gehört zu --rehearse</translation>
    </message>
    <message>
        <source>a rehearsal is of the migration&apos;s phases: use migrate --rehearse</source>
        <translation>ein Probelauf betrifft die Phasen der Migration: verwenden Sie migrate --rehearse</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1
</source>
        <translation>Der Probelauf konnte nicht ausgeführt werden: %1
</translation>
    </message>
    <message>
        <source>
REHEARSAL on a copy of %1 (journal: rollout %2)
</source>
        <translation>
PROBELAUF auf einer Kopie von %1 (Journal: Rollout %2)
</translation>
    </message>
    <message>
        <source>Slowest:
</source>
        <translation>Am langsamsten:
</translation>
    </message>
    <message>
        <source>Nothing failed on the copy.
</source>
        <translation>Auf der Kopie ist nichts fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>FAILED on the copy: %1 — %2
</source>
        <translation>FEHLGESCHLAGEN auf der Kopie: %1 — %2
</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot; in the %2 procedure (see --status)</source>
        <translation>kein Schritt &quot;%1&quot; im Ablauf %2 (siehe --status)</translation>
    </message>
    <message>
        <source>%1 is %2: only a step in doubt or failed is resolved</source>
        <translation>%1 ist %2: nur ungeklärte oder fehlgeschlagene Schritte können geklärt werden</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be skipped</source>
        <translation>%1 ist %2: kann nicht übersprungen werden</translation>
    </message>
    <message>
        <source>%1 skipped: %2
</source>
        <translation>%1 übersprungen: %2
</translation>
    </message>
    <message>
        <source>%1 resolved as %2
</source>
        <translation>%1 geklärt als %2
</translation>
    </message>
    <message>
        <source>The migration stops here. Run: rollout-cockpit rollback --profile %1
</source>
        <translation>Die Migration endet hier. Führen Sie aus: rollout-cockpit rollback --profile %1
</translation>
    </message>
    <message>
        <source>no action is waiting to run</source>
        <translation>keine Aktion wartet auf Ausführung</translation>
    </message>
    <message>
        <source>override of the preflight of %1 recorded for its next start: %2
</source>
        <translation>Übersteuerung der Vorabprüfung von %1 für den nächsten Start erfasst: %2
</translation>
    </message>
    <message>
        <source>override of the %1 gate recorded: %2
</source>
        <translation>Übersteuerung der Schranke %1 erfasst: %2
</translation>
    </message>
    <message>
        <source>warning: no password for the credential &quot;%1&quot; of profile %2 in the keychain
</source>
        <translation>Warnung: kein Passwort für die Zugangsdaten &quot;%1&quot; von Profil %2 im Schlüsselbund
</translation>
    </message>
    <message>
        <source>[phase %1] %2 — %3%4
</source>
        <translation>[Phase %1] %2 — %3%4
</translation>
    </message>
    <message>
        <source> (changes the cluster)</source>
        <translation> (ändert den Cluster)</translation>
    </message>
    <message>
        <source>▶ %1 — %2
</source>
        <translation>▶ %1 — %2
</translation>
    </message>
    <message>
        <source>  preflight on %1: clear
</source>
        <translation>  Vorabprüfung auf %1: ohne Befund
</translation>
    </message>
    <message>
        <source>  preflight on %1 found:
</source>
        <translation>  Vorabprüfung auf %1 fand:
</translation>
    </message>
    <message>
        <source>Decide with: rollout-cockpit %1 --profile %2 --resolve %3 --as done|rerun|rollback
</source>
        <translation>Entscheiden Sie mit: rollout-cockpit %1 --profile %2 --resolve %3 --as done|rerun|rollback
</translation>
    </message>
    <message>
        <source>Run the command again once it is clear, wait for it with --wait-clear 10m, or record an override: rollout-cockpit %1 --profile %2 --override preflight --reason TEXT
</source>
        <translation>Führen Sie den Befehl erneut aus, sobald die Vorabprüfung ohne Befund ist, warten Sie mit --wait-clear 10m darauf oder erfassen Sie eine Übersteuerung: rollout-cockpit %1 --profile %2 --override preflight --reason TEXT
</translation>
    </message>
    <message>
        <source>Satisfy the gate, or record an override: rollout-cockpit %1 --profile %2 --override readiness|approvals|data_sources --reason TEXT
</source>
        <translation>Erfüllen Sie die Bedingungen der Schranke oder erfassen Sie eine Übersteuerung: rollout-cockpit %1 --profile %2 --override readiness|approvals|data_sources --reason TEXT
</translation>
    </message>
    <message>
        <source>list takes only --format text|json</source>
        <translation>list erwartet nur --format text|json</translation>
    </message>
    <message>
        <source>  (unreadable: %1)</source>
        <translation>  (unlesbar: %1)</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: rollout-cockpit profile import FILE
</source>
        <translation>Noch keine Profile. Importieren Sie eines mit: rollout-cockpit profile import FILE
</translation>
    </message>
    <message>
        <source>show takes one profile name</source>
        <translation>show erwartet einen Profilnamen</translation>
    </message>
    <message>
        <source>test takes one profile name and --format text|json</source>
        <translation>test erwartet einen Profilnamen und --format text|json</translation>
    </message>
    <message>
        <source>WARNING  %1</source>
        <translation>WARNUNG  %1</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints answered
</source>
        <translation>%1 von %2 Endpunkten haben geantwortet
</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see above
</source>
        <translation>
            <numerusform>%n Warnung: siehe oben
</numerusform>
            <numerusform>%n Warnungen: siehe oben
</numerusform>
        </translation>
    </message>
    <message>
        <source>--name needs a value</source>
        <translation>--name erfordert einen Wert</translation>
    </message>
    <message>
        <source>import takes one FILE</source>
        <translation>import erwartet genau eine Datei (FILE)</translation>
    </message>
    <message>
        <source>The profile was not imported: </source>
        <translation>Das Profil wurde nicht importiert: </translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; (%2 endpoints; passwords in the %3)
</source>
        <translation>Profil &quot;%1&quot; importiert (%2 Endpunkte; Passwörter gespeichert in: %3)
</translation>
    </message>
    <message>
        <source>remove takes one profile name</source>
        <translation>remove erwartet einen Profilnamen</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;
</source>
        <translation>kein Profil namens &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its passwords
</source>
        <translation>Profil &quot;%1&quot; und seine Passwörter entfernt
</translation>
    </message>
    <message>
        <source>missing subcommand (list, show, test, import or remove)</source>
        <translation>fehlender Unterbefehl (list, show, test, import oder remove)</translation>
    </message>
    <message>
        <source>--output FILE is required (the report&apos;s file: .pdf, .json or .html)</source>
        <translation>--output FILE ist erforderlich (die Datei des Berichts: .pdf, .json oder .html)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use pdf, json or html)</source>
        <translation>unbekanntes Format &quot;%1&quot; (verwenden Sie pdf, json oder html)</translation>
    </message>
    <message>
        <source>--page-size is A4 or Letter</source>
        <translation>--page-size ist A4 oder Letter</translation>
    </message>
    <message>
        <source>give times as ISO 8601 with an offset (2026-12-05T22:00:00+01:00)</source>
        <translation>geben Sie Zeiten in ISO 8601 mit UTC-Offset an (2026-12-05T22:00:00+01:00)</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <source>--input FILE takes only --output, --format and --page-size</source>
        <translation>--input FILE erlaubt nur --output, --format und --page-size</translation>
    </message>
    <message>
        <source>%1 is not a report of schema version %2 (%3)</source>
        <translation>%1 ist kein Bericht der Schemaversion %2 (%3)</translation>
    </message>
    <message>
        <source>report written: %1
</source>
        <translation>Bericht geschrieben: %1
</translation>
    </message>
    <message>
        <source>the record is BROKEN (%1): the report says so on its cover
</source>
        <translation>die Protokollkette ist BESCHÄDIGT (%1): der Bericht weist auf seinem Deckblatt darauf hin
</translation>
    </message>
    <message>
        <source>record intact: %1 records, head %2
</source>
        <translation>Protokollkette intakt: %1 Einträge, Kopf %2
</translation>
    </message>
    <message>
        <source>validate takes exactly one FILE</source>
        <translation>validate erwartet genau eine Datei (FILE)</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: Warnung: %2
</translation>
    </message>
    <message>
        <source>%1: valid runbook &quot;%2&quot; (%3 checklist items, %4 phases)
</source>
        <translation>%1: gültiges Runbook &quot;%2&quot; (%3 Checklistenpunkte, %4 Phasen)
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>show takes at most one FILE</source>
        <translation>show erwartet höchstens eine Datei (FILE)</translation>
    </message>
    <message>
        <source>missing subcommand (validate or show)</source>
        <translation>fehlender Unterbefehl (validate oder show)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (validate or show)</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot; (validate oder show)</translation>
    </message>
    <message>
        <source>Status: %1 | Timeline: %2 | Risk: %3 | Rollback window: %4
</source>
        <translation>Status: %1 | Zeitplan: %2 | Risiko: %3 | Rollback-Fenster: %4
</translation>
    </message>
    <message>
        <source>Readiness checklist (%1 items)</source>
        <translation>Bereitschafts-Checkliste (%1 Punkte)</translation>
    </message>
    <message>
        <source>Migration procedure</source>
        <translation>Migrationsablauf</translation>
    </message>
    <message>
        <source>, maintenance window</source>
        <translation>, Wartungsfenster</translation>
    </message>
    <message>
        <source>Rollback plan (rollback window: %1)</source>
        <translation>Rollback-Plan (Rollback-Fenster: %1)</translation>
    </message>
    <message>
        <source>Automatic rollback triggers:
</source>
        <translation>Automatische Rollback-Auslöser:
</translation>
    </message>
    <message>
        <source>Manual rollback procedure (&lt; %1):
</source>
        <translation>Manueller Rollback-Ablauf (&lt; %1):
</translation>
    </message>
    <message>
        <source>Data consistency checks after a rollback:
</source>
        <translation>Prüfungen der Datenkonsistenz nach einem Rollback:
</translation>
    </message>
    <message>
        <source>Monitoring (critical watch: %1)</source>
        <translation>Überwachung (kritische Beobachtungsphase: %1)</translation>
    </message>
    <message>
        <source>Week 1 validations:
</source>
        <translation>Validierungen in Woche 1:
</translation>
    </message>
    <message>
        <source>Issues response matrix:
</source>
        <translation>Reaktionsmatrix für Probleme:
</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Success criteria (all true for %1)</source>
        <translation>Erfolgskriterien (alle erfüllt für die Dauer von %1)</translation>
    </message>
    <message>
        <source>Contacts and escalation</source>
        <translation>Kontakte und Eskalation</translation>
    </message>
    <message>
        <source>Approval sign-off</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>this machine holds no anchor of %1 (%2)
</source>
        <translation>dieser Rechner hat keinen Anker von %1 (%2)
</translation>
    </message>
    <message>
        <source>This machine no longer remembers that %1 had %2 records (head %3, verified at %4); the next verification anchors the record as it is now.
</source>
        <translation>Dieser Rechner weiß nicht mehr, dass %1 %2 Einträge hatte (Kopf %3, verifiziert am %4); die nächste Verifizierung verankert die Protokollkette in ihrem aktuellen Zustand.
</translation>
    </message>
    <message>
        <source>%1: %2 records, head %3, verified at %4 (%5)
</source>
        <translation>%1: %2 Einträge, Kopf %3, verifiziert am %4 (%5)
</translation>
    </message>
    <message>
        <source>store key export | store key import TOKEN | store anchor [forget]</source>
        <translation>store key export | store key import TOKEN | store anchor [forget]</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;key %1&quot; (export or import)</source>
        <translation>unbekannter Unterbefehl &quot;key %1&quot; (export oder import)</translation>
    </message>
    <message>
        <source>%1 is not sealed (a team store, or no keychain kept a key when it was first used)</source>
        <translation>%1 ist nicht versiegelt (ein Team-Speicher, oder kein Schlüsselbund hat bei der ersten Verwendung einen Schlüssel aufbewahrt)</translation>
    </message>
    <message>
        <source>the keychain has no key for store %1: %2</source>
        <translation>der Schlüsselbund hat keinen Schlüssel für Speicher %1: %2</translation>
    </message>
    <message>
        <source>The key below lets whoever holds it write records this store trusts: hand it over like a password, and only to a machine that is to record in this store.
</source>
        <translation>Mit dem folgenden Schlüssel kann jeder, der ihn besitzt, Einträge schreiben, denen dieser Speicher vertraut: Geben Sie ihn wie ein Passwort weiter, und nur an einen Rechner, der in diesem Speicher erfassen soll.
</translation>
    </message>
    <message>
        <source>not a store key (it reads rckey1:STORE-ID:KEY)</source>
        <translation>kein Speicherschlüssel (er lautet rckey1:STORE-ID:KEY)</translation>
    </message>
    <message>
        <source>this key is store %1&apos;s; %2 is store %3</source>
        <translation>dieser Schlüssel gehört zu Speicher %1; %2 ist Speicher %3</translation>
    </message>
    <message>
        <source>the keychain did not keep the key: %1</source>
        <translation>der Schlüsselbund hat den Schlüssel nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>the key of store %1 is in the keychain; this machine can now verify and record in %2
</source>
        <translation>der Schlüssel von Speicher %1 ist im Schlüsselbund; dieser Rechner kann jetzt in %2 verifizieren und erfassen
</translation>
    </message>
    <message>
        <source>(entered by a person)</source>
        <translation>(von einer Person eingegeben)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Metrics at %1
</source>
        <translation>Metriken, Stand %1
</translation>
    </message>
    <message>
        <source>  [stale since %1: %2]</source>
        <translation>  [veraltet seit %1: %2]</translation>
    </message>
    <message>
        <source>Rollback triggers
</source>
        <translation>Rollback-Auslöser
</translation>
    </message>
    <message>
        <source>  (since %1)</source>
        <translation>  (seit %1)</translation>
    </message>
    <message>
        <source>Success criteria
</source>
        <translation>Erfolgskriterien
</translation>
    </message>
    <message>
        <source>--for takes a duration such as 30s or 10m</source>
        <translation>--for erwartet eine Dauer wie 30s oder 10m</translation>
    </message>
    <message>
        <source>--interval takes a duration such as 10s</source>
        <translation>--interval erwartet eine Dauer wie 10s</translation>
    </message>
    <message>
        <source>ALERT %1 at %2: %3; contact %4
</source>
        <translation>ALARM %1 um %2: %3; Kontakt %4
</translation>
    </message>
    <message>
        <source>cleared %1 at %2
</source>
        <translation>Entwarnung %1 um %2
</translation>
    </message>
    <message>
        <source>history from Prometheus unavailable: %1
</source>
        <translation>Verlauf aus Prometheus nicht verfügbar: %1
</translation>
    </message>
    <message>
        <source>Data sources: %1
</source>
        <translation>Datenquellen: %1
</translation>
    </message>
    <message>
        <source>IN DOUBT: these triggers cannot be judged now: %1
</source>
        <translation>UNGEKLÄRT: diese Auslöser können derzeit nicht beurteilt werden: %1
</translation>
    </message>
    <message>
        <source>IN DOUBT: these triggers hold their last state for want of data: %1
</source>
        <translation>UNGEKLÄRT: diese Auslöser behalten mangels Daten ihren letzten Zustand bei: %1
</translation>
    </message>
    <message>
        <source>IN DOUBT: the data sources are not healthy
</source>
        <translation>UNGEKLÄRT: die Datenquellen sind nicht gesund
</translation>
    </message>
    <message>
        <source>usage: rollout-cockpit triggers replay --input FILE [--format text|json]</source>
        <translation>Aufruf: rollout-cockpit triggers replay --input FILE [--format text|json]</translation>
    </message>
    <message>
        <source>replay needs --input FILE (CSV: timestamp,metric,value)</source>
        <translation>replay erfordert --input FILE (CSV: timestamp,metric,value)</translation>
    </message>
    <message>
        <source>recorded samples</source>
        <translation>aufgezeichnete Messwerte</translation>
    </message>
    <message>
        <source>no trigger changed state
</source>
        <translation>kein Auslöser hat seinen Zustand geändert
</translation>
    </message>
    <message>
        <source>a switchover moves the leader: confirm with --yes</source>
        <translation>ein Switchover verschiebt den Leader: bestätigen Sie mit --yes</translation>
    </message>
    <message>
        <source>switchover done: %1 leads (recorded as planned)
</source>
        <translation>Switchover erledigt: %1 ist Leader (als geplant erfasst)
</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;</source>
        <translation>kein Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;; did you mean %2?</source>
        <translation>kein Befehl &quot;%1&quot;; meinten Sie %2?</translation>
    </message>
    <message>
        <source>say which shell: completion bash|zsh</source>
        <translation>geben Sie die Shell an: completion bash|zsh</translation>
    </message>
    <message>
        <source>rollout-cockpit: unknown command &quot;%1&quot;; did you mean %2?
</source>
        <translation>rollout-cockpit: unbekannter Befehl &quot;%1&quot;; meinten Sie %2?
</translation>
    </message>
    <message>
        <source>(&quot;rollout-cockpit %1 --help&quot; lists its options)
</source>
        <translation>(&quot;rollout-cockpit %1 --help&quot; listet seine Optionen auf)
</translation>
    </message>
    <message>
        <source>64  the command line is wrong (an unknown option, a missing value)</source>
        <translation>64  die Befehlszeile ist fehlerhaft (eine unbekannte Option, ein fehlender Wert)</translation>
    </message>
    <message>
        <source>the connection profile whose cluster to use</source>
        <translation>das Verbindungsprofil, dessen Cluster verwendet wird</translation>
    </message>
    <message>
        <source>the SQLite store (default: the profile&apos;s team store, else cockpit.sqlite)</source>
        <translation>der SQLite-Speicher (Standard: der Team-Speicher des Profils, sonst cockpit.sqlite)</translation>
    </message>
    <message>
        <source>this runbook instead of the remembered one</source>
        <translation>dieses Runbook anstelle des gemerkten</translation>
    </message>
    <message>
        <source>read and write settings in this INI file</source>
        <translation>Einstellungen in dieser INI-Datei lesen und schreiben</translation>
    </message>
    <message>
        <source>who is recording this (default: the operating system&apos;s user)</source>
        <translation>wer dies erfasst (Standard: der Benutzer des Betriebssystems)</translation>
    </message>
    <message>
        <source>Check a runbook, or print it (default: the shipped production rollout guide).</source>
        <translation>Ein Runbook prüfen oder ausgeben (Standard: der mitgelieferte Leitfaden für den Produktions-Rollout).</translation>
    </message>
    <message>
        <source>how show prints the runbook</source>
        <translation>wie show das Runbook ausgibt</translation>
    </message>
    <message>
        <source>0   valid (validate) or printed (show)
2   the runbook is invalid: every problem on stderr, each with its JSON path</source>
        <translation>0   gültig (validate) oder ausgegeben (show)
2   das Runbook ist ungültig: alle Probleme auf stderr, jeweils mit ihrem JSON-Pfad</translation>
    </message>
    <message>
        <source>Connection profiles: list, show, test every endpoint, import from JSON, remove.</source>
        <translation>Verbindungsprofile: auflisten, anzeigen, alle Endpunkte testen, aus JSON importieren, entfernen.</translation>
    </message>
    <message>
        <source>how list and test print</source>
        <translation>wie list und test ausgeben</translation>
    </message>
    <message>
        <source>the name of the imported profile (default: the file&apos;s)</source>
        <translation>der Name des importierten Profils (Standard: der aus der Datei)</translation>
    </message>
    <message>
        <source>0   done; test: every endpoint answered
1   test: an endpoint did not answer
2   the profile or the file is invalid, or the keychain refused</source>
        <translation>0   erledigt; test: alle Endpunkte haben geantwortet
1   test: ein Endpunkt hat nicht geantwortet
2   das Profil oder die Datei ist ungültig, oder der Schlüsselbund hat abgelehnt</translation>
    </message>
    <message>
        <source>Verify the checklist against the live cluster.</source>
        <translation>Die Checkliste gegen den laufenden Cluster überprüfen.</translation>
    </message>
    <message>
        <source>only this section (repeatable)</source>
        <translation>nur dieser Abschnitt (wiederholbar)</translation>
    </message>
    <message>
        <source>only this item (repeatable)</source>
        <translation>nur dieser Punkt (wiederholbar)</translation>
    </message>
    <message>
        <source>how to print the results</source>
        <translation>wie die Ergebnisse ausgegeben werden</translation>
    </message>
    <message>
        <source>write the results to this file instead of standard output</source>
        <translation>die Ergebnisse in diese Datei statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>0   every automated item passes, or a person marked it not applicable with a reason
1   an item fails or is unknown
2   a usage or configuration error</source>
        <translation>0   jeder automatisierte Punkt hat bestanden oder wurde von einer Person mit Begründung als nicht zutreffend markiert
1   ein Punkt ist fehlgeschlagen oder unbekannt
2   ein Bedienungs- oder Konfigurationsfehler</translation>
    </message>
    <message>
        <source>The people&apos;s side of the checklist: every item&apos;s status, who and when.</source>
        <translation>Die menschliche Seite der Checkliste: Status jedes Punkts, wer und wann.</translation>
    </message>
    <message>
        <source>how show prints the checklist</source>
        <translation>wie show die Checkliste ausgibt</translation>
    </message>
    <message>
        <source>the item&apos;s new status</source>
        <translation>der neue Status des Punkts</translation>
    </message>
    <message>
        <source>a note for the item (not-applicable needs one as its reason)</source>
        <translation>eine Notiz zum Punkt (not-applicable benötigt eine als Begründung)</translation>
    </message>
    <message>
        <source>what shows the item is done (a ticket, a link, an output)</source>
        <translation>was belegt, dass der Punkt erledigt ist (ein Ticket, ein Link, eine Ausgabe)</translation>
    </message>
    <message>
        <source>0   done
2   an unknown item, a missing reason, or the store refused</source>
        <translation>0   erledigt
2   ein unbekannter Punkt, eine fehlende Begründung, oder der Speicher hat abgelehnt</translation>
    </message>
    <message>
        <source>The five sign-offs, the maintenance window and the gate; verify checks the ledger.</source>
        <translation>Die fünf Freigaben, das Wartungsfenster und die Schranke; verify prüft die Protokollkette.</translation>
    </message>
    <message>
        <source>how show prints</source>
        <translation>wie show ausgibt</translation>
    </message>
    <message>
        <source>the sign-off&apos;s decision</source>
        <translation>die Entscheidung der Freigabe</translation>
    </message>
    <message>
        <source>a comment with an approval</source>
        <translation>ein Kommentar zu einer Genehmigung</translation>
    </message>
    <message>
        <source>why: required for a rejection and an override</source>
        <translation>Begründung: erforderlich bei Ablehnung und Übersteuerung</translation>
    </message>
    <message>
        <source>the maintenance window&apos;s start</source>
        <translation>Beginn des Wartungsfensters</translation>
    </message>
    <message>
        <source>the maintenance window&apos;s end</source>
        <translation>Ende des Wartungsfensters</translation>
    </message>
    <message>
        <source>the time zone of times given without an offset (Europe/Berlin)</source>
        <translation>die Zeitzone für Zeitangaben ohne Offset (Europe/Berlin)</translation>
    </message>
    <message>
        <source>verify: the chain must still hold this head (at this position)</source>
        <translation>verify: die Protokollkette muss diesen Kopf weiterhin enthalten (an dieser Position)</translation>
    </message>
    <message>
        <source>0   done; verify: the ledger is intact
1   verify: the ledger is broken or shorter than anchored (the first bad record is named)
2   refused: a role signed twice by one person, a missing reason, the store refused</source>
        <translation>0   erledigt; verify: die Protokollkette ist intakt
1   verify: die Protokollkette ist beschädigt oder kürzer als verankert (der erste fehlerhafte Eintrag wird genannt)
2   abgelehnt: eine Rolle zweimal von derselben Person unterzeichnet, eine fehlende Begründung, der Speicher hat abgelehnt</translation>
    </message>
    <message>
        <source>Run the guide&apos;s migration phases from where the journal stands; resolve, skip, rehearse.</source>
        <translation>Die Migrationsphasen des Leitfadens ab dem Stand des Journals ausführen; klären, überspringen, proben.</translation>
    </message>
    <message>
        <source>run up to the end of this phase (1, 2 or 3)</source>
        <translation>bis zum Ende dieser Phase ausführen (1, 2 oder 3)</translation>
    </message>
    <message>
        <source>say what would run, change nothing</source>
        <translation>anzeigen, was ausgeführt würde, nichts ändern</translation>
    </message>
    <message>
        <source>run the steps that change the cluster without asking</source>
        <translation>die Schritte, die den Cluster ändern, ohne Rückfrage ausführen</translation>
    </message>
    <message>
        <source>how to print progress and the summary</source>
        <translation>wie Fortschritt und Zusammenfassung ausgegeben werden</translation>
    </message>
    <message>
        <source>shorten the watch steps to this duration (e.g. 30s; for the lab)</source>
        <translation>die Beobachtungsschritte auf diese Dauer verkürzen (z. B. 30s; für die Testumgebung)</translation>
    </message>
    <message>
        <source>pause after N steps (exit 0, resumable)</source>
        <translation>nach N Schritten pausieren (Exit-Code 0, fortsetzbar)</translation>
    </message>
    <message>
        <source>when the preflight finds a blocker, wait up to D for it to clear</source>
        <translation>wenn die Vorabprüfung ein Hindernis findet, bis zu D warten, bis es beseitigt ist</translation>
    </message>
    <message>
        <source>print where the journal stands and exit</source>
        <translation>den Stand des Journals ausgeben und beenden</translation>
    </message>
    <message>
        <source>run phases 1-3 on a restored copy and forecast each phase</source>
        <translation>Phasen 1-3 auf einer wiederhergestellten Kopie ausführen und für jede Phase eine Prognose erstellen</translation>
    </message>
    <message>
        <source>rehearse on this snapshot instead of the newest verified one</source>
        <translation>den Probelauf auf diesem Snapshot statt auf dem neuesten verifizierten ausführen</translation>
    </message>
    <message>
        <source>decide a step in doubt, with --as</source>
        <translation>einen ungeklärten Schritt entscheiden, mit --as</translation>
    </message>
    <message>
        <source>the decision on a step in doubt</source>
        <translation>die Entscheidung über einen ungeklärten Schritt</translation>
    </message>
    <message>
        <source>skip a step, with --reason</source>
        <translation>einen Schritt überspringen, mit --reason</translation>
    </message>
    <message>
        <source>open a closed gate once, with --reason (recorded)</source>
        <translation>eine geschlossene Schranke einmalig öffnen, mit --reason (wird erfasst)</translation>
    </message>
    <message>
        <source>why a step is skipped, resolved or a gate overridden</source>
        <translation>Begründung, warum ein Schritt übersprungen oder geklärt bzw. eine Schranke übersteuert wird</translation>
    </message>
    <message>
        <source>0   done (or paused after --steps)
1   a step failed
2   a usage or configuration error
3   a step is in doubt: resolve it with --resolve
4   a gate is closed (readiness, approvals, data sources)
5   the preflight found a blocker; nothing was started</source>
        <translation>0   erledigt (oder nach --steps angehalten)
1   ein Schritt ist fehlgeschlagen
2   ein Aufruf- oder Konfigurationsfehler
3   ein Schritt ist ungeklärt: klären Sie ihn mit --resolve
4   eine Schranke ist geschlossen (Bereitschaft, Freigaben, Datenquellen)
5   die Vorabprüfung hat ein Hindernis gefunden; nichts wurde gestartet</translation>
    </message>
    <message>
        <source>Run the guide&apos;s rollback procedure from where its journal stands.</source>
        <translation>Führt den Rollback-Ablauf des Leitfadens ab dem Stand seines Journals aus.</translation>
    </message>
    <message>
        <source>print where the rollback&apos;s journal stands and exit</source>
        <translation>den Stand des Rollback-Journals ausgeben und beenden</translation>
    </message>
    <message>
        <source>why a step is skipped or resolved</source>
        <translation>Begründung, warum ein Schritt übersprungen oder geklärt wird</translation>
    </message>
    <message>
        <source>shorten the watch steps to this duration</source>
        <translation>die Beobachtungsschritte auf diese Dauer verkürzen</translation>
    </message>
    <message>
        <source>0   done
1   a step failed
2   a usage or configuration error
3   a step is in doubt: resolve it with --resolve
5   the preflight found a blocker; nothing was started</source>
        <translation>0   erledigt
1   ein Schritt ist fehlgeschlagen
2   ein Aufruf- oder Konfigurationsfehler
3   ein Schritt ist ungeklärt: klären Sie ihn mit --resolve
5   die Vorabprüfung hat ein Hindernis gefunden; nichts wurde gestartet</translation>
    </message>
    <message>
        <source>Every metric&apos;s value and state, the rollback triggers and the success criteria.</source>
        <translation>Wert und Zustand jeder Metrik, die Rollback-Auslöser und die Erfolgskriterien.</translation>
    </message>
    <message>
        <source>one round, then exit</source>
        <translation>eine Runde, dann beenden</translation>
    </message>
    <message>
        <source>watch for this long (e.g. 10m), then exit</source>
        <translation>so lange beobachten (z. B. 10m), dann beenden</translation>
    </message>
    <message>
        <source>time between rounds (default: the runbook&apos;s)</source>
        <translation>Zeit zwischen den Runden (Standard: die des Runbooks)</translation>
    </message>
    <message>
        <source>how to print each round</source>
        <translation>Ausgabeformat jeder Runde</translation>
    </message>
    <message>
        <source>0   no trigger fires and every source answers
1   a rollback trigger fires
3   a trigger cannot be judged (no data, a source down) or is holding</source>
        <translation>0   kein Auslöser löst aus und jede Quelle antwortet
1   ein Rollback-Auslöser löst aus
3   ein Auslöser kann nicht beurteilt werden (keine Daten, eine Quelle ausgefallen) oder behält seinen letzten Zustand bei</translation>
    </message>
    <message>
        <source>The runbook&apos;s rollback triggers over recorded samples, transition by transition.</source>
        <translation>Die Rollback-Auslöser des Runbooks über aufgezeichnete Messwerte, Zustandswechsel für Zustandswechsel.</translation>
    </message>
    <message>
        <source>recorded samples, CSV: timestamp,metric,value</source>
        <translation>aufgezeichnete Messwerte, CSV: timestamp,metric,value</translation>
    </message>
    <message>
        <source>how to print the transitions</source>
        <translation>Ausgabeformat der Zustandswechsel</translation>
    </message>
    <message>
        <source>0   replayed
2   the file or the runbook is invalid</source>
        <translation>0   wiedergegeben
2   die Datei oder das Runbook ist ungültig</translation>
    </message>
    <message>
        <source>A planned switchover through Patroni, recorded so that it never counts as a failover.</source>
        <translation>Ein geplanter Switchover über Patroni, so erfasst, dass er nie als Failover zählt.</translation>
    </message>
    <message>
        <source>the member to promote (default: Patroni&apos;s choice)</source>
        <translation>das Mitglied, das zum Primärknoten werden soll (Standard: Auswahl durch Patroni)</translation>
    </message>
    <message>
        <source>really do it</source>
        <translation>wirklich ausführen</translation>
    </message>
    <message>
        <source>0   switched over
1   Patroni refused or the cluster did not settle
2   usage</source>
        <translation>0   Switchover durchgeführt
1   Patroni hat abgelehnt oder der Cluster hat sich nicht stabilisiert
2   Aufruffehler</translation>
    </message>
    <message>
        <source>The rollout report for the record, as PDF, JSON or single-file HTML.</source>
        <translation>Der Rollout-Bericht für die Akten, als PDF, JSON oder HTML in einer einzigen Datei.</translation>
    </message>
    <message>
        <source>where to write the report</source>
        <translation>wohin der Bericht geschrieben wird</translation>
    </message>
    <message>
        <source>the report&apos;s format (default: from the file name, else pdf)</source>
        <translation>das Format des Berichts (Standard: aus dem Dateinamen, sonst pdf)</translation>
    </message>
    <message>
        <source>the PDF&apos;s page size</source>
        <translation>das Seitenformat des PDF</translation>
    </message>
    <message>
        <source>the start of the period reported</source>
        <translation>der Beginn des Berichtszeitraums</translation>
    </message>
    <message>
        <source>the end of the period reported</source>
        <translation>das Ende des Berichtszeitraums</translation>
    </message>
    <message>
        <source>render a report saved as JSON</source>
        <translation>einen als JSON gespeicherten Bericht darstellen</translation>
    </message>
    <message>
        <source>0   written
1   written, but the ledger is broken (the cover says so)
2   usage, or the report could not be made</source>
        <translation>0   geschrieben
1   geschrieben, aber die Protokollkette ist beschädigt (steht auf dem Deckblatt)
2   Aufruffehler, oder der Bericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The local store&apos;s seal key (keychain) for a second machine, and this machine&apos;s anchor.</source>
        <translation>Der Siegelschlüssel des lokalen Speichers (Schlüsselbund) für einen zweiten Rechner, und der Anker dieses Rechners.</translation>
    </message>
    <message>
        <source>0   done
2   the token is invalid or the keychain refused</source>
        <translation>0   erledigt
2   das Token ist ungültig oder der Schlüsselbund hat abgelehnt</translation>
    </message>
    <message>
        <source>The team store (the profile&apos;s team_store): set it up, and who may sign for what.</source>
        <translation>Der Team-Speicher (team_store des Profils): einrichten, und wer wofür freigeben darf.</translation>
    </message>
    <message>
        <source>the local store to import</source>
        <translation>der zu importierende lokale Speicher</translation>
    </message>
    <message>
        <source>0   done
2   the team store refused, or the profile has none</source>
        <translation>0   erledigt
2   der Team-Speicher hat abgelehnt, oder das Profil hat keinen</translation>
    </message>
    <message>
        <source>Print the usage, or one command&apos;s usage.</source>
        <translation>Gibt die Aufrufübersicht aus, oder die eines einzelnen Befehls.</translation>
    </message>
    <message>
        <source>print the manual page (roff)</source>
        <translation>die Handbuchseite ausgeben (roff)</translation>
    </message>
    <message>
        <source>0   printed</source>
        <translation>0   ausgegeben</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>  rollout-cockpit --version | --help

Options:
</source>
        <translation>  rollout-cockpit --version | --help

Optionen:
</translation>
    </message>
    <message>
        <source>
&quot;rollout-cockpit COMMAND --help&quot; or &quot;rollout-cockpit help COMMAND&quot; prints a command&apos;s
options, exit codes and an example.
Exit codes: 0 success, 1 failure, 2 invalid input, 64 bad command line.
</source>
        <translation>
&quot;rollout-cockpit COMMAND --help&quot; oder &quot;rollout-cockpit help COMMAND&quot; gibt die Optionen,
die Exit-Codes und ein Beispiel eines Befehls aus.
Exit-Codes: 0 Erfolg, 1 Fehlschlag, 2 ungültige Eingabe, 64 fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>Aufruf:
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>
Exit codes:
</source>
        <translation>
Exit-Codes:
</translation>
    </message>
    <message>
        <source>
Example:
</source>
        <translation>
Beispiel:
</translation>
    </message>
    <message>
        <source>check, execute, watch and record a PostgreSQL production rollout</source>
        <translation>einen PostgreSQL-Produktions-Rollout prüfen, ausführen, beobachten und erfassen</translation>
    </message>
    <message>
        <source>Rollout Cockpit turns a rollout guide (a readiness checklist, a three-phase migration, rollback triggers, monitoring targets, success criteria and five sign-offs) into a tool that checks the live cluster, performs the migration&apos;s steps, watches the metrics and records every decision in a tamper-evident ledger. Without a command it opens the window; with one it runs headless, for scripts and pipelines.</source>
        <translation>Rollout Cockpit macht aus einem Rollout-Leitfaden (einer Bereitschafts-Checkliste, einer dreiphasigen Migration, Rollback-Auslösern, Überwachungs-Zielwerten, Erfolgskriterien und fünf Freigaben) ein Werkzeug, das den laufenden Cluster prüft, die Schritte der Migration ausführt, die Metriken beobachtet und jede Entscheidung in einer manipulationserkennenden Protokollkette erfasst. Ohne Befehl öffnet es das Fenster; mit einem Befehl läuft es ohne Oberfläche, für Skripte und Pipelines.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>The store (cockpit.sqlite), the anchors and the journal live in the application data folder (~/.local/share/RolloutCockpit/rollout-cockpit); passwords live only in the keychain (Secret Service).</source>
        <translation>Der Speicher (cockpit.sqlite), die Anker und das Journal liegen im Anwendungsdatenordner (~/.local/share/RolloutCockpit/rollout-cockpit); Passwörter liegen nur im Schlüsselbund (Secret Service).</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (&quot;rollout-cockpit %2 --help&quot; lists them)</source>
        <translation>unbekannte Option &quot;%1&quot; (&quot;rollout-cockpit %2 --help&quot; listet sie auf)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; did you mean %2?</source>
        <translation>unbekannte Option &quot;%1&quot;; meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ApprovalsTab</name>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1: approved</source>
        <translation>%1: genehmigt</translation>
    </message>
    <message>
        <source>%1: rejected</source>
        <translation>%1: abgelehnt</translation>
    </message>
    <message>
        <source>%1: revoked the %2</source>
        <translation>%1: %2 widerrufen</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — Begründung: %1</translation>
    </message>
    <message>
        <source>Maintenance window: %1 to %2</source>
        <translation>Wartungsfenster: %1 bis %2</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Scheduled rollout: %1</source>
        <translation>Geplanter Rollout: %1</translation>
    </message>
    <message>
        <source>Emergency override (record #%1) confirmed</source>
        <translation>Notfall-Übersteuerung (Eintrag #%1) bestätigt</translation>
    </message>
    <message>
        <source>EMERGENCY OVERRIDE — reason: %1</source>
        <translation>NOTFALL-ÜBERSTEUERUNG — Begründung: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Kommentar oder Begründung</translation>
    </message>
    <message>
        <source>Anchor copied: %1</source>
        <translation>Anker kopiert: %1</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>Protokollkette wird geprüft…</translation>
    </message>
    <message>
        <source>Verify Record</source>
        <translation>Protokollkette prüfen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Rufbereitschaft</translation>
    </message>
    <message>
        <source>Recorded in the ledger</source>
        <translation>In der Protokollkette verzeichnet</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht verzeichnet: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht verzeichnet</translation>
    </message>
    <message>
        <source>&lt;i&gt;Set your name in Preferences (Ctrl+,) to sign.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Legen Sie Ihren Namen in den Einstellungen (Strg+,) fest, um freigeben zu können.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Signing as &lt;b&gt;%1&lt;/b&gt; (your team store role: the database checks what you may sign)</source>
        <translation>Sie geben frei als &lt;b&gt;%1&lt;/b&gt; (Ihre Rolle im Team-Speicher: Die Datenbank prüft, was Sie freigeben dürfen)</translation>
    </message>
    <message>
        <source>Signing as &lt;b&gt;%1&lt;/b&gt; (local store)</source>
        <translation>Sie geben frei als &lt;b&gt;%1&lt;/b&gt; (lokaler Speicher)</translation>
    </message>
    <message>
        <source>Sign-off (%1 of %2 approved)</source>
        <translation>Freigabe (%1 von %2 genehmigt)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signed before: %n change(s) since</source>
        <translation>
            <numerusform>Früher freigegeben: seitdem %n Änderung</numerusform>
            <numerusform>Früher freigegeben: seitdem %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1
Digest %2</source>
        <translation>Genehmigt: %1
Hashwert %2</translation>
    </message>
    <message>
        <source>What this approval approved was not recorded (an earlier version).</source>
        <translation>Was mit dieser Freigabe genehmigt wurde, ist nicht verzeichnet (eine frühere Version).</translation>
    </message>
    <message>
        <source>Changed since:
%1</source>
        <translation>Seitdem geändert:
%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;not yet: when the last role approves&lt;/i&gt;</source>
        <translation>&lt;i&gt;noch nicht: sobald die letzte Rolle genehmigt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;not set&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht festgelegt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;to %2</source>
        <translation>%1&lt;br&gt;bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate: closed&lt;/b&gt; — no rollout is open.</source>
        <translation>&lt;b&gt;Schranke: geschlossen&lt;/b&gt; — es ist kein Rollout geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate: closed&lt;/b&gt; — reading the record…</source>
        <translation>&lt;b&gt;Schranke: geschlossen&lt;/b&gt; — Protokollkette wird gelesen…</translation>
    </message>
    <message>
        <source>Gate: OPEN by emergency override</source>
        <translation>Schranke: OFFEN durch Notfall-Übersteuerung</translation>
    </message>
    <message>
        <source>Gate: OPEN</source>
        <translation>Schranke: OFFEN</translation>
    </message>
    <message>
        <source>Gate: CLOSED</source>
        <translation>Schranke: GESCHLOSSEN</translation>
    </message>
    <message>
        <source>Every role approved, inside the maintenance window, the record intact.</source>
        <translation>Alle Rollen haben genehmigt, innerhalb des Wartungsfensters, die Protokollkette ist intakt.</translation>
    </message>
    <message numerus="yes">
        <source>Record intact: %n entries verified; chain head %1</source>
        <translation>
            <numerusform>Protokollkette intakt: %n Eintrag geprüft; Kopf der Kette %1</numerusform>
            <numerusform>Protokollkette intakt: %n Einträge geprüft; Kopf der Kette %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The SHA-256 head of the record. Quote it with its length (Copy Anchor): whoever holds it can later prove that the record was not shortened.</source>
        <translation>Der SHA-256-Kopf der Protokollkette. Geben Sie ihn zusammen mit der Länge der Kette an (Anker kopieren): Wer ihn besitzt, kann später nachweisen, dass die Protokollkette nicht gekürzt wurde.</translation>
    </message>
    <message>
        <source>RECORD BROKEN: %1</source>
        <translation>PROTOKOLLKETTE BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>The record has been changed behind the cockpit&apos;s back: %1. The gate stays closed; nothing here can be trusted until the store is restored from a backup.</source>
        <translation>Die Protokollkette wurde am Cockpit vorbei verändert: %1. Die Schranke bleibt geschlossen; nichts hier ist vertrauenswürdig, bis der Speicher aus einer Sicherung wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>SHA-256 %1
after %2</source>
        <translation>SHA-256 %1
nach %2</translation>
    </message>
    <message>
        <source>Open a rollout and set your name to sign</source>
        <translation>Öffnen Sie einen Rollout und legen Sie Ihren Namen fest, um freigeben zu können</translation>
    </message>
    <message>
        <source>Approve as %1</source>
        <translation>Als %1 genehmigen</translation>
    </message>
    <message>
        <source>Your sign-off for %1, recorded with your name and the time. A comment (optional):</source>
        <translation>Ihre Freigabe für %1, verzeichnet mit Ihrem Namen und der Uhrzeit. Ein Kommentar (optional):</translation>
    </message>
    <message>
        <source>Reject as %1</source>
        <translation>Als %1 ablehnen</translation>
    </message>
    <message>
        <source>Why do you reject? The reason is recorded and shown to everyone; the gate stays closed until you or another %1 approves.</source>
        <translation>Warum lehnen Sie ab? Die Begründung wird verzeichnet und allen angezeigt; die Schranke bleibt geschlossen, bis Sie oder eine andere Person in der Rolle %1 genehmigt.</translation>
    </message>
    <message>
        <source>Not recorded: a rejection needs a reason.</source>
        <translation>Nicht verzeichnet: Eine Ablehnung erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Emergency Override</source>
        <translation>Notfall-Übersteuerung</translation>
    </message>
    <message>
        <source>This asks to open the gate for one hour without the sign-offs. On the team store it holds only when a second person confirms it within 15 minutes (Confirm Override). It is recorded with your name, and everyone sees it. What is the emergency?</source>
        <translation>Damit wird beantragt, die Schranke für eine Stunde ohne die Freigaben zu öffnen. Im Team-Speicher gilt dies nur, wenn eine zweite Person es innerhalb von 15 Minuten bestätigt (Übersteuerung bestätigen). Es wird mit Ihrem Namen verzeichnet und ist für alle sichtbar. Worin besteht der Notfall?</translation>
    </message>
    <message>
        <source>This opens the gate for one hour without the sign-offs. It is recorded with your name, and everyone sees it. What is the emergency?</source>
        <translation>Damit wird die Schranke für eine Stunde ohne die Freigaben geöffnet. Es wird mit Ihrem Namen verzeichnet und ist für alle sichtbar. Worin besteht der Notfall?</translation>
    </message>
    <message>
        <source>Not recorded: an override needs a reason.</source>
        <translation>Nicht verzeichnet: Eine Übersteuerung erfordert eine Begründung.</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ChartsTab</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Open the &amp;rollback procedure</source>
        <translation>&amp;Rollback-Verfahren öffnen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Raise a &amp;security issue…</source>
        <translation>&amp;Sicherheitsproblem melden…</translation>
    </message>
    <message>
        <source>Confirm with &amp;evidence…</source>
        <translation>Mit &amp;Nachweis bestätigen…</translation>
    </message>
    <message>
        <source>Shows the rollback path in the Migration tab; nothing runs until you start it</source>
        <translation>Zeigt den Rollback-Pfad im Tab „Migration“; nichts wird ausgeführt, bevor Sie ihn starten</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 Stunden</translation>
    </message>
    <message>
        <source>How much history every chart shows (zoom in a chart for detail)</source>
        <translation>Wie viel Verlauf jedes Diagramm zeigt (für Details in ein Diagramm hineinzoomen)</translation>
    </message>
    <message>
        <source>Stop sampling (Ctrl+P); the triggers are not evaluated while paused</source>
        <translation>Datenerfassung anhalten (Strg+P); während der Pause werden die Auslöser nicht ausgewertet</translation>
    </message>
    <message>
        <source>The guide&apos;s manual trigger: a critical security issue calls for the rollback</source>
        <translation>Der manuelle Auslöser des Leitfadens: Ein kritisches Sicherheitsproblem erfordert den Rollback</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Rollback triggers</source>
        <translation>Rollback-Auslöser</translation>
    </message>
    <message>
        <source>A criterion the data cannot judge (DR tested, no security incident, cost): confirm it with its evidence; recorded in the rollout&apos;s ledger</source>
        <translation>Ein Kriterium, das die Daten nicht beurteilen können (DR getestet, kein Sicherheitsvorfall, Kosten): Bestätigen Sie es mit seinem Nachweis; wird in der Protokollkette des Rollouts verzeichnet</translation>
    </message>
    <message>
        <source>Success (72 h)</source>
        <translation>Erfolg (72 h)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Guide tables</source>
        <translation>Leitfaden-Tabellen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>Monitored metrics (first %1: critical watch)</source>
        <translation>Überwachte Metriken (erste %1: kritische Beobachtung)</translation>
    </message>
    <message>
        <source>Monitored metrics (first %1: critical watch; dashboard %2)</source>
        <translation>Überwachte Metriken (erste %1: kritische Beobachtung; Dashboard %2)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Alarmschwellenwert</translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>Automatic rollback triggers: roll back immediately if any occurs (rollback window: %1)</source>
        <translation>Automatische Rollback-Auslöser: sofort zurückrollen, sobald einer eintritt (Rollback-Fenster: %1)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Success criteria: all must hold for %1</source>
        <translation>Erfolgskriterien: Alle müssen %1 lang erfüllt sein</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>ALERT %1 at %2: %3 is past its threshold %4. %5. Escalate to %6.</source>
        <translation>ALARM %1 um %2: %3 hat den Schwellenwert %4 überschritten. %5. Eskalieren Sie an %6.</translation>
    </message>
    <message>
        <source>No response-matrix row</source>
        <translation>Keine Zeile in der Reaktionsmatrix</translation>
    </message>
    <message>
        <source>the on-call engineer</source>
        <translation>die Rufbereitschaft</translation>
    </message>
    <message>
        <source>cleared %1 at %2: %3</source>
        <translation>%1 um %2 aufgehoben: %3</translation>
    </message>
    <message>
        <source>Rollout Cockpit: %1</source>
        <translation>Rollout Cockpit: %1</translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER FIRING at %1: %2</source>
        <translation>ROLLBACK-AUSLÖSER LÖST AUS um %1: %2</translation>
    </message>
    <message>
        <source>Rollout Cockpit: rollback trigger</source>
        <translation>Rollout Cockpit: Rollback-Auslöser</translation>
    </message>
    <message>
        <source>%1 (raised by %2)</source>
        <translation>%1 (gemeldet von %2)</translation>
    </message>
    <message>
        <source>not raised (Raise a security issue…)</source>
        <translation>nicht gemeldet (Sicherheitsproblem melden…)</translation>
    </message>
    <message>
        <source>%1 (holding: no data)</source>
        <translation>%1 (gehalten: keine Daten)</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>If no data</source>
        <translation>Bei fehlenden Daten</translation>
    </message>
    <message>
        <source>%1 → %2 at %3</source>
        <translation>%1 → %2 um %3</translation>
    </message>
    <message numerus="yes">
        <source>Decided by %n sample(s) from %1:</source>
        <translation>
            <numerusform>Entschieden anhand von %n Messwert aus %1:</numerusform>
            <numerusform>Entschieden anhand von %n Messwerten aus %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>No change since the window opened</source>
        <translation>Keine Änderung seit Öffnung des Fensters</translation>
    </message>
    <message>
        <source>What the trigger does while its metric gives no data: unknown (says so, never calm), fire, or hold its last state (runbook: on_no_data)</source>
        <translation>Was der Auslöser tut, solange seine Metrik keine Daten liefert: unbekannt (meldet dies, nie Entwarnung), auslösen oder letzten Zustand halten (Runbook: on_no_data)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Beurteilt durch</translation>
    </message>
    <message>
        <source>Value / evidence</source>
        <translation>Wert / Nachweis</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>stale since %1: %2</source>
        <translation>veraltet seit %1: %2</translation>
    </message>
    <message>
        <source>no data since %1: %2</source>
        <translation>keine Daten seit %1: %2</translation>
    </message>
    <message>
        <source>This tab watches the cluster once a connection profile is chosen (Connection menu): the charts plot every metric from Prometheus and the cluster itself, and the rollback triggers are evaluated continuously.</source>
        <translation>Dieser Tab beobachtet den Cluster, sobald ein Verbindungsprofil gewählt ist (Menü „Verbindung“): Die Diagramme zeigen jede Metrik aus Prometheus und vom Cluster selbst, und die Rollback-Auslöser werden fortlaufend ausgewertet.</translation>
    </message>
    <message>
        <source>Not watching</source>
        <translation>Keine Beobachtung</translation>
    </message>
    <message>
        <source>PAUSED: not sampling, the triggers are not evaluated</source>
        <translation>PAUSIERT: keine Datenerfassung, die Auslöser werden nicht ausgewertet</translation>
    </message>
    <message>
        <source>Watching since %1; last evaluation %2</source>
        <translation>Beobachtung seit %1; letzte Auswertung %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>These rollback triggers cannot be judged now (their source fails or is stale): %1. Do not read their silence as all clear.</source>
        <translation>Diese Rollback-Auslöser können derzeit nicht beurteilt werden (ihre Quelle schlägt fehl oder ist veraltet): %1. Werten Sie ihr Schweigen nicht als Entwarnung.</translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER FIRING: %1. The guide says: roll back immediately. Nothing runs until a person starts the rollback.</source>
        <translation>ROLLBACK-AUSLÖSER LÖST AUS: %1. Laut Leitfaden: sofort zurückrollen. Nichts wird ausgeführt, bis eine Person den Rollback startet.</translation>
    </message>
    <message>
        <source>Trigger firing after the rollback window closed: %1. Follow the response matrix.</source>
        <translation>Auslöser löst nach Schließen des Rollback-Fensters aus: %1. Folgen Sie der Reaktionsmatrix.</translation>
    </message>
    <message>
        <source>Success window: %1 left of %2 (started %3). %4 of %5 criteria hold now.</source>
        <translation>Erfolgsfenster: noch %1 von %2 (begonnen %3). %4 von %5 Kriterien sind derzeit erfüllt.</translation>
    </message>
    <message>
        <source>Success window ended %1. %2 of %3 criteria hold now.</source>
        <translation>Erfolgsfenster endete %1. %2 von %3 Kriterien sind derzeit erfüllt.</translation>
    </message>
    <message>
        <source>Raise a security issue</source>
        <translation>Sicherheitsproblem melden</translation>
    </message>
    <message>
        <source>What was discovered (recorded in the rollout&apos;s ledger):</source>
        <translation>Was entdeckt wurde (wird in der Protokollkette des Rollouts verzeichnet):</translation>
    </message>
    <message>
        <source>Select the criterion to confirm first</source>
        <translation>Wählen Sie zuerst das zu bestätigende Kriterium aus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged from its metric</source>
        <translation>„%1“ wird anhand seiner Metrik beurteilt</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>The evidence (a link, a ticket, a report):</source>
        <translation>Der Nachweis (ein Link, ein Ticket, ein Bericht):</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ChecklistModel</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>fail ⚠</source>
        <translation>fehlgeschlagen ⚠</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Verified by a person: %1</source>
        <translation>Von einer Person geprüft: %1</translation>
    </message>
    <message>
        <source>Being checked against the cluster</source>
        <translation>Wird gegen den Cluster geprüft</translation>
    </message>
    <message>
        <source>Not checked yet (F6 checks every item)</source>
        <translation>Noch nicht geprüft (F6 prüft alle Punkte)</translation>
    </message>
    <message>
        <source>Marked done by %1, but the check fails: %2</source>
        <translation>Von %1 als erledigt markiert, aber die Prüfung schlägt fehl: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 pass</source>
        <translation>%1 / %2 bestanden</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not applicable, %4 blocked, %5 open</source>
        <translation>%1: %2 erledigt, %3 nicht zutreffend, %4 blockiert, %5 offen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ChecklistTab</name>
    <message>
        <source>by the cockpit against the cluster (automated)</source>
        <translation>durch das Cockpit gegen den Cluster (automatisiert)</translation>
    </message>
    <message>
        <source>by a person, with evidence the cockpit gathers (assisted)</source>
        <translation>durch eine Person, mit vom Cockpit gesammelten Nachweisen (unterstützt)</translation>
    </message>
    <message>
        <source>by a person (manual)</source>
        <translation>durch eine Person (manuell)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Nachweis entfernt</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <source>Not complete (open or blocked)</source>
        <translation>Nicht abgeschlossen (offen oder blockiert)</translation>
    </message>
    <message>
        <source>Check fails or unknown</source>
        <translation>Prüfung fehlgeschlagen oder unbekannt</translation>
    </message>
    <message>
        <source>Done, but the check fails</source>
        <translation>Erledigt, aber Prüfung schlägt fehl</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Toggle Done</source>
        <translation>Erledigt umschalten</translation>
    </message>
    <message>
        <source>Mark the selected item done, or open again (Space in the list)</source>
        <translation>Ausgewählten Punkt als erledigt markieren oder wieder öffnen (Leertaste in der Liste)</translation>
    </message>
    <message>
        <source>Apply Note and Evidence</source>
        <translation>Notiz und Nachweis übernehmen</translation>
    </message>
    <message>
        <source>Find Items</source>
        <translation>Punkte suchen</translation>
    </message>
    <message>
        <source>Check All Items</source>
        <translation>Alle Punkte prüfen</translation>
    </message>
    <message>
        <source>Verify every item against the live cluster (F6)</source>
        <translation>Alle Punkte gegen den laufenden Cluster prüfen (F6)</translation>
    </message>
    <message>
        <source>Check This Section</source>
        <translation>Diesen Abschnitt prüfen</translation>
    </message>
    <message>
        <source>Check This Item</source>
        <translation>Diesen Punkt prüfen</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by others</source>
        <translation>
            <numerusform>%n Punkt von anderen geändert</numerusform>
            <numerusform>%n Punkte von anderen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 checked</source>
        <translation>%1 / %2 geprüft</translation>
    </message>
    <message>
        <source>The check results could not be recorded in the store: %1</source>
        <translation>Die Prüfergebnisse konnten nicht im Speicher verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>Checks are not available.</source>
        <translation>Prüfungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Verify every item against the live cluster (F6); the arrow offers the section or the selected item</source>
        <translation>Jeden Punkt gegen den laufenden Cluster prüfen (F6); der Pfeil bietet den Abschnitt oder den ausgewählten Punkt an</translation>
    </message>
    <message>
        <source>Checking %1 against profile &lt;b&gt;%2&lt;/b&gt;…</source>
        <translation>Prüfe %1 gegen Profil &lt;b&gt;%2&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>every item</source>
        <translation>alle Punkte</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n item(s) in %1 s: </source>
        <translation>
            <numerusform>%n Punkt in %1 s geprüft: </numerusform>
            <numerusform>%n Punkte in %1 s geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked done but failing</source>
        <translation>
            <numerusform>%n als erledigt markierter Punkt schlägt fehl</numerusform>
            <numerusform>%n als erledigt markierte Punkte schlagen fehl</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the cluster</source>
        <translation>Gegen den Cluster</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet: F6 checks every item, Ctrl+F6 this one.</source>
        <translation>Noch nicht geprüft: F6 prüft alle Punkte, Strg+F6 diesen.</translation>
    </message>
    <message>
        <source>Conflict: marked done by %1, but the check fails.</source>
        <translation>Konflikt: von %1 als erledigt markiert, aber die Prüfung schlägt fehl.</translation>
    </message>
    <message>
        <source>Evidence for a person to judge</source>
        <translation>Nachweis zur Beurteilung durch eine Person</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed elsewhere meanwhile. %2 It now shows what was recorded there; anything you typed is still in the editor.</source>
        <translation>Nicht gespeichert: „%1“ wurde inzwischen an anderer Stelle geändert. %2 Angezeigt wird nun, was dort verzeichnet wurde; Ihre Eingaben befinden sich weiterhin im Editor.</translation>
    </message>
    <message>
        <source>Not saved: the store does not answer (%1). Nothing was kept aside: the item keeps its last saved state and what you typed stays in the editor; apply it again when the store answers.</source>
        <translation>Nicht gespeichert: Der Speicher antwortet nicht (%1). Nichts wurde zwischengespeichert: Der Punkt behält seinen zuletzt gespeicherten Zustand, und Ihre Eingaben bleiben im Editor; übernehmen Sie sie erneut, sobald der Speicher antwortet.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. The item keeps its last saved state; try again, or check the store.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Der Punkt behält seinen zuletzt gespeicherten Zustand; versuchen Sie es erneut oder prüfen Sie den Speicher.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · id %2 · verified: %3</source>
        <translation>%1 · ID %2 · geprüft: %3</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Must be</source>
        <translation>Muss sein</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Last change by %1, %2</source>
        <translation>Letzte Änderung von %1, %2</translation>
    </message>
    <message>
        <source>Nobody has recorded anything for this item yet.</source>
        <translation>Für diesen Punkt hat noch niemand etwas verzeichnet.</translation>
    </message>
    <message>
        <source>%1 / %2 complete</source>
        <translation>%1 / %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 done, %2 not applicable, %3 blocked, %4 open</source>
        <translation>%1 erledigt, %2 nicht zutreffend, %3 blockiert, %4 offen</translation>
    </message>
    <message numerus="yes">
        <source>Readiness (%n blocked)</source>
        <translation>
            <numerusform>Bereitschaft (%n blockiert)</numerusform>
            <numerusform>Bereitschaft (%n blockiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>What blocks “%1”? The reason is saved as the item&apos;s note.</source>
        <translation>Was blockiert „%1“? Die Begründung wird als Notiz des Punkts gespeichert.</translation>
    </message>
    <message>
        <source>Why does “%1” not apply? The reason is saved as the item&apos;s note.</source>
        <translation>Warum trifft „%1“ nicht zu? Die Begründung wird als Notiz des Punkts gespeichert.</translation>
    </message>
    <message>
        <source>Not changed: a reason is needed</source>
        <translation>Nicht geändert: Eine Begründung ist erforderlich</translation>
    </message>
    <message>
        <source>Edit note and evidence of “%1”</source>
        <translation>Notiz und Nachweis von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The cockpit, checking against the cluster</source>
        <translation>Das Cockpit, bei der Prüfung gegen den Cluster</translation>
    </message>
    <message>
        <source>Check: %1 — %2</source>
        <translation>Prüfung: %1 — %2</translation>
    </message>
    <message>
        <source>
(%1 of change %2)</source>
        <translation>
(%1 von Änderung %2)</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängigmachen</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen verzeichnet.</translation>
    </message>
    <message>
        <source>Checks run against profile &lt;b&gt;%1&lt;/b&gt; (F6).</source>
        <translation>Prüfungen werden gegen das Profil &lt;b&gt;%1&lt;/b&gt; ausgeführt (F6).</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ClusterOverview</name>
    <message>
        <source>%1 unknown (%2)</source>
        <translation>%1 unbekannt (%2)</translation>
    </message>
    <message>
        <source>%1 unknown (%2 unreachable since %3)</source>
        <translation>%1 unbekannt (%2 seit %3 nicht erreichbar)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>As of %1 (%2 unreachable since %3): %4</source>
        <translation>Stand %1 (%2 seit %3 nicht erreichbar): %4</translation>
    </message>
    <message>
        <source>Unknown since %1: %2</source>
        <translation>Unbekannt seit %1: %2</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No connection profile. Add one in Connection ▸ Connection Profiles… (scripts/run sets up the local lab&apos;s).</source>
        <translation>Kein Verbindungsprofil. Fügen Sie eines unter Verbindung ▸ Verbindungsprofile… hinzu (scripts/run richtet das der lokalen Testumgebung ein).</translation>
    </message>
    <message>
        <source>Profile %1: asking the cluster…</source>
        <translation>Profil %1: Cluster wird abgefragt…</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;, as of %2</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt;, Stand %2</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primärknoten</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>
Timeline %1, LSN %2, PostgreSQL %3</source>
        <translation>
Zeitleiste %1, LSN %2, PostgreSQL %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>From %1&apos;s pg_stat_replication (%2): write %3, flush %4, replay %5 ms</source>
        <translation>Aus pg_stat_replication von %1 (%2): write %3, flush %4, replay %5 ms</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>kein Streaming</translation>
    </message>
    <message>
        <source>Patroni&apos;s figure; the leader did not report this member</source>
        <translation>Wert von Patroni; der Leader hat dieses Mitglied nicht gemeldet</translation>
    </message>
    <message>
        <source>not seen since %1</source>
        <translation>seit %1 nicht gesehen</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>nicht gesehen</translation>
    </message>
    <message>
        <source>%1 is missing: %2.</source>
        <translation>%1 fehlt: %2.</translation>
    </message>
    <message>
        <source>
Its PostgreSQL, asked directly: %1</source>
        <translation>
Sein PostgreSQL, direkt abgefragt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Split brain:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Split-Brain:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>%1: %2; its PostgreSQL: %3.</source>
        <translation>%1: %2; sein PostgreSQL: %3.</translation>
    </message>
    <message>
        <source>not in the profile</source>
        <translation>nicht im Profil</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 of %2 members, leader %3</source>
        <translation>%1 von %2 Mitgliedern, Leader %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SPLIT BRAIN (%1); </source>
        <translation>SPLIT-BRAIN (%1); </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Alerts&lt;/b&gt;: %n firing</source>
        <translation>
            <numerusform>&lt;b&gt;Alarme&lt;/b&gt;: %n ausgelöst</numerusform>
            <numerusform>&lt;b&gt;Alarme&lt;/b&gt;: %n ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alertmanager&apos;s active alerts; expand one for its labels</source>
        <translation>Aktive Alarme von Alertmanager; klappen Sie einen auf, um seine Labels zu sehen</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n Alarm ausgelöst</numerusform>
            <numerusform>%n Alarme ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation>keine Alarme</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>%1/%2 tasks</source>
        <translation>%1/%2 Tasks</translation>
    </message>
    <message>
        <source>Prometheus targets</source>
        <translation>Prometheus-Ziele</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 erreichbar</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1/%2 targets up</source>
        <translation>%1/%2 Ziele erreichbar</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::MainWindow</name>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <source>&amp;Live charts</source>
        <translation>&amp;Live-Diagramme</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>The readiness checklist (Ctrl+1)</source>
        <translation>Die Bereitschafts-Checkliste (Strg+1)</translation>
    </message>
    <message>
        <source>The migration procedure and the rollback procedure (Ctrl+2)</source>
        <translation>Der Migrationsablauf und der Rollback-Ablauf (Strg+2)</translation>
    </message>
    <message>
        <source>Metrics, thresholds, rollback triggers and success criteria (Ctrl+3)</source>
        <translation>Metriken, Schwellenwerte, Rollback-Auslöser und Erfolgskriterien (Strg+3)</translation>
    </message>
    <message>
        <source>Sign-off by the five roles (Ctrl+4)</source>
        <translation>Freigabe durch die fünf Rollen (Strg+4)</translation>
    </message>
    <message>
        <source>Cannot open runbook</source>
        <translation>Runbook kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The runbook %1 could not be opened; the built-in production rollout guide is shown instead.</source>
        <translation>Das Runbook %1 konnte nicht geöffnet werden; stattdessen wird der eingebaute Leitfaden für den Produktions-Rollout angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <source>Runbooks (*.json);;All files (*)</source>
        <translation>Runbooks (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cluster Overview</source>
        <translation>Cluster-Übersicht</translation>
    </message>
    <message>
        <source>Cluster &amp;Overview</source>
        <translation>Cluster-&amp;Übersicht</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Split brain: %1.&lt;/b&gt; Writes to these nodes diverge and one side&apos;s will be lost. %2 Stop the application&apos;s writes, then stop the PostgreSQL that Patroni does not lead and reinitialise it through Patroni.</source>
        <translation>&lt;b&gt;Split-Brain: %1.&lt;/b&gt; Schreibvorgänge auf diesen Knoten laufen auseinander, und die einer Seite gehen verloren. %2 Stoppen Sie die Schreibvorgänge der Anwendung, stoppen Sie dann das PostgreSQL, das Patroni nicht als Leader führt, und initialisieren Sie es über Patroni neu.</translation>
    </message>
    <message>
        <source>Patroni names no leader.</source>
        <translation>Patroni nennt keinen Leader.</translation>
    </message>
    <message>
        <source>Patroni&apos;s leader is %1.</source>
        <translation>Der Leader laut Patroni ist %1.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Passwords are held for this session only</source>
        <translation>Passwörter werden nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>The store: %1</source>
        <translation>Der Speicher: %1</translation>
    </message>
    <message>
        <source>The team store could not be opened, so the checklist is read-only and nothing can be recorded.
%1</source>
        <translation>Der Team-Speicher konnte nicht geöffnet werden, daher ist die Checkliste schreibgeschützt und es kann nichts aufgezeichnet werden.
%1</translation>
    </message>
    <message>
        <source>The store could not be opened, so the checklist is read-only and nothing can be recorded.
%1</source>
        <translation>Der Speicher konnte nicht geöffnet werden, daher ist die Checkliste schreibgeschützt und es kann nichts aufgezeichnet werden.
%1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 is not a usable runbook. The current runbook stays open.

%2</source>
        <translation>%1 ist kein verwendbares Runbook. Das aktuelle Runbook bleibt geöffnet.

%2</translation>
    </message>
    <message>
        <source>The rollout&apos;s record was changed behind the cockpit&apos;s back: %1. The approval gate stays closed (Approvals, Ctrl+4).</source>
        <translation>Die Protokollkette des Rollouts wurde am Cockpit vorbei geändert: %1. Die Freigabe-Schranke bleibt geschlossen (Freigaben, Strg+4).</translation>
    </message>
    <message>
        <source>The checklist could not be read from the store; it is read-only for now.
%1</source>
        <translation>Die Checkliste konnte nicht aus dem Speicher gelesen werden; sie ist vorerst schreibgeschützt.
%1</translation>
    </message>
    <message>
        <source>%1 — Rollout Cockpit</source>
        <translation>%1 — Rollout Cockpit</translation>
    </message>
    <message>
        <source>Team store: connecting…</source>
        <translation>Team-Speicher: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Your PostgreSQL role in the team store: every record names it, and the database decides what it may sign</source>
        <translation>Ihre PostgreSQL-Rolle im Team-Speicher: Jeder Eintrag nennt sie, und die Datenbank entscheidet, was sie unterzeichnen darf</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Tätig als %1</translation>
    </message>
    <message>
        <source>Recorded as the author of your changes; change it in Edit ▸ Preferences</source>
        <translation>Wird als Autor Ihrer Änderungen aufgezeichnet; ändern Sie dies unter Bearbeiten ▸ Einstellungen</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Store: opening…</source>
        <translation>Speicher: wird geöffnet…</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Store: unavailable</source>
        <translation>Speicher: nicht verfügbar</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Runbook: loading…</source>
        <translation>Runbook: wird geladen…</translation>
    </message>
    <message>
        <source>Built into the cockpit</source>
        <translation>Im Cockpit eingebaut</translation>
    </message>
    <message>
        <source>About Rollout Cockpit</source>
        <translation>Über Rollout Cockpit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rollout Cockpit %1&lt;/h3&gt;&lt;p&gt;Checks, executes, watches and records the production rollout of a Patroni/PostgreSQL cluster.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rollout Cockpit %1&lt;/h3&gt;&lt;p&gt;Prüft, führt aus, beobachtet und zeichnet den Produktions-Rollout eines Patroni/PostgreSQL-Clusters auf.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Mark the selected item done, or open again; on a section, expand or collapse it</source>
        <translation>Den ausgewählten Punkt als erledigt markieren oder wieder öffnen; bei einem Abschnitt diesen auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Edit the selected item&apos;s note</source>
        <translation>Die Notiz des ausgewählten Punkts bearbeiten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message>
        <source>Up, Down, Left, Right</source>
        <translation>Hoch, Runter, Links, Rechts</translation>
    </message>
    <message>
        <source>Move through the items; collapse or expand a section</source>
        <translation>Durch die Punkte bewegen; einen Abschnitt zu- oder aufklappen</translation>
    </message>
    <message>
        <source>Report written: %1 — %2</source>
        <translation>Bericht geschrieben: %1 — %2</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was written, but the record is broken: its cover says so.</source>
        <translation>Der Bericht wurde geschrieben, aber die Protokollkette ist beschädigt: Das Deckblatt weist darauf hin.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation>Es wird bereits ein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json);;Single-file HTML (*.html)</source>
        <translation>PDF (*.pdf);;JSON (*.json);;HTML als Einzeldatei (*.html)</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::MetricChart</name>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>Alarm-Schwellenwert</translation>
    </message>
    <message>
        <source>%1, measured every %2</source>
        <translation>%1, gemessen alle %2</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>PromQL: %1</source>
        <translation>PromQL: %1</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Sonde: %1</translation>
    </message>
    <message>
        <source>Wheel or drag to zoom, arrow keys to pan, Home or double-click to follow live</source>
        <translation>Mausrad oder Ziehen zum Zoomen, Pfeiltasten zum Verschieben, Pos1 oder Doppelklick, um live zu folgen</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>%1
no data</source>
        <translation>%1
keine Daten</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::MigrationTab</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>UNGEKLÄRT</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run &amp;step</source>
        <translation>&amp;Schritt ausführen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Trockenlauf</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>Abbre&amp;chen…</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>Überspr&amp;ingen…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <source>Run a&amp;gain…</source>
        <translation>Erneut aus&amp;führen…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Rollback…</translation>
    </message>
    <message>
        <source>R&amp;ehearse</source>
        <translation>Probe&amp;lauf</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Wait until clear</source>
        <translation>&amp;Warten, bis frei</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Ü&amp;bersteuern…</translation>
    </message>
    <message>
        <source>Look again now; the action starts if nothing blocks it</source>
        <translation>Jetzt erneut prüfen; die Aktion startet, wenn nichts sie blockiert</translation>
    </message>
    <message>
        <source>Look again every 2 seconds for up to 15 minutes; the action starts once nothing blocks it (Pause stops waiting)</source>
        <translation>Alle 2 Sekunden erneut prüfen, bis zu 15 Minuten lang; die Aktion startet, sobald nichts sie blockiert (Pause beendet das Warten)</translation>
    </message>
    <message>
        <source>Start the action despite the findings, once; your reason is recorded in the journal with them</source>
        <translation>Die Aktion trotz der Befunde einmalig starten; Ihre Begründung wird mit ihnen im Journal aufgezeichnet</translation>
    </message>
    <message>
        <source>The running action&apos;s output appears here, line by line.</source>
        <translation>Die Ausgabe der laufenden Aktion erscheint hier, Zeile für Zeile.</translation>
    </message>
    <message>
        <source>Run from where the journal stands to the end of the procedure (F5)</source>
        <translation>Ab dem Stand des Journals bis zum Ende des Ablaufs ausführen (F5)</translation>
    </message>
    <message>
        <source>Run the next action only, then pause (F10)</source>
        <translation>Nur die nächste Aktion ausführen, dann pausieren (F10)</translation>
    </message>
    <message>
        <source>Print every action with its resolved target, request or command; change nothing</source>
        <translation>Jede Aktion mit ihrem aufgelösten Ziel, ihrer Anfrage oder ihrem Befehl ausgeben; nichts ändern</translation>
    </message>
    <message>
        <source>Stop before the next action; the running one finishes</source>
        <translation>Vor der nächsten Aktion anhalten; die laufende wird noch beendet</translation>
    </message>
    <message>
        <source>Stop now (a running program is killed) and offer the rollback</source>
        <translation>Sofort anhalten (ein laufendes Programm wird abgebrochen) und den Rollback anbieten</translation>
    </message>
    <message>
        <source>Skip the selected action, with a reason that is recorded</source>
        <translation>Die ausgewählte Aktion überspringen, mit einer Begründung, die aufgezeichnet wird</translation>
    </message>
    <message>
        <source>The selected action (in doubt or failed) did happen: record it as done</source>
        <translation>Die ausgewählte Aktion (ungeklärt oder fehlgeschlagen) hat stattgefunden: als erledigt aufzeichnen</translation>
    </message>
    <message>
        <source>The selected action (in doubt or failed) did not happen: run it again</source>
        <translation>Die ausgewählte Aktion (ungeklärt oder fehlgeschlagen) hat nicht stattgefunden: erneut ausführen</translation>
    </message>
    <message>
        <source>Show the rollback procedure and run it</source>
        <translation>Den Rollback-Ablauf anzeigen und ausführen</translation>
    </message>
    <message>
        <source>Restore the newest snapshot on a throwaway PostgreSQL, run phases 1–3&apos;s data steps on it, simulate the rest, and forecast each phase against its budget; the cluster is not touched</source>
        <translation>Den neuesten Snapshot auf einem Wegwerf-PostgreSQL wiederherstellen, die Datenschritte der Phasen 1–3 darauf ausführen, den Rest simulieren und für jede Phase eine Prognose gegen ihr Zeitbudget erstellen; der Cluster wird nicht angetastet</translation>
    </message>
    <message>
        <source>Phase / step</source>
        <translation>Phase / Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>— pausing after the running action —</source>
        <translation>— Pause nach der laufenden Aktion —</translation>
    </message>
    <message>
        <source>— rehearsal on a restored copy: the cluster is not touched —</source>
        <translation>— Probelauf auf einer wiederhergestellten Kopie: der Cluster wird nicht angetastet —</translation>
    </message>
    <message>
        <source>Nothing was started: %1</source>
        <translation>Nichts wurde gestartet: %1</translation>
    </message>
    <message>
        <source>A gate is closed: %1</source>
        <translation>Eine Schranke ist geschlossen: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2. Fix the cause and run it again, mark it done if it did happen, or roll back.</source>
        <translation>%1 ist fehlgeschlagen: %2. Beheben Sie die Ursache und führen Sie es erneut aus, markieren Sie es als erledigt, falls es stattgefunden hat, oder führen Sie einen Rollback durch.</translation>
    </message>
    <message>
        <source>The journal: %1</source>
        <translation>Das Journal: %1</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Zeitbudget %1</translation>
    </message>
    <message>
        <source>This tab runs the migration of an open runbook: open one (File menu).</source>
        <translation>Dieser Tab führt die Migration eines geöffneten Runbooks aus: Öffnen Sie eines (Menü Datei).</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>This tab runs the guide&apos;s migration against a cluster: choose a connection profile (Connection menu) first.</source>
        <translation>Dieser Tab führt die Migration des Leitfadens gegen einen Cluster aus: Wählen Sie zuerst ein Verbindungsprofil (Menü Verbindung).</translation>
    </message>
    <message>
        <source>This journal is a REHEARSAL: its watches were shortened.</source>
        <translation>Dieses Journal ist ein PROBELAUF: Seine Beobachtungen wurden verkürzt.</translation>
    </message>
    <message>
        <source>In doubt: &quot;%1&quot; started %2 and never ended (the cockpit stopped in the middle). What the cluster says now: %3. Decide: Mark done if it happened, Run again if it did not%4, or Roll back.</source>
        <translation>Ungeklärt: „%1“ wurde %2 gestartet und nie beendet (das Cockpit wurde mittendrin angehalten). Was der Cluster jetzt meldet: %3. Entscheiden Sie: Als erledigt markieren, wenn es stattgefunden hat, Erneut ausführen, wenn nicht%4, oder Rollback.</translation>
    </message>
    <message>
        <source>unknown (no connection profile to ask)</source>
        <translation>unbekannt (kein Verbindungsprofil zum Abfragen)</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird abgefragt…</translation>
    </message>
    <message>
        <source> (this action is not idempotent: running it twice does it twice)</source>
        <translation> (diese Aktion ist nicht idempotent: Zweimal ausgeführt, wirkt sie zweimal)</translation>
    </message>
    <message>
        <source> · forecast %1 (rehearsal)</source>
        <translation> · Prognose %1 (Probelauf)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>Phase %1: %2 of %3</source>
        <translation>Phase %1: %2 von %3</translation>
    </message>
    <message>
        <source>Phase %1: %2 of %3 (%4 %)</source>
        <translation>Phase %1: %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <source>No phase has started.</source>
        <translation>Noch keine Phase hat begonnen.</translation>
    </message>
    <message>
        <source>A running phase has used 80 % of its budget</source>
        <translation>Eine laufende Phase hat 80 % ihres Zeitbudgets verbraucht</translation>
    </message>
    <message>
        <source>Rollback window: %1 left</source>
        <translation>Rollback-Fenster: noch %1</translation>
    </message>
    <message>
        <source>Rollback window closed</source>
        <translation>Rollback-Fenster geschlossen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an action to see the guide&apos;s command, what the cockpit does for it, the exact inputs it ran with and its outcome.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Aktion aus, um den Befehl des Leitfadens zu sehen, was das Cockpit dafür tut, die genauen Eingaben, mit denen sie lief, und ihr Ergebnis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changes the cluster:&lt;/b&gt; the cockpit asks you to type the cluster&apos;s name first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ändert den Cluster:&lt;/b&gt; Das Cockpit fordert Sie auf, zuerst den Namen des Clusters einzugeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The guide&apos;s command&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Befehl des Leitfadens&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;State:&lt;/b&gt; %1</source>
        <translation>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> · started %1 by %2</source>
        <translation> · gestartet %1 von %2</translation>
    </message>
    <message>
        <source> · ended %1</source>
        <translation> · beendet %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Outcome:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ergebnis:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The exact action&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die genaue Aktion&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Override the preflight</source>
        <translation>Vorabprüfung übersteuern</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot; despite what the preflight found? It runs with its lock_timeout, so a lock it cannot get fails it instead of queueing the cluster behind it.

Why? The reason is recorded with the findings:</source>
        <translation>„%1“ trotz der Befunde der Vorabprüfung starten? Die Aktion läuft mit ihrem lock_timeout: Eine Sperre, die sie nicht erhält, lässt sie fehlschlagen, statt den Cluster dahinter warten zu lassen.

Warum? Die Begründung wird mit den Befunden aufgezeichnet:</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>Eine Übersteuerung erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>— dry run of the %1 procedure: nothing changes —</source>
        <translation>— Trockenlauf des %1-Ablaufs: nichts wird geändert —</translation>
    </message>
    <message>
        <source>— %1 procedure —</source>
        <translation>— %1-Ablauf —</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; as done? Only if its effect is really there.

What the cluster says: %2</source>
        <translation>„%1“ als erledigt aufzeichnen? Nur, wenn seine Wirkung wirklich eingetreten ist.

Was der Cluster meldet: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; again? Only if it did not happen.%2</source>
        <translation>„%1“ erneut ausführen? Nur, wenn es nicht stattgefunden hat.%2</translation>
    </message>
    <message>
        <source>
It is not idempotent: running it twice does it twice.</source>
        <translation>
Es ist nicht idempotent: Zweimal ausgeführt, wirkt es zweimal.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>

A note for the record:</source>
        <translation>

Eine Notiz für das Protokoll:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; skipped? The reason is recorded.</source>
        <translation>Warum wird „%1“ übersprungen? Die Begründung wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>A skip needs a reason.</source>
        <translation>Zum Überspringen ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>— aborted —</source>
        <translation>— abgebrochen —</translation>
    </message>
    <message>
        <source>The run was aborted. What it did so far stays done; to undo it, run the rollback procedure (Roll back…, then Run).</source>
        <translation>Der Lauf wurde abgebrochen. Was er bisher getan hat, bleibt bestehen; um es rückgängig zu machen, führen Sie den Rollback-Ablauf aus (Rollback…, dann Ausführen).</translation>
    </message>
    <message>
        <source>The rollback procedure is selected: Run (F5) runs it from where its journal stands.</source>
        <translation>Der Rollback-Ablauf ist ausgewählt: Ausführen (F5) führt ihn ab dem Stand seines Journals aus.</translation>
    </message>
    <message>
        <source>%1

%2

Type &quot;done&quot; once it is done.</source>
        <translation>%1

%2

Geben Sie „done“ ein, sobald es erledigt ist.</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>This changes the cluster:

%1

%2

Type the cluster&apos;s name (%3) to go ahead.</source>
        <translation>Dies ändert den Cluster:

%1

%2

Geben Sie den Namen des Clusters (%3) ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Migration output</source>
        <translation>Ausgabe der Migration</translation>
    </message>
    <message>
        <source>What the running step prints, as it prints it</source>
        <translation>Die Ausgabe des laufenden Schritts, fortlaufend während der Ausführung</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ProfilesDialog</name>
    <message>
        <source>Automatic (verify-full beyond this machine)</source>
        <translation>Automatisch (verify-full außerhalb dieses Rechners)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Passwords are held for this session only; they are forgotten when the cockpit closes.</source>
        <translation>Passwörter werden nur für diese Sitzung aufbewahrt; sie werden vergessen, wenn das Cockpit geschlossen wird.</translation>
    </message>
    <message>
        <source>No keychain is available here, so passwords cannot be saved. %1
You can hold them for this session only: they stay in memory and are forgotten at exit.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar, daher können keine Passwörter gespeichert werden. %1
Sie können sie nur für diese Sitzung aufbewahren: Sie bleiben im Arbeitsspeicher und werden beim Beenden vergessen.</translation>
    </message>
    <message>
        <source>Hold passwords for this session only</source>
        <translation>Passwörter nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>No profiles yet. Fill in the form and Save, or Import one.</source>
        <translation>Noch keine Profile. Füllen Sie das Formular aus und klicken Sie auf Speichern, oder importieren Sie eines.</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>das Formular</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored passwords?</source>
        <translation>Das Profil „%1“ und seine gespeicherten Passwörter entfernen?</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import the profile</source>
        <translation>Das Profil kann nicht importiert werden</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>split brain</source>
        <translation>Split-Brain</translation>
    </message>
    <message>
        <source>This node and another both accept writes</source>
        <translation>Dieser Knoten und ein weiterer nehmen beide Schreibvorgänge an</translation>
    </message>
    <message>
        <source>&lt;b&gt;Split brain: %1.&lt;/b&gt; Writes to these nodes diverge; stop the application&apos;s writes and fence the node Patroni does not lead.</source>
        <translation>&lt;b&gt;Split-Brain: %1.&lt;/b&gt; Schreibvorgänge auf diesen Knoten laufen auseinander; stoppen Sie die Schreibvorgänge der Anwendung und isolieren Sie (Fencing) den Knoten, den Patroni nicht als Leader führt.</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ReportExport</name>
    <message>
        <source>Gathering the record…</source>
        <translation>Aufzeichnungen werden zusammengetragen…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::SettingsDialog</name>
    <message>
        <source> (change with --store PATH)</source>
        <translation> (ändern mit --store PATH)</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
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
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>The system&apos;s palette returns at the next start.</source>
        <translation>Die Farbpalette des Systems wird beim nächsten Start wiederhergestellt.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>cockpit::gui::TimeDialog</name>
    <message>
        <source>Scheduled Rollout</source>
        <translation>Geplanter Rollout</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>Unknown time zone: use an IANA name such as Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone: Verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>In your time: %1 to %2</source>
        <translation>In Ihrer Ortszeit: %1 bis %2</translation>
    </message>
    <message>
        <source>In your time: %1</source>
        <translation>In Ihrer Ortszeit: %1</translation>
    </message>
</context>
<context>
    <name>cockpit::gui::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Rollout Cockpit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen bei Rollout Cockpit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The cockpit checks, executes, watches and records the rollout of a PostgreSQL cluster. It needs a connection profile: where Patroni, PostgreSQL, PgBouncer, Docker and Prometheus answer. Add one for your cluster, or import one from JSON (the Import button of the profiles dialog).&lt;br&gt;To try the cockpit first on a local lab, run &lt;tt&gt;./scripts/run&lt;/tt&gt; in the source folder: it starts the lab on this machine and opens the cockpit on it (or run &lt;tt&gt;scripts/lab up&lt;/tt&gt; and import &lt;tt&gt;/tmp/cockpit-lab/profile.json&lt;/tt&gt;).</source>
        <translation>Das Cockpit prüft den Rollout eines PostgreSQL-Clusters, führt ihn aus, beobachtet und erfasst ihn. Es benötigt ein Verbindungsprofil: wo Patroni, PostgreSQL, PgBouncer, Docker und Prometheus antworten. Legen Sie eines für Ihren Cluster an oder importieren Sie eines aus JSON (Schaltfläche &quot;Importieren&quot; im Dialog der Verbindungsprofile).&lt;br&gt;Um das Cockpit zunächst in einer lokalen Testumgebung auszuprobieren, führen Sie &lt;tt&gt;./scripts/run&lt;/tt&gt; im Quellordner aus: Es startet die Testumgebung auf diesem Rechner und öffnet das Cockpit darauf (oder führen Sie &lt;tt&gt;scripts/lab up&lt;/tt&gt; aus und importieren Sie &lt;tt&gt;/tmp/cockpit-lab/profile.json&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>&amp;Add a Connection Profile…</source>
        <translation>Verbindungsprofil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Open Connection ▸ Connection Profiles</source>
        <translation>Verbindung ▸ Verbindungsprofile öffnen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hide this until the next start</source>
        <translation>Bis zum nächsten Start ausblenden</translation>
    </message>
</context>
<context>
    <name>cockpit::migration::ClusterAccess</name>
    <message>
        <source>%1 (pid %2), left running by a cockpit that was killed</source>
        <translation>%1 (PID %2), läuft noch; zurückgelassen von einem zwangsweise beendeten Cockpit</translation>
    </message>
    <message>
        <source>the profile names no PostgreSQL node</source>
        <translation>das Profil nennt keinen PostgreSQL-Knoten</translation>
    </message>
    <message>
        <source>Patroni names no leader: the cluster has none right now</source>
        <translation>Patroni nennt keinen Leader: Der Cluster hat derzeit keinen</translation>
    </message>
    <message>
        <source>Wait for the failover to finish, then run the step again.</source>
        <translation>Warten Sie, bis der Failover abgeschlossen ist, und führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>the leader according to Patroni at %1 (member %2)</source>
        <translation>der Leader laut Patroni auf %1 (Mitglied %2)</translation>
    </message>
    <message>
        <source>Patroni&apos;s leader %1 (%2:%3) is not one of the profile&apos;s nodes</source>
        <translation>der Patroni-Leader %1 (%2:%3) ist keiner der Knoten des Profils</translation>
    </message>
    <message>
        <source>Add the node to the profile.</source>
        <translation>Fügen Sie den Knoten zum Profil hinzu.</translation>
    </message>
    <message>
        <source>no Patroni member answered, so the leader is unknown</source>
        <translation>kein Patroni-Mitglied hat geantwortet, daher ist der Leader unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) accept writes; the leader is not certain</source>
        <translation>
            <numerusform>%n Knoten nimmt Schreibvorgänge an; der Leader ist nicht eindeutig</numerusform>
            <numerusform>%n Knoten nehmen Schreibvorgänge an; der Leader ist nicht eindeutig</numerusform>
        </translation>
    </message>
    <message>
        <source>the only node not in recovery</source>
        <translation>der einzige Knoten, der nicht im Recovery-Modus ist</translation>
    </message>
    <message>
        <source>the step runs as %1 but the profile connects as %2</source>
        <translation>der Schritt läuft als %1, aber das Profil verbindet sich als %2</translation>
    </message>
    <message>
        <source>Use a profile whose PostgreSQL user is %1, or change the step&apos;s user.</source>
        <translation>Verwenden Sie ein Profil, dessen PostgreSQL-Benutzer %1 ist, oder ändern Sie den Benutzer des Schritts.</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 ran past its time limit and was stopped</source>
        <translation>%1 hat sein Zeitlimit überschritten und wurde angehalten</translation>
    </message>
    <message>
        <source>%1 was stopped: the run was aborted</source>
        <translation>%1 wurde angehalten: Der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>the profile names no backup directory</source>
        <translation>das Profil nennt kein Sicherungsverzeichnis</translation>
    </message>
    <message>
        <source>Set backup.directory in the profile: the folder that holds the migration&apos;s snapshots.</source>
        <translation>Setzen Sie backup.directory im Profil: den Ordner, der die Snapshots der Migration enthält.</translation>
    </message>
    <message>
        <source>the profile names no Docker endpoint</source>
        <translation>das Profil nennt keinen Docker-Endpunkt</translation>
    </message>
</context>
<context>
    <name>cockpit::migration::DataSources</name>
    <message>
        <source>Prometheus did not answer: %1</source>
        <translation>Prometheus hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Prometheus scrapes no target: no metric has a source</source>
        <translation>Prometheus ruft kein Ziel ab: keine Metrik hat eine Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) up and current</source>
        <translation>
            <numerusform>%n Ziel erreichbar und aktuell</numerusform>
            <numerusform>%n Ziele erreichbar und aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation>das Profil nennt kein Prometheus</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 is %2: %3 (last scrape %4)</source>
        <translation>%1 ist %2: %3 (letzter Abruf %4)</translation>
    </message>
    <message>
        <source>no error given</source>
        <translation>kein Fehler angegeben</translation>
    </message>
    <message>
        <source>%1 has no scrape younger than two intervals (last %2)</source>
        <translation>%1 hat keinen Abruf, der jünger als zwei Intervalle ist (zuletzt %2)</translation>
    </message>
</context>
<context>
    <name>cockpit::migration::Executors</name>
    <message>
        <source>every automated item checked must pass (or be marked not applicable with a reason)</source>
        <translation>jeder automatisch geprüfte Punkt muss die Prüfung bestehen (oder mit Begründung als nicht zutreffend markiert sein)</translation>
    </message>
    <message>
        <source>the readiness check ended without an answer</source>
        <translation>die Bereitschaftsprüfung endete ohne Antwort</translation>
    </message>
    <message>
        <source>none of the gate&apos;s items is checked automatically, so nothing passed</source>
        <translation>keiner der Punkte dieser Schranke wird automatisch geprüft, daher hat keiner bestanden</translation>
    </message>
    <message>
        <source>readiness gate open: %1 of %2 automated items pass%3</source>
        <translation>Bereitschaftsschranke offen: %1 von %2 automatisch geprüften Punkten bestanden%3</translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted as not applicable</source>
        <translation>
            <numerusform>, %n als nicht zutreffend akzeptiert</numerusform>
            <numerusform>, %n als nicht zutreffend akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>readiness gate OVERRIDDEN (%1 failing items bypassed): %2</source>
        <translation>Bereitschaftsschranke ÜBERSTEUERT (%1 fehlgeschlagene Punkte umgangen): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) do not pass: %2</source>
        <translation>
            <numerusform>%1 — %n Punkt besteht nicht: %2</numerusform>
            <numerusform>%1 — %n Punkte bestehen nicht: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>all five roles approved, none rejected, inside the maintenance window, the ledger intact</source>
        <translation>alle fünf Rollen haben genehmigt, keine hat abgelehnt, innerhalb des Wartungsfensters, Protokollkette intakt</translation>
    </message>
    <message>
        <source>the approvals could not be read: %1</source>
        <translation>die Freigaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>approval gate OVERRIDDEN: %1</source>
        <translation>Freigabeschranke ÜBERSTEUERT: %1</translation>
    </message>
    <message>
        <source>query %1: %2</source>
        <translation>Abfrage %1: %2</translation>
    </message>
    <message>
        <source>aborted after %1 runs</source>
        <translation>nach %1 Durchläufen abgebrochen</translation>
    </message>
    <message>
        <source>%1 queries timed: p50 %2 ms, p95 %3 ms, p99 %4 ms</source>
        <translation>%1 Abfragen gemessen: p50 %2 ms, p95 %3 ms, p99 %4 ms</translation>
    </message>
    <message>
        <source>the test write was refused: %1</source>
        <translation>der Testschreibvorgang wurde abgewiesen: %1</translation>
    </message>
    <message>
        <source>row %1 was written on %2 but %3 did not show it within 10 s</source>
        <translation>Zeile %1 wurde auf %2 geschrieben, aber %3 zeigte sie nicht innerhalb von 10 s</translation>
    </message>
    <message>
        <source>row %1 written on %2 and read back on %3</source>
        <translation>Zeile %1 auf %2 geschrieben und auf %3 zurückgelesen</translation>
    </message>
    <message>
        <source>%1 exited with code 0</source>
        <translation>%1 wurde mit Code 0 beendet</translation>
    </message>
    <message>
        <source>confirmed sent</source>
        <translation>als gesendet bestätigt</translation>
    </message>
    <message>
        <source>confirmed done</source>
        <translation>als erledigt bestätigt</translation>
    </message>
    <message>
        <source>the target node recorded at the start is not in the profile</source>
        <translation>der zu Beginn erfasste Zielknoten ist nicht im Profil enthalten</translation>
    </message>
    <message>
        <source>%1 could not get its lock within %2 (lock_timeout): another session holds it. The statement was cancelled and changed nothing; nobody queued behind it. %3</source>
        <translation>%1 konnte seine Sperre nicht innerhalb von %2 erhalten (lock_timeout): eine andere Sitzung hält sie. Die Anweisung wurde abgebrochen und hat nichts geändert; niemand wartete hinter ihr. %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>read-only through Patroni needs the profile&apos;s Patroni URLs</source>
        <translation>Nur-Lesen-Modus über Patroni erfordert die Patroni-URLs des Profils</translation>
    </message>
    <message>
        <source>ALTER SYSTEM reaches one node and does not survive a failover; use a sql step on every node only if the cluster has no Patroni.</source>
        <translation>ALTER SYSTEM erreicht nur einen Knoten und übersteht keinen Failover; verwenden Sie einen sql-Schritt auf jedem Knoten nur, wenn der Cluster kein Patroni hat.</translation>
    </message>
    <message>
        <source>no Patroni member accepted the change: %1</source>
        <translation>kein Patroni-Mitglied hat die Änderung angenommen: %1</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>default_transaction_read_only is %1 on every member (through %2, %3 ms)</source>
        <translation>default_transaction_read_only ist auf jedem Mitglied %1 (über %2, %3 ms)</translation>
    </message>
    <message>
        <source>Patroni took the change, but after 30 s not every member says default_transaction_read_only = %1</source>
        <translation>Patroni hat die Änderung übernommen, aber nach 30 s meldet nicht jedes Mitglied default_transaction_read_only = %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>default_transaction_read_only now: %1</source>
        <translation>default_transaction_read_only jetzt: %1</translation>
    </message>
    <message>
        <source>the cockpit&apos;s own sessions, superusers, replication roles and %1</source>
        <translation>die eigenen Sitzungen des Cockpits, Superuser, Replikationsrollen und %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions on %3 were ended; the others were not (no privilege to signal them: grant pg_signal_backend)</source>
        <translation>%1 von %2 Sitzungen auf %3 wurden beendet; die übrigen nicht (keine Berechtigung, ihnen ein Signal zu senden: gewähren Sie pg_signal_backend)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended on %1</source>
        <translation>
            <numerusform>%n Sitzung auf %1 beendet</numerusform>
            <numerusform>%n Sitzungen auf %1 beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>no service %1</source>
        <translation>Dienst %1 nicht vorhanden</translation>
    </message>
    <message>
        <source>the guide&apos;s --mode replicated does not exist on docker service update; the service is scaled, which is what the guide means</source>
        <translation>die Option --mode replicated aus der Anleitung gibt es bei docker service update nicht; der Dienst wird stattdessen skaliert, was die Anleitung gemeint hat</translation>
    </message>
    <message>
        <source>%1 set to %2 replicas (not waited for)</source>
        <translation>%1 auf %2 Replikate gesetzt (nicht abgewartet)</translation>
    </message>
    <message>
        <source>%1 converged, then %2 tasks ran instead of %3</source>
        <translation>%1 hat konvergiert, danach liefen %2 Tasks statt %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tasks running (service version %4)</source>
        <translation>%1: %2 von %3 Tasks laufen (Dienstversion %4)</translation>
    </message>
    <message>
        <source>Docker did not answer: %1</source>
        <translation>Docker hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>%1: %2 replicas wanted, %3 running (service version %4)</source>
        <translation>%1: %2 Replikate gewünscht, %3 laufen (Dienstversion %4)</translation>
    </message>
    <message>
        <source>no stack named: neither the step nor the profile&apos;s deploy.stack</source>
        <translation>kein Stack angegeben: weder im Schritt noch in deploy.stack des Profils</translation>
    </message>
    <message>
        <source>the step names no compose file</source>
        <translation>im Schritt ist keine Compose-Datei angegeben</translation>
    </message>
    <message>
        <source>the compose file %1 is relative and the profile names no deploy.directory</source>
        <translation>die Compose-Datei %1 ist relativ, und im Profil ist kein deploy.directory angegeben</translation>
    </message>
    <message>
        <source>the compose file does not exist</source>
        <translation>die Compose-Datei existiert nicht</translation>
    </message>
    <message>
        <source>stack %1 removed</source>
        <translation>Stack %1 entfernt</translation>
    </message>
    <message>
        <source>docker stack rm %1 returned, but its services were still there after 30 s</source>
        <translation>docker stack rm %1 ist zurückgekehrt, aber seine Dienste waren nach 30 s noch vorhanden</translation>
    </message>
    <message>
        <source>docker stack deploy returned, but: %1</source>
        <translation>docker stack deploy ist zurückgekehrt, aber: %1</translation>
    </message>
    <message>
        <source>stack %1 has no service</source>
        <translation>Stack %1 hat keinen Dienst</translation>
    </message>
    <message>
        <source>stack %1 runs %2</source>
        <translation>Stack %1 führt %2 aus</translation>
    </message>
    <message>
        <source>stack %1 has no service left</source>
        <translation>Stack %1 hat keinen Dienst mehr</translation>
    </message>
    <message>
        <source>stack %1 still has %2</source>
        <translation>Stack %1 hat noch %2</translation>
    </message>
    <message>
        <source>this action leaves the same state when run again; nothing to probe</source>
        <translation>diese Aktion hinterlässt bei erneuter Ausführung denselben Zustand; nichts zu prüfen</translation>
    </message>
    <message>
        <source>the cockpit cannot see whether this action took effect: check by hand before deciding</source>
        <translation>das Cockpit kann nicht erkennen, ob diese Aktion gewirkt hat: prüfen Sie es von Hand, bevor Sie entscheiden</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the preflight could not look at %1: %2</source>
        <translation>die Vorabprüfung konnte %1 nicht untersuchen: %2</translation>
    </message>
    <message>
        <source>the preflight&apos;s question to %1 failed: %2</source>
        <translation>die Anfrage der Vorabprüfung an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>pid %1 (%2, %3 in transaction, %4</source>
        <translation>PID %1 (%2, %3 in Transaktion, %4</translation>
    </message>
    <message>
        <source>, holds %1)</source>
        <translation>, hält %1)</translation>
    </message>
    <message>
        <source>pid %1 (%2, %3 in transaction) holds %4 on %5</source>
        <translation>PID %1 (%2, %3 in Transaktion) hält %4 auf %5</translation>
    </message>
    <message>
        <source>pid %1 (%2) waits for %3 on %4</source>
        <translation>PID %1 (%2) wartet auf %3 für %4</translation>
    </message>
    <message>
        <source>a base backup is running: pid %1 (%2, %3)</source>
        <translation>ein Basis-Backup läuft: PID %1 (%2, %3)</translation>
    </message>
    <message>
        <source>pid %1 runs %2</source>
        <translation>PID %1 führt %2 aus</translation>
    </message>
    <message>
        <source>replica %1 lags %2 behind (the alert threshold is %3)</source>
        <translation>Replikat %1 liegt %2 zurück (der Alarm-Schwellenwert ist %3)</translation>
    </message>
    <message>
        <source>prepared transaction &quot;%1&quot; (%2 on %3, prepared %4 ago)</source>
        <translation>vorbereitete Transaktion „%1“ (%2 auf %3, vor %4 vorbereitet)</translation>
    </message>
    <message>
        <source>the preflight found no node to look at (no leader)</source>
        <translation>die Vorabprüfung fand keinen Knoten zum Untersuchen (kein Leader)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the watch&apos;s own duration</source>
        <translation>die eigene Dauer der Beobachtung</translation>
    </message>
    <message>
        <source>default for a snapshot</source>
        <translation>Standardwert für einen Snapshot</translation>
    </message>
    <message>
        <source>default for a verification</source>
        <translation>Standardwert für eine Verifizierung</translation>
    </message>
    <message>
        <source>default for a restore test</source>
        <translation>Standardwert für einen Wiederherstellungstest</translation>
    </message>
    <message>
        <source>default for a Patroni configuration change</source>
        <translation>Standardwert für eine Patroni-Konfigurationsänderung</translation>
    </message>
    <message>
        <source>default for ending sessions</source>
        <translation>Standardwert für das Beenden von Sitzungen</translation>
    </message>
    <message>
        <source>default for a Swarm scale</source>
        <translation>Standardwert für eine Swarm-Skalierung</translation>
    </message>
    <message>
        <source>default for a stack deploy</source>
        <translation>Standardwert für ein Stack-Deployment</translation>
    </message>
    <message>
        <source>default for a stack removal</source>
        <translation>Standardwert für das Entfernen eines Stacks</translation>
    </message>
    <message>
        <source>default for a gate</source>
        <translation>Standardwert für eine Schranke</translation>
    </message>
    <message>
        <source>default for a person&apos;s step</source>
        <translation>Standardwert für einen manuellen Schritt</translation>
    </message>
    <message>
        <source>default for a notice</source>
        <translation>Standardwert für einen Hinweis</translation>
    </message>
    <message>
        <source>default for a program</source>
        <translation>Standardwert für ein Programm</translation>
    </message>
    <message>
        <source>no complete snapshot labelled %1 (no %2 in %3)</source>
        <translation>kein vollständiger Snapshot mit der Bezeichnung %1 (kein %2 in %3)</translation>
    </message>
    <message>
        <source>the profile names no backup directory</source>
        <translation>das Profil nennt kein Sicherungsverzeichnis</translation>
    </message>
    <message>
        <source>no complete snapshot in %1 to rehearse on</source>
        <translation>kein vollständiger Snapshot in %1 für einen Probelauf</translation>
    </message>
    <message>
        <source>Take one first: run phase 1 (its first step takes the snapshot), or name one with --from-snapshot LABEL.</source>
        <translation>Erstellen Sie zuerst einen: Führen Sie Phase 1 aus (ihr erster Schritt erstellt den Snapshot), oder geben Sie einen mit --from-snapshot LABEL an.</translation>
    </message>
    <message>
        <source>phase %1: forecast %2</source>
        <translation>Phase %1: Prognose %2</translation>
    </message>
    <message>
        <source>phase %1: forecast %2 of %3 (%4 %)</source>
        <translation>Phase %1: Prognose %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>gestoppt: %1</translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation>%1 wird verifiziert</translation>
    </message>
    <message>
        <source>the snapshot %1 does not verify: %2</source>
        <translation>der Snapshot %1 lässt sich nicht verifizieren: %2</translation>
    </message>
    <message>
        <source>the copy runs on 127.0.0.1:%1 (restored in %2)</source>
        <translation>die Kopie läuft auf 127.0.0.1:%1 (wiederhergestellt in %2)</translation>
    </message>
    <message>
        <source>REHEARSAL of %1 on a copy of %2</source>
        <translation>PROBELAUF von %1 auf einer Kopie von %2</translation>
    </message>
    <message>
        <source>the store did not answer</source>
        <translation>der Speicher hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the rehearsal was aborted</source>
        <translation>der Probelauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>ran on the copy</source>
        <translation>auf der Kopie ausgeführt</translation>
    </message>
    <message>
        <source>as it took in the journal</source>
        <translation>so lange, wie es laut Journal gedauert hat</translation>
    </message>
    <message>
        <source>as the rehearsal&apos;s own verification took</source>
        <translation>so lange, wie die eigene Verifizierung des Probelaufs gedauert hat</translation>
    </message>
    <message>
        <source>as the rehearsal&apos;s own restore took</source>
        <translation>so lange, wie die eigene Wiederherstellung des Probelaufs gedauert hat</translation>
    </message>
    <message>
        <source>simulated: needs the real cluster</source>
        <translation>simuliert: erfordert den echten Cluster</translation>
    </message>
    <message>
        <source>[phase %1] %2 — simulated: %3 (%4)</source>
        <translation>[Phase %1] %2 — simuliert: %3 (%4)</translation>
    </message>
    <message>
        <source>[phase %1] %2 — ran on the copy: %3%4</source>
        <translation>[Phase %1] %2 — auf der Kopie ausgeführt: %3%4</translation>
    </message>
    <message>
        <source>, FAILED: %1</source>
        <translation>, FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>the copy was stopped and removed</source>
        <translation>die Kopie wurde gestoppt und entfernt</translation>
    </message>
    <message>
        <source>%1 has no %2: it is not a complete snapshot</source>
        <translation>in %1 fehlt %2: kein vollständiger Snapshot</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the profile names no backup.user (a role with REPLICATION)</source>
        <translation>im Profil ist kein backup.user angegeben (eine Rolle mit REPLICATION)</translation>
    </message>
    <message>
        <source>from the keychain, through a PGPASSFILE of its own</source>
        <translation>aus dem Schlüsselbund, über eine eigene PGPASSFILE</translation>
    </message>
    <message>
        <source>a snapshot labelled %1 already exists at %2; it was left as it is</source>
        <translation>ein Snapshot mit der Bezeichnung %1 existiert bereits unter %2; er wurde unverändert belassen</translation>
    </message>
    <message>
        <source>cannot create the backup directory %1</source>
        <translation>das Backup-Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>not enough space in %1: %2 MB free, the snapshot needs about %3 MB; nothing was written</source>
        <translation>nicht genug Platz in %1: %2 MB frei, der Snapshot benötigt etwa %3 MB; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the row counts before the snapshot: %1</source>
        <translation>die Zeilenzahlen vor dem Snapshot: %1</translation>
    </message>
    <message>
        <source>cannot create a private folder for the password file</source>
        <translation>ein privater Ordner für die Passwortdatei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the password file</source>
        <translation>die Passwortdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>; the partial copy was removed</source>
        <translation>; die unvollständige Kopie wurde entfernt</translation>
    </message>
    <message>
        <source>the row counts after the snapshot: %1; the copy was removed</source>
        <translation>die Zeilenzahlen nach dem Snapshot: %1; die Kopie wurde entfernt</translation>
    </message>
    <message>
        <source>cannot write the snapshot&apos;s manifest (disk full?); the copy was removed</source>
        <translation>das Manifest des Snapshots kann nicht geschrieben werden (Datenträger voll?); die Kopie wurde entfernt</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2; the copy was removed</source>
        <translation>%1 kann nicht in %2 umbenannt werden; die Kopie wurde entfernt</translation>
    </message>
    <message>
        <source>snapshot %1 at %2 (%3 MB), row counts recorded</source>
        <translation>Snapshot %1 unter %2 (%3 MB), Zeilenzahlen erfasst</translation>
    </message>
    <message>
        <source>snapshot %1 exists and is complete (taken %2 from %3)</source>
        <translation>Snapshot %1 existiert und ist vollständig (erstellt %2 von %3)</translation>
    </message>
    <message>
        <source>only a partial copy exists (%1.partial): the snapshot did not finish</source>
        <translation>es existiert nur eine unvollständige Kopie (%1.partial): der Snapshot wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>no snapshot at %1</source>
        <translation>kein Snapshot unter %1</translation>
    </message>
    <message>
        <source>backup successfully verified</source>
        <translation>Backup erfolgreich verifiziert</translation>
    </message>
    <message>
        <source>copy the snapshot, start it on a free port of 127.0.0.1 (trust for 127.0.0.1 only), count the application tables, stop it, remove the copy</source>
        <translation>Snapshot kopieren, auf einem freien Port von 127.0.0.1 starten (trust nur für 127.0.0.1), Anwendungstabellen zählen, stoppen, Kopie entfernen</translation>
    </message>
    <message>
        <source>the restored server did not answer: %1</source>
        <translation>der wiederhergestellte Server hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>%1 is missing in the restored database</source>
        <translation>%1 fehlt in der wiederhergestellten Datenbank</translation>
    </message>
    <message>
        <source>%1: %2 rows restored, %3 to %4 recorded while the snapshot was taken</source>
        <translation>%1: %2 Zeilen wiederhergestellt, %3 bis %4 während der Snapshot-Erstellung erfasst</translation>
    </message>
    <message numerus="yes">
        <source>restored on 127.0.0.1:%1; %n table(s) hold the recorded row counts; stopped and removed</source>
        <translation>
            <numerusform>auf 127.0.0.1:%1 wiederhergestellt; %n Tabelle enthält die erfassten Zeilenzahlen; gestoppt und entfernt</numerusform>
            <numerusform>auf 127.0.0.1:%1 wiederhergestellt; %n Tabellen enthalten die erfassten Zeilenzahlen; gestoppt und entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>rows now &gt;= rows when the snapshot began</source>
        <translation>Zeilen jetzt &gt;= Zeilen bei Beginn des Snapshots</translation>
    </message>
    <message>
        <source>the snapshot recorded no count for %1</source>
        <translation>der Snapshot hat für %1 keine Anzahl erfasst</translation>
    </message>
    <message>
        <source>%1 holds %2 rows, %3 were recorded before the migration: %4 rows are missing</source>
        <translation>%1 enthält %2 Zeilen, vor der Migration wurden %3 erfasst: %4 Zeilen fehlen</translation>
    </message>
    <message>
        <source>%1 holds %2 rows (%3 recorded before the migration): none lost</source>
        <translation>%1 enthält %2 Zeilen (%3 vor der Migration erfasst): keine verloren</translation>
    </message>
    <message>
        <source>stopped and removed a throwaway server left by a cockpit that is gone: %1</source>
        <translation>einen Wegwerf-Server gestoppt und entfernt, den ein nicht mehr laufendes Cockpit hinterlassen hat: %1</translation>
    </message>
    <message>
        <source>not enough space in %1 for a copy of the snapshot: %2 MB free, %3 MB needed</source>
        <translation>nicht genug Platz in %1 für eine Kopie des Snapshots: %2 MB frei, %3 MB benötigt</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>copying %1 to %2</source>
        <translation>%1 wird nach %2 kopiert</translation>
    </message>
    <message>
        <source>cannot copy the snapshot to %1 (disk full?)</source>
        <translation>der Snapshot kann nicht nach %1 kopiert werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>no free port on 127.0.0.1</source>
        <translation>kein freier Port auf 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>cockpit::migration::MigrationRunner</name>
    <message>
        <source>took over the migration lock from a process that is gone</source>
        <translation>Migrationssperre von einem nicht mehr laufenden Prozess übernommen</translation>
    </message>
    <message>
        <source>the store did not answer</source>
        <translation>der Speicher hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the migration is held by %1 until %2</source>
        <translation>die Migration ist bis %2 von %1 gesperrt</translation>
    </message>
    <message>
        <source>there is no phase %1</source>
        <translation>es gibt keine Phase %1</translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n action(s) shown, nothing changed</source>
        <translation>
            <numerusform>Trockenlauf: %n Aktion angezeigt, nichts geändert</numerusform>
            <numerusform>Trockenlauf: %n Aktionen angezeigt, nichts geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>gestoppt: %1</translation>
    </message>
    <message>
        <source>the %1 was abandoned at %2 for the rollback; run the rollback procedure</source>
        <translation>%1 wurde bei %2 zugunsten des Rollbacks aufgegeben; führen Sie das Rollback-Verfahren aus</translation>
    </message>
    <message>
        <source>%1 (%2) was interrupted (started %3, never ended); it only observes, so it runs again</source>
        <translation>%1 (%2) wurde unterbrochen (gestartet um %3, nie beendet); der Schritt beobachtet nur und wird daher erneut ausgeführt</translation>
    </message>
    <message>
        <source>%1 (%2) started at %3 and never ended: it is in doubt. %4</source>
        <translation>%1 (%2) wurde um %3 gestartet und nie beendet: der Schritt ist ungeklärt. %4</translation>
    </message>
    <message>
        <source>phase %1 has not ended: %2 (%3) is %4</source>
        <translation>Phase %1 ist nicht beendet: %2 (%3) ist %4</translation>
    </message>
    <message>
        <source>paused before %1, as asked</source>
        <translation>vor %1 pausiert, wie angefordert</translation>
    </message>
    <message>
        <source>aborted before %1</source>
        <translation>vor %1 abgebrochen</translation>
    </message>
    <message>
        <source>paused before %1</source>
        <translation>vor %1 pausiert</translation>
    </message>
    <message>
        <source>data sources before phase 2: %1</source>
        <translation>Datenquellen vor Phase 2: %1</translation>
    </message>
    <message>
        <source>BLOCKED before phase 2: the metrics&apos; data sources are not healthy, so a rollback trigger could stay quiet: %1</source>
        <translation>BLOCKIERT vor Phase 2: die Datenquellen der Metriken sind nicht in Ordnung, daher könnte ein Rollback-Auslöser stumm bleiben: %1</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 (%2) waits, nothing was started: %3</source>
        <translation>%1 (%2) wartet, es wurde nichts gestartet: %3</translation>
    </message>
    <message>
        <source>the preflight found %1; started anyway, as %2 decided: %3</source>
        <translation>die Vorabprüfung fand %1; trotzdem gestartet, wie von %2 entschieden: %3</translation>
    </message>
    <message>
        <source>%1 (%2) was not confirmed; nothing was done</source>
        <translation>%1 (%2) wurde nicht bestätigt; es wurde nichts getan</translation>
    </message>
    <message>
        <source>the journal could not record the start, so %1 was not run: %2</source>
        <translation>das Journal konnte den Start nicht erfassen, daher wurde %1 nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 ran (%2) but its end could not be recorded: %3</source>
        <translation>%1 wurde ausgeführt (%2), aber das Ende konnte nicht erfasst werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) run; the procedure has ended</source>
        <translation>
            <numerusform>%n Aktion ausgeführt; das Verfahren ist beendet</numerusform>
            <numerusform>%n Aktionen ausgeführt; das Verfahren ist beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::migration::MigrationSession</name>
    <message>
        <source>  preflight of %1 on %2: clear</source>
        <translation>  Vorabprüfung von %1 auf %2: ohne Befund</translation>
    </message>
    <message>
        <source>  preflight of %1 on %2 found:</source>
        <translation>  Vorabprüfung von %1 auf %2 ergab:</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation>Der Probelauf konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>REHEARSAL on a copy of %1:</source>
        <translation>PROBELAUF auf einer Kopie von %1:</translation>
    </message>
    <message>
        <source>  FAILED on the copy: %1 — %2</source>
        <translation>  FEHLGESCHLAGEN auf der Kopie: %1 — %2</translation>
    </message>
    <message>
        <source>aborted before the run started</source>
        <translation>abgebrochen, bevor der Lauf begann</translation>
    </message>
</context>
<context>
    <name>cockpit::migration::Watch</name>
    <message>
        <source>no data for %1</source>
        <translation>keine Daten für %1</translation>
    </message>
    <message>
        <source>Patroni reports %1 leaders</source>
        <translation>Patroni meldet %1 Leader</translation>
    </message>
    <message>
        <source>%1 of %2 members running</source>
        <translation>%1 von %2 Mitgliedern laufen</translation>
    </message>
    <message>
        <source>Patroni is paused (maintenance mode)</source>
        <translation>Patroni ist pausiert (Wartungsmodus)</translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation>kein Patroni-Mitglied hat geantwortet</translation>
    </message>
    <message>
        <source>replication: %1</source>
        <translation>Replikation: %1</translation>
    </message>
    <message>
        <source>%1 of %2 replicas streaming</source>
        <translation>%1 von %2 Replikaten streamen</translation>
    </message>
    <message>
        <source>replication lag %1 bytes</source>
        <translation>Replikationsverzögerung %1 Bytes</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>ausgewertet</translation>
    </message>
    <message>
        <source>not evaluated by the cockpit yet: a person judges it</source>
        <translation>vom Cockpit noch nicht ausgewertet: eine Person beurteilt es</translation>
    </message>
    <message>
        <source>one Patroni leader, every member running, every replica streaming, the application&apos;s error counter</source>
        <translation>ein Patroni-Leader, jedes Mitglied läuft, jedes Replikat streamt, der Fehlerzähler der Anwendung</translation>
    </message>
    <message>
        <source>shortened to %1 s for a rehearsal</source>
        <translation>für einen Probelauf auf %1 s verkürzt</translation>
    </message>
    <message>
        <source>the watch was aborted after %1 s</source>
        <translation>die Beobachtung wurde nach %1 s abgebrochen</translation>
    </message>
    <message>
        <source>data sources: %1</source>
        <translation>Datenquellen: %1</translation>
    </message>
    <message>
        <source>the error counter could not be read at the start of the watch</source>
        <translation>der Fehlerzähler konnte zu Beginn der Beobachtung nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no data (%2), and on_no_data is fire</source>
        <translation>%1: keine Daten (%2), und on_no_data ist fire</translation>
    </message>
    <message>
        <source>%1: no data (%2); holding its last state, as on_no_data says</source>
        <translation>%1: keine Daten (%2); letzter Zustand wird beibehalten, wie on_no_data vorgibt</translation>
    </message>
    <message>
        <source>%1: grew from %2 to %3, more than a tenth (%4)</source>
        <translation>%1: von %2 auf %3 gestiegen, mehr als ein Zehntel (%4)</translation>
    </message>
    <message>
        <source>%1: %2 is past the alert threshold (%3)</source>
        <translation>%1: %2 überschreitet den Alarm-Schwellenwert (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>sample %1 at %2 s: %3</source>
        <translation>Messung %1 bei %2 s: %3</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>at %1 s of the watch: %2</source>
        <translation>nach %1 s Beobachtung: %2</translation>
    </message>
    <message>
        <source>never judged: %1 (no data while watching)</source>
        <translation>nie beurteilt: %1 (keine Daten während der Beobachtung)</translation>
    </message>
    <message>
        <source>the watch could not judge every sample: %1</source>
        <translation>die Beobachtung konnte nicht jede Messung beurteilen: %1</translation>
    </message>
    <message>
        <source>held for %1 s (%2 samples)</source>
        <translation>%1 s lang erfüllt (%2 Messungen)</translation>
    </message>
    <message>
        <source>, a rehearsal (the runbook asks for %1)</source>
        <translation>, ein Probelauf (das Runbook verlangt %1)</translation>
    </message>
    <message>
        <source>; not evaluated, a person judges: %1</source>
        <translation>; nicht ausgewertet, eine Person beurteilt: %1</translation>
    </message>
</context>
<context>
    <name>cockpit::monitoring::MetricsSession</name>
    <message>
        <source>%1: history unavailable (%2)</source>
        <translation>%1: Verlauf nicht verfügbar (%2)</translation>
    </message>
</context>
<context>
    <name>cockpit::monitoring::Sampler</name>
    <message>
        <source>%1 took over at %2</source>
        <translation>%1 hat um %2 übernommen</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>ein Mitglied</translation>
    </message>
    <message>
        <source>entered by a person, not measured</source>
        <translation>von einer Person eingegeben, nicht gemessen</translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation>das Profil nennt kein Prometheus</translation>
    </message>
    <message>
        <source>Prometheus has no data for %1</source>
        <translation>Prometheus hat keine Daten für %1</translation>
    </message>
    <message>
        <source>Prometheus answers NaN (nothing to divide by: no traffic?) for %1</source>
        <translation>Prometheus antwortet NaN (Division durch null: kein Verkehr?) für %1</translation>
    </message>
    <message>
        <source>%1 of %2 replicas stream from the leader %3%4: the lag of the others is unknown</source>
        <translation>%1 von %2 Replikaten streamen vom Leader %3%4: die Verzögerung der übrigen ist unbekannt</translation>
    </message>
    <message>
        <source> (%1 not streaming)</source>
        <translation> (kein Streaming: %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not in recovery although %2 leads: not a replica</source>
        <translation>%1 ist nicht im Recovery-Modus, obwohl %2 Leader ist: kein Replikat</translation>
    </message>
    <message>
        <source>%1 has replayed no transaction yet: its lag is unknown</source>
        <translation>%1 hat noch keine Transaktion wiedergegeben: die Verzögerung ist unbekannt</translation>
    </message>
    <message>
        <source>unknown probe</source>
        <translation>unbekannte Sonde</translation>
    </message>
    <message>
        <source>the profile names no Patroni member</source>
        <translation>im Profil ist kein Patroni-Mitglied angegeben</translation>
    </message>
    <message>
        <source>no Patroni member answered: %1</source>
        <translation>kein Patroni-Mitglied hat geantwortet: %1</translation>
    </message>
    <message>
        <source>no history in Prometheus for this probe</source>
        <translation>kein Verlauf in Prometheus für diese Sonde</translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation>kein Patroni-Mitglied hat geantwortet</translation>
    </message>
    <message>
        <source>Patroni names no leader: a switchover needs one</source>
        <translation>Patroni nennt keinen Leader: ein Switchover benötigt einen</translation>
    </message>
    <message>
        <source>%1 already leads</source>
        <translation>%1 ist bereits Leader</translation>
    </message>
    <message>
        <source>Patroni accepted, but %1 still leads after 30 s</source>
        <translation>Patroni hat angenommen, aber %1 ist nach 30 s noch Leader</translation>
    </message>
    <message>
        <source>%1 leads now (was %2)</source>
        <translation>%1 ist jetzt Leader (vorher %2)</translation>
    </message>
</context>
<context>
    <name>cockpit::monitoring::Watch</name>
    <message>
        <source>%1: %2, respond within %3: %4</source>
        <translation>%1: %2, Reaktionszeit %3: %4</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (backup %1, on call %2)</source>
        <translation> (Vertretung %1, Rufbereitschaft %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged from its metric, not by a person</source>
        <translation>&quot;%1&quot; wird anhand seiner Metrik beurteilt, nicht von einer Person</translation>
    </message>
    <message>
        <source>a confirmation needs its evidence</source>
        <translation>eine Bestätigung erfordert einen Nachweis</translation>
    </message>
    <message>
        <source>no success criterion &quot;%1&quot;</source>
        <translation>kein Erfolgskriterium &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>The SQLite store.</source>
        <translation>Der SQLite-Speicher.</translation>
    </message>
    <message>
        <source>The runbook to open.</source>
        <translation>Das zu öffnende Runbook.</translation>
    </message>
    <message>
        <source>The settings file (INI).</source>
        <translation>Die Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <source>The connection profile to watch.</source>
        <translation>Das zu beobachtende Verbindungsprofil.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
</context>
</TS>
