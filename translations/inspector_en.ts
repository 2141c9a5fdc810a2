<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentsBox</name>
    <message numerus="yes">
        <source>⚠ %n documents held by the employer or a broker: retention of identity documents is a forced-labour indicator.</source>
        <translation>
            <numerusform>⚠ %n document held by the employer or a broker: retention of identity documents is a forced-labour indicator.</numerusform>
            <numerusform>⚠ %n documents held by the employer or a broker: retention of identity documents is a forced-labour indicator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents expired.</source>
        <translation>
            <numerusform>⚠ %n document expired.</numerusform>
            <numerusform>⚠ %n documents expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message numerus="yes">
        <source>%1 And %n more problems: see the fields marked in red.</source>
        <translation>
            <numerusform>%1 And %n more problem: see the fields marked in red.</numerusform>
            <numerusform>%1 And %n more problems: see the fields marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentFileWindow</name>
    <message numerus="yes">
        <source>HQ counts %n records made on other laptops as this same workplace; their visits are listed here without any sealed content.</source>
        <translation>
            <numerusform>HQ counts %n record made on other laptops as this same workplace; its visits are listed here without any sealed content.</numerusform>
            <numerusform>HQ counts %n records made on other laptops as this same workplace; their visits are listed here without any sealed content.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n), newest first</source>
        <translation>
            <numerusform>Visits (%n), newest first</numerusform>
            <numerusform>Visits (%n), newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open findings (%n)</source>
        <translation>
            <numerusform>Open findings (%n)</numerusform>
            <numerusform>Open findings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated violations: the same item cited at two or more visits (%n)</source>
        <translation>
            <numerusform>Repeated violations: the same item cited at two or more visits (%n)</numerusform>
            <numerusform>Repeated violations: the same item cited at two or more visits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visit: %2.</numerusform>
            <numerusform>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visits: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ HQ flag %1 at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ HQ flag %1 at %n visit: %2.</numerusform>
            <numerusform>⚠ HQ flag %1 at %n visits: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message numerus="yes">
        <source>%Ln establishments</source>
        <translation>
            <numerusform>%Ln establishment</numerusform>
            <numerusform>%Ln establishments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>OVERDUE by %Ln days</source>
        <translation>
            <numerusform>OVERDUE by %Ln day</numerusform>
            <numerusform>OVERDUE by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln days</source>
        <translation>
            <numerusform>Due in %Ln day</numerusform>
            <numerusform>Due in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%Ln findings due</source>
        <translation>
            <numerusform>%Ln finding due</numerusform>
            <numerusform>%Ln findings due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up visits</source>
        <translation>
            <numerusform>%Ln planned follow-up visit</numerusform>
            <numerusform>%Ln planned follow-up visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedModel</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ&apos;s reply is read: %Ln changes acknowledged.</source>
        <translation>
            <numerusform>HQ&apos;s reply is read: %Ln change acknowledged.</numerusform>
            <numerusform>HQ&apos;s reply is read: %Ln changes acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</source>
        <translation>
            <numerusform>%Ln change refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</numerusform>
            <numerusform>%Ln changes refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes kept by HQ for a supervisor to compare.</source>
        <translation>
            <numerusform>%Ln change kept by HQ for a supervisor to compare.</numerusform>
            <numerusform>%Ln changes kept by HQ for a supervisor to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updates from HQ applied.</source>
        <translation>
            <numerusform>%Ln update from HQ applied.</numerusform>
            <numerusform>%Ln updates from HQ applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting here until HQ&apos;s reply is read (or the next sync).</source>
        <translation>
            <numerusform>%Ln change written to %1, sealed so that only HQ can read it. It stays waiting here until HQ&apos;s reply is read (or the next sync).</numerusform>
            <numerusform>%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting here until HQ&apos;s reply is read (or the next sync).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos or documents went with them.</source>
        <translation>
            <numerusform>%Ln photo or document went with them.</numerusform>
            <numerusform>%Ln photos or documents went with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are missing on this laptop; HQ keeps the changes that need them until they arrive.</source>
        <translation>
            <numerusform>%Ln file is missing on this laptop; HQ keeps the changes that need it until it arrives.</numerusform>
            <numerusform>%Ln files are missing on this laptop; HQ keeps the changes that need them until they arrive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message numerus="yes">
        <source>This follow-up visit checks the %n findings still open after visit %1 (%2). Record what you found for each. The earlier inspection stays exactly as it was signed: each finding takes its new status once this visit is signed.</source>
        <translation>
            <numerusform>This follow-up visit checks the %n finding still open after visit %1 (%2). Record what you found. The earlier inspection stays exactly as it was signed: the finding takes its new status once this visit is signed.</numerusform>
            <numerusform>This follow-up visit checks the %n findings still open after visit %1 (%2). Record what you found for each. The earlier inspection stays exactly as it was signed: each finding takes its new status once this visit is signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n open findings of that visit come with this one, to verify on site: corrected, partly or not corrected.</source>
        <translation>
            <numerusform>The %n open finding of that visit comes with this one, to verify on site: corrected, partly or not corrected.</numerusform>
            <numerusform>The %n open findings of that visit come with this one, to verify on site: corrected, partly or not corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n S1</source>
        <translation>
            <numerusform>%n S1</numerusform>
            <numerusform>%n S1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified %n earlier findings</source>
        <translation>
            <numerusform>verified %n earlier finding</numerusform>
            <numerusform>verified %n earlier findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message numerus="yes">
        <source>Planned follow-up visit (%n open findings)</source>
        <translation>
            <numerusform>Planned follow-up visit (%n open finding)</numerusform>
            <numerusform>Planned follow-up visit (%n open findings)</numerusform>
        </translation>
    </message>
</context>
</TS>
