<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Approvals</name>
    <message>
        <source>Open by emergency override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: every role approved, inside the maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has not been verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record cannot be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected it (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook names no approval role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maintenance window is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance window opens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance window closed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency override by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; checks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook changed (%1… → %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer in the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s approval by %2 at %3 expired after %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s approval by %2 was signed before: %n change(s) since (%3): it must be signed again</source>
        <translation>
            <numerusform>%1&apos;s approval by %2 was signed before: %n change since (%3): it must be signed again</numerusform>
            <numerusform>%1&apos;s approval by %2 was signed before: %n changes since (%3): it must be signed again</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: it must be signed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 approvals (%3): the runbook requires a different person for each role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emergency override requested by %1 (record #%2) waits for a second person to confirm it, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emergency override requested by %1 (record #%2) was not confirmed by a second person within %3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency override by %1, confirmed by %2, until %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds the %2 approval, and the runbook requires a different person for each role (distinct_signers); revoke that approval first, or let someone else sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no emergency override has been requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #%1 is not the latest emergency override request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the override (record #%1) needs no confirmation: it holds already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has confirmed the override (record #%2) already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested the override (record #%2): a second person must confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the override (record #%1) was requested more than %2 minutes ago: request it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration&apos;s approval gate: open when every role has approved, nobody has rejected, the time is inside the maintenance window and the record is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole hash chain of sign-offs and audit records again (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency &amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the gate for one hour without the sign-offs; needs a reason, and is recorded with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off for the selected role, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject for the selected role; a reason is required and closes the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back your own decision for the selected role (recorded; nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the last required approval lands; cleared when one is rejected or revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled rollout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record&apos;s head and length (HEAD@COUNT) to quote in a ticket or a chat; `approvals verify --anchor` later proves the record still holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nfirm Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm another person&apos;s emergency override request: on a team store it holds only when a second person confirms it within 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five roles: decision, signer, time and comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of the ledger, newest last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call during the rollout, with backup and on-call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Monitored metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues response matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 1 validations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Filter by text, id, parameter, note or author (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only items with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see the guide&apos;s wording, its parameters, its status and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters from the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as soon as you choose (Space toggles done in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, by what means, and anything the next person should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link (ticket, dashboard, log) or a short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evidence link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved note and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note and evidence (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every item against the live cluster (F6); the arrow offers the section or the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again at this interval while the window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cockpit found against the cluster: each check&apos;s observation, expectation and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the items whose title, id, note or evidence contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the checks run again by themselves, in minutes; 0 never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item by section: its status, who changed it and when, and its check result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every service again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Patroni members&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Swarm services&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s name in the connection profile and in Patroni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its role as Patroni reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its state as Patroni reports it, or why it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, as Patroni reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What its PostgreSQL answers when asked directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay lag, from the leader&apos;s pg_stat_replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL the standby has yet to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Patroni member: role, state, lag and what PostgreSQL says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts Alertmanager holds, with severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker Swarm services with their tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scrape target and whether it is up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rollout Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a runbook file (JSON) describing another rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Production Rollout Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rollout Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define where the cluster&apos;s services are, and test them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Cluster Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the cockpit answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rollout report for the record: PDF, JSON or a single-file HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationTab</name>
    <message>
        <source>Phase / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phases and steps of the procedure with their state and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected step does, its inputs and its last output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile from a JSON file (scripts/lab writes one for the local lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab, staging, production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PostgreSQL&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: name host:port (pg1 db1.example.com:5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributed_postgres_cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpg_cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file the servers&apos; certificates chain to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pg&amp;Bouncer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Patroni and etcd&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni &amp;URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, in the order of the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni u&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For switchover and configuration changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;etcd URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Monitoring&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rometheus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://prometheus:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alertmanager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://alertmanager:9093</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Patroni, etcd, Prometheus and Alertmanager over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Docker&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;ker Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpg_app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the engine&apos;s CA (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: your client certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: its private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DNS&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to &amp;resolve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each test saves the profile first, then reaches the endpoint with the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch this cluster in the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no password for the check role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>emergency override (record #%1) confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY OVERRIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE RECORD IS BROKEN (%1); </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back at %1 (no trigger fired before: a person&apos;s decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back at %1 after trigger &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not migrated yet: readiness %1 of %2 items done or not applicable; approval gate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration not finished: %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated; success criteria held for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated; no success criterion violated so far (%1 of %2 watched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated; success criteria violated %1 time(s), %2 still violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data recorded for this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record (ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week-1 validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE RECORD IS BROKEN: %1. Nothing in this report can be trusted until the store is restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version (SHA-256): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact, %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sign-off, revocation and override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified intact when this report was generated: every record&apos;s hash chain and seal checked, and this machine&apos;s anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever keeps the anchor can later prove that the record was not shortened: rollout-cockpit approvals verify --anchor HEAD@COUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed: %1; expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked done, but the check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items: %2 done, %3 not applicable, %4 blocked, %5 open; checks: %6 pass, %7 warn, %8 fail, %9 unknown; %10 ticked done against a failing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 gate was OVERRIDDEN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (over budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, ended %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step and action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome, inputs and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target or alert line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding value or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook&apos;s rollback triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the watch recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for %1 after the migration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations and confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness, approvals, migration journal, metrics and success criteria of %1; record head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch&apos;s stored history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the author of every change you make. Leave empty to use your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings never hold passwords; those live in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window and the command line. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark palette, or choose one. Applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Maintenance Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the window is agreed in (an IANA name such as Europe/Berlin); everyone also sees it in their own time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::ClusterAnalysis</name>
    <message>
        <source>Patroni calls %1 the leader, but its PostgreSQL does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni calls %1 the leader, but its PostgreSQL is a standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL accepts writes, but Patroni does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL accepts writes, but Patroni names no leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PostgreSQL accepts writes, but Patroni calls %2 the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni lists %1 as %2, but its PostgreSQL does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni reports timeline %1 for %2; its PostgreSQL is on timeline %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni lists it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Patroni does not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni lists %1, which the connection profile does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s pg_stat_replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node answers as the leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::ClusterMonitor</name>
    <message>
        <source>Patroni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Patroni URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Docker Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::Evaluate</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe gave no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data: the probe found nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expectation names no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::FailureText</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed the TLS check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not asked to the end (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::NodePool</name>
    <message>
        <source>no node accepts writes: every node is a standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reachable node accepts writes (no answer from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single leader: %1 all accept writes (a split brain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::NodeState</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby, not streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby, %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (timeline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (timeline unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both accept writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::Prober</name>
    <message>
        <source>the profile names no PostgreSQL node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replica answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every replica (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every node (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check role %1 lacks a grant; an administrator can give it with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no backup mountpoint (backup.mountpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_exporter through Prometheus %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scrape time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last value of %1 on %2 is %3 s old (at most %4 s allowed): node_exporter is not being scraped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus %1 /%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Patroni URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni %1 /%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no etcd URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd /health of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Docker Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine %1 /%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager %1 configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no PgBouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer %1:%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to stats_users in pgbouncer.ini (and its password to the auth_file), then reload PgBouncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no %1 host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshakes from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no DNS name to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no application URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET of the application&apos;s URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni /patroni of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::ProfileTester</name>
    <message>
        <source>Split brain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::ReadinessGate</name>
    <message>
        <source>%1 (%2): %3, marked not applicable by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::ReadinessSession</name>
    <message>
        <source>No connection profile: choose one in Connection ▸ Use Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is not loaded from the store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::Rules</name>
    <message>
        <source>the probe gave no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba_file_rules is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: error: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: trust lets anyone in without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: open to every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), none with trust or open to every address</source>
        <translation>
            <numerusform>%n line, none with trust or open to every address</numerusform>
            <numerusform>%n lines, none with trust or open to every address</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s) too open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 admits connections without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every TCP line is hostssl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TCP line(s) without hostssl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): MD5 secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): a secret that is neither SCRAM nor MD5 (plain text?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) with a password, all SCRAM-SHA-256</source>
        <translation>
            <numerusform>%n role with a password, all SCRAM-SHA-256</numerusform>
            <numerusform>%n roles with a password, all SCRAM-SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 role(s) with an MD5 or plain secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vector column found: nothing is indexed for vector search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 has no HNSW index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vector column(s), each with an HNSW index</source>
        <translation>
            <numerusform>%n vector column, each with an HNSW index</numerusform>
            <numerusform>%n vector columns, each with an HNSW index</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vector column(s) without an HNSW index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS endpoint to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate does not verify (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate does not name this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate expired %2 day(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate expires in %2 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint(s) with a certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate(s) expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): valid, not self-signed, not expiring</source>
        <translation>
            <numerusform>%n endpoint: valid, not self-signed, not expiring</numerusform>
            <numerusform>%n endpoints: valid, not self-signed, not expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): valid and not expiring</source>
        <translation>
            <numerusform>%n endpoint: valid and not expiring</numerusform>
            <numerusform>%n endpoints: valid and not expiring</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica streams and no slot exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica %1 streams without a replication slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is not in use (it holds WAL back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replica streams from the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s), each streaming through an active slot</source>
        <translation>
            <numerusform>%n replica, each streaming through an active slot</numerusform>
            <numerusform>%n replicas, each streaming through an active slot</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 slot problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_archiver gave no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: archive_mode is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: archive_mode is %2 but no archive_command is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing archived yet (%2 failure(s)): archiving is not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archiver is failing (last failure %2, last success %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving on, last WAL archived without a later failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archiving problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaders: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 member(s) not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader %1; every member running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports itself unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 member(s) unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster is paused (maintenance mode): automatic failover is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer has no entry for the application&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer sends %1 to %2, but the leader is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, but the leader is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::RunbookDescribe</name>
    <message>
        <source>judged by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (judged by people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (any occurrence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale Docker service %1 to %2 replicas%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (forced update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify stakeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL on every node, %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL on the leader, %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the whole cluster read-only (Patroni&apos;s dynamic configuration: default_transaction_read_only = on on every member, verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the cluster writable again (default_transaction_read_only = off on every member, verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the application&apos;s sessions on %1 (sparing this cockpit, replication and administrators), counting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker stack deploy -c %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;the profile&apos;s compose file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;the profile&apos;s stack&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker stack rm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backup of the leader as snapshot &quot;%1&quot; (pg_basebackup), with a manifest and the application tables&apos; row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify snapshot &quot;%1&quot; (pg_verifybackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start snapshot &quot;%1&quot; on a throwaway server and compare its row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval gate: every role signed, inside the maintenance window (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance baseline: %1 timed runs of %2 queries; p50, p95, p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 against the count recorded in snapshot &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a test row to %1 and read it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness gate: every automated item must pass (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that must pass: %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::Services</name>
    <message>
        <source>the keychain has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection profile: give --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`rollout-cockpit profile list` shows the profiles there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for the team store of profile %1 in the keychain (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the profile again with its password_file, or start with --store PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for the team store&apos;s user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not sealed: the keychain could not keep its key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is sealed (store id %1) and the keychain has no key for it: its records cannot be vouched for here, nor new ones recorded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::Triggers</name>
    <message>
        <source>&quot;%1&quot; is evaluated from its metric; only a manual trigger is raised by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raising a trigger needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trigger &quot;%1&quot; in the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manual trigger &quot;%1&quot; in the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is timestamp,metric,value: Unix seconds, a metric of the runbook&apos;s monitoring.metrics, and a number (NaN, +Inf, -Inf allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (expected the header timestamp,metric,value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &quot;timestamp,metric,value&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 fields, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad timestamp &quot;%1&quot; (Unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric &quot;%1&quot; in the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data: holding the last state (%1), as on_no_data says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data: fired, as on_no_data says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::cli::CliText</name>
    <message>
        <source>rollout-cockpit: unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid runbook &quot;%2&quot; (%3 checklist items, %4 phases)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (validate or show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (validate or show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 | Timeline: %2 | Risk: %3 | Rollback window: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checklist (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback triggers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual rollback procedure (&lt; %1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data consistency checks after a rollback:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring (critical watch: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 1 validations:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues response matrix:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria (all true for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes only --format text|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: rollout-cockpit profile import FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes one profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test takes one profile name and --format text|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 endpoints answered
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; (%2 endpoints; passwords in the %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove takes one profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its passwords
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (list, show, test, import or remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan (rollback window: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see above
</source>
        <translation>
            <numerusform>%n warning: see above
</numerusform>
            <numerusform>%n warnings: see above
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook has no section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook has no item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the store cannot record this check: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the store cannot be opened, so no result is recorded and no item marked not applicable is taken into account: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the results were not recorded: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (show or set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes --format text|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 / %2 complete
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set takes ID --status open|done|not-applicable|blocked [--note TEXT] [--evidence TEXT] [--as NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (open, done, not-applicable or blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to set: give --status, --note or --evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (by %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (show or set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Readiness of profile %1 against %2: %n item(s) in %3 s
</source>
        <translation>
            <numerusform>Readiness of profile %1 against %2: %n item in %3 s
</numerusform>
            <numerusform>Readiness of profile %1 against %2: %n items in %3 s
</numerusform>
        </translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Summary: %1 pass, %2 warn, %3 fail, %4 unknown, %5 manual
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted gap: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: open (%1 of %2 automated item(s) pass)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gate: CLOSED — %n automated item(s) do not pass:
</source>
        <translation>
            <numerusform>Gate: CLOSED — %n automated item do not pass:
</numerusform>
            <numerusform>Gate: CLOSED — %n automated items do not pass:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off (%1 of %2 approved) in %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date approved:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled rollout:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: intact, %1 records, head %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: BROKEN — %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact: %1 records, head %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign takes ROLE --decision approve|reject [--comment TEXT] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke takes ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook has no approval role &quot;%1&quot; (roles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke takes no --decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decision is approve or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by %3 (record #%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window takes --start ISO8601 --end ISO8601 [--zone NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give times as ISO 8601 with an offset (2026-12-05T22:00:00+01:00) or a known --zone (Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule takes ISO8601 [--zone NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the time as ISO 8601 with an offset (2026-12-05T22:00:00+01:00) or a known --zone (Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded (record #%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override takes --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not a team store: give --profile P of a profile with a team_store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team store %1 ready (schema version %2), connected as %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes DATABASE_ROLE APPROVAL_ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook has no approval role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now sign for %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer sign for %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (init, grants, grant, ungrant or import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes --from PATH (a local store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rollout of runbook %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[copied from the local store %1: recorded by %2 at %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) copied into %2 as %3; sign-offs are given again in the team store
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 procedure%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a REHEARSAL: watches were shortened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 of %2 (%3 %)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, WARNING: 80 % of the budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override of the %1 gate: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback window: closes %1 (%2 left)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 — %2
%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes the cluster. Type the cluster&apos;s name (%1) to go ahead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;done&quot; once you have done it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phase takes a phase number (1, 2, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--watch-for takes a duration such as 30s or 2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve STEP goes with --as done|rerun|rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as takes done, rerun or rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override or a skip needs --reason TEXT: it is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step &quot;%1&quot; in the %2 procedure (see --status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a step in doubt or failed is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved as %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration stops here. Run: rollout-cockpit rollback --profile %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override of the %1 gate recorded: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no password for the credential &quot;%1&quot; of profile %2 in the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phase %1] %2 — %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changes the cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide with: rollout-cockpit %1 --profile %2 --resolve %3 --as done|rerun|rollback
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entered by a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics at %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [stale since %1: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback triggers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for takes a duration such as 30s or 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a duration such as 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT %1 at %2: %3; contact %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared %1 at %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history from Prometheus unavailable: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rollout-cockpit triggers replay --input FILE [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay needs --input FILE (CSV: timestamp,metric,value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trigger changed state
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a switchover moves the leader: confirm with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchover done: %1 leads (recorded as planned)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN DOUBT: these triggers cannot be judged now: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            approved: %1 (digest %2…)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            approved: not recorded (signed by an earlier version)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            signed before: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor: %1@%2 (quote it; `approvals verify --anchor` proves the record still holds it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand (show, sign, revoke, window, schedule, override, confirm-override or verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (show, sign, revoke, window, schedule, override, confirm-override or verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor needs a value: HEAD or HEAD@COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor takes a head (at least %1 hexadecimal digits of a record&apos;s hash), optionally @COUNT, the number of records it closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor given (%1) is in the record
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency override by %1 recorded (record #%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm-override takes [RECORD], the request&apos;s record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency override (record #%1) confirmed by %2 (record #%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate cannot be judged: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds only when a second person confirms it within %1 minutes: rollout-cockpit approvals confirm-override %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate is open for %1 minutes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate stays closed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist cannot be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check results cannot be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record cannot be trusted, so neither can this checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the checklist could not be read from the store, so no item marked not applicable is taken into account: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--settings needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  rollout-cockpit [--store PATH] [--runbook FILE] [--settings FILE] [--profile NAME]
      Open the cockpit window.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as takes a name of one line, without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine holds no anchor of %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine no longer remembers that %1 had %2 records (head %3, verified at %4); the next verification anchors the record as it is now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records, head %3, verified at %4 (%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store key export | store key import TOKEN | store anchor [forget]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;key %1&quot; (export or import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sealed (a team store, or no keychain kept a key when it was first used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no key for store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key below lets whoever holds it write records this store trusts: hand it over like a password, and only to a machine that is to record in this store.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a store key (it reads rckey1:STORE-ID:KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is store %1&apos;s; %2 is store %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not keep the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of store %1 is in the keychain; this machine can now verify and record in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required (the report&apos;s file: .pdf, .json or .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use pdf, json or html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size is A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give times as ISO 8601 with an offset (2026-12-05T22:00:00+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report written: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is BROKEN (%1): the report says so on its cover
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record intact: %1 records, head %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input FILE takes only --output, --format and --page-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a report of schema version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rehearsal forecast %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps takes a number of actions (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-clear takes a duration such as 30s or 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override takes readiness, approvals, data_sources or preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-snapshot goes with --rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rehearsal is of the migration&apos;s phases: use migrate --rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
REHEARSAL on a copy of %1 (journal: rollout %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed on the copy.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED on the copy: %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action is waiting to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override of the preflight of %1 recorded for its next start: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  preflight on %1: clear
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  preflight on %1 found:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again once it is clear, wait for it with --wait-clear 10m, or record an override: rollout-cockpit %1 --profile %2 --override preflight --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfy the gate, or record an override: rollout-cockpit %1 --profile %2 --override readiness|approvals|data_sources --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN DOUBT: these triggers hold their last state for want of data: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN DOUBT: the data sources are not healthy
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which shell: completion bash|zsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollout-cockpit: unknown command &quot;%1&quot;; did you mean %2?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(&quot;rollout-cockpit %1 --help&quot; lists its options)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64  the command line is wrong (an unknown option, a missing value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection profile whose cluster to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite store (default: the profile&apos;s team store, else cockpit.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this runbook instead of the remembered one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write settings in this INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is recording this (default: the operating system&apos;s user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a runbook, or print it (default: the shipped production rollout guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how show prints the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   valid (validate) or printed (show)
2   the runbook is invalid: every problem on stderr, each with its JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles: list, show, test every endpoint, import from JSON, remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how list and test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the imported profile (default: the file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done; test: every endpoint answered
1   test: an endpoint did not answer
2   the profile or the file is invalid, or the keychain refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the checklist against the live cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this section (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this item (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to print the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the results to this file instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   every automated item passes, or a person marked it not applicable with a reason
1   an item fails or is unknown
2   a usage or configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people&apos;s side of the checklist: every item&apos;s status, who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how show prints the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note for the item (not-applicable needs one as its reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what shows the item is done (a ticket, a link, an output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done
2   an unknown item, a missing reason, or the store refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five sign-offs, the maintenance window and the gate; verify checks the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how show prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment with an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: required for a rejection and an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance window&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance window&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone of times given without an offset (Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the chain must still hold this head (at this position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done; verify: the ledger is intact
1   verify: the ledger is broken or shorter than anchored (the first bad record is named)
2   refused: a role signed twice by one person, a missing reason, the store refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the guide&apos;s migration phases from where the journal stands; resolve, skip, rehearse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run up to the end of this phase (1, 2 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what would run, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the steps that change the cluster without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to print progress and the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorten the watch steps to this duration (e.g. 30s; for the lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause after N steps (exit 0, resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the preflight finds a blocker, wait up to D for it to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print where the journal stands and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run phases 1-3 on a restored copy and forecast each phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearse on this snapshot instead of the newest verified one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide a step in doubt, with --as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision on a step in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip a step, with --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a closed gate once, with --reason (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why a step is skipped, resolved or a gate overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done (or paused after --steps)
1   a step failed
2   a usage or configuration error
3   a step is in doubt: resolve it with --resolve
4   a gate is closed (readiness, approvals, data sources)
5   the preflight found a blocker; nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the guide&apos;s rollback procedure from where its journal stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print where the rollback&apos;s journal stands and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why a step is skipped or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorten the watch steps to this duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done
1   a step failed
2   a usage or configuration error
3   a step is in doubt: resolve it with --resolve
5   the preflight found a blocker; nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every metric&apos;s value and state, the rollback triggers and the success criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one round, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch for this long (e.g. 10m), then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time between rounds (default: the runbook&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to print each round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   no trigger fires and every source answers
1   a rollback trigger fires
3   a trigger cannot be judged (no data, a source down) or is holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook&apos;s rollback triggers over recorded samples, transition by transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded samples, CSV: timestamp,metric,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to print the transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   replayed
2   the file or the runbook is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned switchover through Patroni, recorded so that it never counts as a failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member to promote (default: Patroni&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>really do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   switched over
1   Patroni refused or the cluster did not settle
2   usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout report for the record, as PDF, JSON or single-file HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s format (default: from the file name, else pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the period reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the period reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render a report saved as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   written
1   written, but the ledger is broken (the cover says so)
2   usage, or the report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store&apos;s seal key (keychain) for a second machine, and this machine&apos;s anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done
2   the token is invalid or the keychain refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store (the profile&apos;s team_store): set it up, and who may sign for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local store to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   done
2   the team store refused, or the profile has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the usage, or one command&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the manual page (roff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rollout-cockpit --version | --help

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&quot;rollout-cockpit COMMAND --help&quot; or &quot;rollout-cockpit help COMMAND&quot; prints a command&apos;s
options, exit codes and an example.
Exit codes: 0 success, 1 failure, 2 invalid input, 64 bad command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Example:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, execute, watch and record a PostgreSQL production rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout Cockpit turns a rollout guide (a readiness checklist, a three-phase migration, rollback triggers, monitoring targets, success criteria and five sign-offs) into a tool that checks the live cluster, performs the migration&apos;s steps, watches the metrics and records every decision in a tamper-evident ledger. Without a command it opens the window; with one it runs headless, for scripts and pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store (cockpit.sqlite), the anchors and the journal live in the application data folder (~/.local/share/RolloutCockpit/rollout-cockpit); passwords live only in the keychain (Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (&quot;rollout-cockpit %2 --help&quot; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ApprovalsTab</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revoked the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled rollout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY OVERRIDE — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Set your name in Preferences (Ctrl+,) to sign.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as &lt;b&gt;%1&lt;/b&gt; (your team store role: the database checks what you may sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as &lt;b&gt;%1&lt;/b&gt; (local store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off (%1 of %2 approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not yet: when the last role approves&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not set&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate: closed&lt;/b&gt; — no rollout is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate: closed&lt;/b&gt; — reading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: OPEN by emergency override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role approved, inside the maintenance window, the record intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORD BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has been changed behind the cockpit&apos;s back: %1. The gate stays closed; nothing here can be trusted until the store is restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1
after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a rollout and set your name to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-off for %1, recorded with your name and the time. A comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you reject? The reason is recorded and shown to everyone; the gate stays closed until you or another %1 approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: a rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens the gate for one hour without the sign-offs. It is recorded with your name, and everyone sees it. What is the emergency?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: an override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed before: %n change(s) since</source>
        <translation>
            <numerusform>Signed before: %n change since</numerusform>
            <numerusform>Signed before: %n changes since</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1
Digest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this approval approved was not recorded (an earlier version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record intact: %n entries verified; chain head %1</source>
        <translation>
            <numerusform>Record intact: %n entry verified; chain head %1</numerusform>
            <numerusform>Record intact: %n entries verified; chain head %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The SHA-256 head of the record. Quote it with its length (Copy Anchor): whoever holds it can later prove that the record was not shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asks to open the gate for one hour without the sign-offs. On the team store it holds only when a second person confirms it within 15 minutes (Confirm Override). It is recorded with your name, and everyone sees it. What is the emergency?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency override (record #%1) confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ChartsTab</name>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored metrics (first %1: critical watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored metrics (first %1: critical watch; dashboard %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria: all must hold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback triggers: roll back immediately if any occurs (rollback window: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;rollback procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a &amp;security issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rollback path in the Migration tab; nothing runs until you start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much history every chart shows (zoom in a chart for detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sampling (Ctrl+P); the triggers are not evaluated while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s manual trigger: a critical security issue calls for the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion the data cannot judge (DR tested, no security incident, cost): confirm it with its evidence; recorded in the rollout&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (72 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT %1 at %2: %3 is past its threshold %4. %5. Escalate to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response-matrix row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the on-call engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout Cockpit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER FIRING at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout Cockpit: rollback trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raised by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not raised (Raise a security issue…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value / evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED: not sampling, the triggers are not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching since %1; last evaluation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER FIRING: %1. The guide says: roll back immediately. Nothing runs until a person starts the rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger firing after the rollback window closed: %1. Follow the response matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success window: %1 left of %2 (started %3). %4 of %5 criteria hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success window ended %1. %2 of %3 criteria hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a security issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discovered (recorded in the rollout&apos;s ledger):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the criterion to confirm first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged from its metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence (a link, a ticket, a report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab watches the cluster once a connection profile is chosen (Connection menu): the charts plot every metric from Prometheus and the cluster itself, and the rollback triggers are evaluated continuously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rollback triggers cannot be judged now (their source fails or is stale): %1. Do not read their silence as all clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (holding: no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decided by %n sample(s) from %1:</source>
        <translation>
            <numerusform>Decided by %n sample from %1:</numerusform>
            <numerusform>Decided by %n samples from %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change since the window opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trigger does while its metric gives no data: unknown (says so, never calm), fire, or hold its last state (runbook: on_no_data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not applicable, %4 blocked, %5 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked against the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet (F6 checks every item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done by %1, but the check fails: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ChecklistTab</name>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete (open or blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item done, or open again (Space in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Note and Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. The item keeps its last saved state; try again, or check the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · id %2 · verified: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a person (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has recorded anything for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 not applicable, %3 blocked, %4 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Readiness (%n blocked)</source>
        <translation>
            <numerusform>Readiness (%n blocked)</numerusform>
            <numerusform>Readiness (%n blocked)</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note and evidence of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks “%1”? The reason is saved as the item&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” not apply? The reason is saved as the item&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: a reason is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(%1 of change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the cockpit against the cluster (automated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a person, with evidence the cockpit gathers (assisted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check fails or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, but the check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every item against the live cluster (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check This Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check This Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check results could not be recorded in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every item against the live cluster (F6); the arrow offers the section or the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against profile &lt;b&gt;%2&lt;/b&gt;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n item(s) in %1 s: </source>
        <translation>
            <numerusform>Checked %n item in %1 s: </numerusform>
            <numerusform>Checked %n items in %1 s: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked done but failing</source>
        <translation>
            <numerusform>%n marked done but failing</numerusform>
            <numerusform>%n marked done but failing</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: F6 checks every item, Ctrl+F6 this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: marked done by %1, but the check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for a person to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cockpit, checking against the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by others</source>
        <translation>
            <numerusform>%n item changed by others</numerusform>
            <numerusform>%n items changed by others</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed elsewhere meanwhile. %2 It now shows what was recorded there; anything you typed is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the store does not answer (%1). Nothing was kept aside: the item keeps its last saved state and what you typed stays in the editor; apply it again when the store answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run against profile &lt;b&gt;%1&lt;/b&gt; (F6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ClusterOverview</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: asking the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni&apos;s figure; the leader did not report this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown (%2 unreachable since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (%2 unreachable since %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile. Add one in Connection ▸ Connection Profiles… (scripts/run sets up the local lab&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Timeline %1, LSN %2, PostgreSQL %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1&apos;s pg_stat_replication (%2): write %3, flush %4, replay %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Its PostgreSQL, asked directly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Split brain:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; its PostgreSQL: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members, leader %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPLIT BRAIN (%1); </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Alerts&lt;/b&gt;: %n firing</source>
        <translation>
            <numerusform>&lt;b&gt;Alerts&lt;/b&gt;: %n firing</numerusform>
            <numerusform>&lt;b&gt;Alerts&lt;/b&gt;: %n firing</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager&apos;s active alerts; expand one for its labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 targets up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::MainWindow</name>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readiness checklist (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration procedure and the rollback procedure (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics, thresholds, rollback triggers and success criteria (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off by the five roles (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 could not be opened; the built-in production rollout guide is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened, so the checklist is read-only and nothing can be recorded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable runbook. The current runbook stays open.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be read from the store; it is read-only for now.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rollout Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the author of your changes; change it in Edit ▸ Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into the cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rollout Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rollout Cockpit %1&lt;/h3&gt;&lt;p&gt;Checks, executes, watches and records the production rollout of a Patroni/PostgreSQL cluster.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are held for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Split brain: %1.&lt;/b&gt; Writes to these nodes diverge and one side&apos;s will be lost. %2 Stop the application&apos;s writes, then stop the PostgreSQL that Patroni does not lead and reinitialise it through Patroni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni names no leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni&apos;s leader is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item done, or open again; on a section, expand or collapse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Left, Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the items; collapse or expand a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store could not be opened, so the checklist is read-only and nothing can be recorded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostgreSQL role in the team store: every record names it, and the database decides what it may sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout&apos;s record was changed behind the cockpit&apos;s back: %1. The approval gate stays closed (Approvals, Ctrl+4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written, but the record is broken: its cover says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json);;Single-file HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::MetricChart</name>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, measured every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or drag to zoom, arrow keys to pan, Home or double-click to follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::MigrationTab</name>
    <message>
        <source>Phase %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The guide&apos;s command&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running action&apos;s output appears here, line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run from where the journal stands to the end of the procedure (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the next action only, then pause (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every action with its resolved target, request or command; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before the next action; the running one finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now (a running program is killed) and offer the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the selected action, with a reason that is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action (in doubt or failed) did happen: record it as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action (in doubt or failed) did not happen: run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rollback procedure and run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pausing after the running action —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate is closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. Fix the cause and run it again, mark it done if it did happen, or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is a REHEARSAL: its watches were shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In doubt: &quot;%1&quot; started %2 and never ended (the cockpit stopped in the middle). What the cluster says now: %3. Decide: Mark done if it happened, Run again if it did not%4, or Roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this action is not idempotent: running it twice does it twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2 of %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running phase has used 80 % of its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback window: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an action to see the guide&apos;s command, what the cockpit does for it, the exact inputs it ran with and its outcome.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changes the cluster:&lt;/b&gt; the cockpit asks you to type the cluster&apos;s name first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;State:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · started %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Outcome:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The exact action&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— dry run of the %1 procedure: nothing changes —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 procedure —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; as done? Only if its effect is really there.

What the cluster says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
It is not idempotent: running it twice does it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

A note for the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; skipped? The reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skip needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— aborted —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback procedure is selected: Run (F5) runs it from where its journal stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes the cluster:

%1

%2

Type the cluster&apos;s name (%3) to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab runs the migration of an open runbook: open one (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab runs the guide&apos;s migration against a cluster: choose a connection profile (Connection menu) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no connection profile to ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; again? Only if it did not happen.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was aborted. What it did so far stays done; to undo it, run the rollback procedure (Roll back…, then Run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

Type &quot;done&quot; once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait until clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again now; the action starts if nothing blocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again every 2 seconds for up to 15 minutes; the action starts once nothing blocks it (Pause stops waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the action despite the findings, once; your reason is recorded in the journal with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest snapshot on a throwaway PostgreSQL, run phases 1–3&apos;s data steps on it, simulate the rest, and forecast each phase against its budget; the cluster is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— rehearsal on a restored copy: the cluster is not touched —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · forecast %1 (rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &quot;%1&quot; despite what the preflight found? It runs with its lock_timeout, so a lock it cannot get fails it instead of queueing the cluster behind it.

Why? The reason is recorded with the findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the running step prints, as it prints it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ProfilesDialog</name>
    <message>
        <source>Automatic (verify-full beyond this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are held for this session only; they are forgotten when the cockpit closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available here, so passwords cannot be saved. %1
You can hold them for this session only: they stay in memory and are forgotten at exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold passwords for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Fill in the form and Save, or Import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored passwords?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node and another both accept writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Split brain: %1.&lt;/b&gt; Writes to these nodes diverge; stop the application&apos;s writes and fence the node Patroni does not lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ReportExport</name>
    <message>
        <source>Gathering the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::SettingsDialog</name>
    <message>
        <source> (change with --store PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s palette returns at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::TimeDialog</name>
    <message>
        <source>Scheduled Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your time: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::gui::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Rollout Cockpit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cockpit checks, executes, watches and records the rollout of a PostgreSQL cluster. It needs a connection profile: where Patroni, PostgreSQL, PgBouncer, Docker and Prometheus answer. Add one for your cluster, or import one from JSON (the Import button of the profiles dialog).&lt;br&gt;To try the cockpit first on a local lab, run &lt;tt&gt;./scripts/run&lt;/tt&gt; in the source folder: it starts the lab on this machine and opens the cockpit on it (or run &lt;tt&gt;scripts/lab up&lt;/tt&gt; and import &lt;tt&gt;/tmp/cockpit-lab/profile.json&lt;/tt&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Connection Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection ▸ Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::migration::ClusterAccess</name>
    <message>
        <source>the profile names no PostgreSQL node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni names no leader: the cluster has none right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the failover to finish, then run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader according to Patroni at %1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni&apos;s leader %1 (%2:%3) is not one of the profile&apos;s nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the node to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Patroni member answered, so the leader is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) accept writes; the leader is not certain</source>
        <translation>
            <numerusform>%n node accept writes; the leader is not certain</numerusform>
            <numerusform>%n nodes accept writes; the leader is not certain</numerusform>
        </translation>
    </message>
    <message>
        <source>the only node not in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step runs as %1 but the profile connects as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a profile whose PostgreSQL user is %1, or change the step&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran past its time limit and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped: the run was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no backup directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set backup.directory in the profile: the folder that holds the migration&apos;s snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2), left running by a cockpit that was killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::migration::DataSources</name>
    <message>
        <source>Prometheus did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus scrapes no target: no metric has a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) up and current</source>
        <translation>
            <numerusform>%n target up and current</numerusform>
            <numerusform>%n targets up and current</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: %3 (last scrape %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scrape younger than two intervals (last %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::migration::Executors</name>
    <message>
        <source>the target node recorded at the start is not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only through Patroni needs the profile&apos;s Patroni URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM reaches one node and does not survive a failover; use a sql step on every node only if the cluster has no Patroni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Patroni member accepted the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default_transaction_read_only is %1 on every member (through %2, %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni took the change, but after 30 s not every member says default_transaction_read_only = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default_transaction_read_only now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cockpit&apos;s own sessions, superusers, replication roles and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions on %3 were ended; the others were not (no privilege to signal them: grant pg_signal_backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended on %1</source>
        <translation>
            <numerusform>%n session ended on %1</numerusform>
            <numerusform>%n sessions ended on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guide&apos;s --mode replicated does not exist on docker service update; the service is scaled, which is what the guide means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2 replicas (not waited for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 converged, then %2 tasks ran instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 tasks running (service version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 replicas wanted, %3 running (service version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stack named: neither the step nor the profile&apos;s deploy.stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step names no compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compose file %1 is relative and the profile names no deploy.directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compose file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker stack rm %1 returned, but its services were still there after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker stack deploy returned, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1 has no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1 has no service left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1 still has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2: it is not a complete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no backup.user (a role with REPLICATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the keychain, through a PGPASSFILE of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a snapshot labelled %1 already exists at %2; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough space in %1: %2 MB free, the snapshot needs about %3 MB; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row counts before the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a private folder for the password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the partial copy was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row counts after the snapshot: %1; the copy was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the snapshot&apos;s manifest (disk full?); the copy was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2; the copy was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 at %2 (%3 MB), row counts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 exists and is complete (taken %2 from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a partial copy exists (%1.partial): the snapshot did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshot at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup successfully verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the snapshot, start it on a free port of 127.0.0.1 (trust for 127.0.0.1 only), count the application tables, stop it, remove the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the snapshot to %1 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free port on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing in the restored database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows restored, %3 to %4 recorded while the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>restored on 127.0.0.1:%1; %n table(s) hold the recorded row counts; stopped and removed</source>
        <translation>
            <numerusform>restored on 127.0.0.1:%1; %n table hold the recorded row counts; stopped and removed</numerusform>
            <numerusform>restored on 127.0.0.1:%1; %n tables hold the recorded row counts; stopped and removed</numerusform>
        </translation>
    </message>
    <message>
        <source>every automated item checked must pass (or be marked not applicable with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the gate&apos;s items is checked automatically, so nothing passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readiness gate open: %1 of %2 automated items pass%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted as not applicable</source>
        <translation>
            <numerusform>, %n accepted as not applicable</numerusform>
            <numerusform>, %n accepted as not applicable</numerusform>
        </translation>
    </message>
    <message>
        <source>readiness gate OVERRIDDEN (%1 failing items bypassed): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) do not pass: %2</source>
        <translation>
            <numerusform>%1 — %n item do not pass: %2</numerusform>
            <numerusform>%1 — %n items do not pass: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>all five roles approved, none rejected, inside the maintenance window, the ledger intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approvals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval gate OVERRIDDEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted after %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queries timed: p50 %2 ms, p95 %3 ms, p99 %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows now &gt;= rows when the snapshot began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot recorded no count for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 rows, %3 were recorded before the migration: %4 rows are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 rows (%3 recorded before the migration): none lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test write was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was written on %2 but %3 did not show it within 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 written on %2 and read back on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action leaves the same state when run again; nothing to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cockpit cannot see whether this action took effect: check by hand before deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the readiness check ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not get its lock within %2 (lock_timeout): another session holds it. The statement was cancelled and changed nothing; nobody queued behind it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight could not look at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight&apos;s question to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2, %3 in transaction, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, holds %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2, %3 in transaction) holds %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2) waits for %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base backup is running: pid %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica %1 lags %2 behind (the alert threshold is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared transaction &quot;%1&quot; (%2 on %3, prepared %4 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight found no node to look at (no leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch&apos;s own duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a restore test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a Patroni configuration change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for ending sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a Swarm scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a stack deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a stack removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a person&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete snapshot labelled %1 (no %2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no backup directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete snapshot in %1 to rehearse on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one first: run phase 1 (its first step takes the snapshot), or name one with --from-snapshot LABEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1: forecast %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1: forecast %2 of %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy runs on 127.0.0.1:%1 (restored in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL of %1 on a copy of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rehearsal was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran on the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it took in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the rehearsal&apos;s own verification took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the rehearsal&apos;s own restore took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated: needs the real cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phase %1] %2 — simulated: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phase %1] %2 — ran on the copy: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was stopped and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped and removed a throwaway server left by a cockpit that is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough space in %1 for a copy of the snapshot: %2 MB free, %3 MB needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::migration::MigrationRunner</name>
    <message>
        <source>the store did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n action(s) shown, nothing changed</source>
        <translation>
            <numerusform>dry run: %n action shown, nothing changed</numerusform>
            <numerusform>dry run: %n actions shown, nothing changed</numerusform>
        </translation>
    </message>
    <message>
        <source>took over the migration lock from a process that is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration is held by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was abandoned at %2 for the rollback; run the rollback procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) started at %3 and never ended: it is in doubt. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 has not ended: %2 (%3) is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was not confirmed; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal could not record the start, so %1 was not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran (%2) but its end could not be recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) run; the procedure has ended</source>
        <translation>
            <numerusform>%n action run; the procedure has ended</numerusform>
            <numerusform>%n actions run; the procedure has ended</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) was interrupted (started %3, never ended); it only observes, so it runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused before %1, as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sources before phase 2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED before phase 2: the metrics&apos; data sources are not healthy, so a rollback trigger could stay quiet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) waits, nothing was started: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight found %1; started anyway, as %2 decided: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::migration::MigrationSession</name>
    <message>
        <source>aborted before the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  preflight of %1 on %2: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  preflight of %1 on %2 found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL on a copy of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAILED on the copy: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::migration::Watch</name>
    <message>
        <source>no data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni reports %1 leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni is paused (maintenance mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 replicas streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication lag %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated by the cockpit yet: a person judges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one Patroni leader, every member running, every replica streaming, the application&apos;s error counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened to %1 s for a rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch was aborted after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error counter could not be read at the start of the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 at %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 s of the watch: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never judged: %1 (no data while watching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch could not judge every sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for %1 s (%2 samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a rehearsal (the runbook asks for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not evaluated, a person judges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: grew from %2 to %3, more than a tenth (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is past the alert threshold (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data (%2), and on_no_data is fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data (%2); holding its last state, as on_no_data says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::monitoring::MetricsSession</name>
    <message>
        <source>%1: history unavailable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::monitoring::Sampler</name>
    <message>
        <source>%1 took over at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by a person, not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answers NaN (nothing to divide by: no traffic?) for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 replicas stream from the leader %3%4: the lag of the others is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 not streaming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in recovery although %2 leads: not a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has replayed no transaction yet: its lag is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no Patroni member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Patroni member answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history in Prometheus for this probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni names no leader: a switchover needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patroni accepted, but %1 still leads after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads now (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cockpit::monitoring::Watch</name>
    <message>
        <source>%1: %2, respond within %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (backup %1, on call %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged from its metric, not by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confirmation needs its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no success criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>The SQLite store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file (INI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile to watch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
