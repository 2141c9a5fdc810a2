<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>Answer</name>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({0}). Your saved work is safe. Details were written to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: user “{0}”, passphrase “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or use the button. Large photos are made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base checklist, plus the add-ons and modules this visit needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add-ons and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked for you: the add-on for the establishment&apos;s sector (%1) and the forced-labour and interview-safeguard modules. Untick what this visit does not need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit language coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in their own script, with a Latin spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares no tie to the employer or a broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be chosen for new inspections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This language coordinator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-conflict declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorsPage</name>
    <message>
        <source>Search name, language or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search language coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit language coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is revision %1. Revision %2 was signed and is kept unchanged; complete and sign this revision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and frozen. Any change starts a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>Edit establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 16.7132</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 98.5749</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPS (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This establishment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province you typed is not in the list; choose one of the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district you typed is not in the list; choose one of the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdistrict you typed is not in the list; choose one of the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There cannot be more workers under 18 than workers in total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentPicker</name>
    <message>
        <source>Type part of the name, employer or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentStep</name>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workplace are you inspecting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new establishment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Name (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men: %1, women: %2, under 18: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Search name, employer, registration no. or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Field Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this laptop with your passphrase. It cannot be recovered if forgotten: HQ keeps what you have synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Search establishment, reference or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpreterNotesTab</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Burmese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border pass (s.64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seabook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse of vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidation and threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention of identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive working and living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive overtime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily wage (THB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker consents, knows they may stop at any time and limit sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private place: nobody else can hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer, supervisor and broker are absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can be typed only after all three confirmations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: who holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced-labour indicators observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in the worker&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{0} [English]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Burmese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked. Enter the passphrase of %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field Inspector — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not save ({0}). Your text is still in the form; try again. Details are in the error log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInspectionWizard</name>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit follows a complaint whose source must stay confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce seen on the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a subdistrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bdistrict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Multidisciplinary team (MDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Security Office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HQ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Thai digits (๑๒๓) in formal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai digits in formal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest side of stored photos, in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the original photo beside the reduced copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the HQ address as https://… (or http://… on a test network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one the next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>S1 — possible forced labour, trafficking or child labour: protect and refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2 — serious violation: order and prosecution or fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 — order to comply by a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S4 — advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffTab</name>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Changes are kept safely on this laptop until they reach headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Team and language coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is inspecting, and who interprets for the workers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead inspector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not declared that they have no tie to the employer or a broker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Field Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of visit is this, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;complaint source confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint source confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is never named in the employer&apos;s notice (ILO C81 art. 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This establishment has no earlier inspection on this laptop, so there is nothing to link; the visit is recorded without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the inspection this visit follows up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitType</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
