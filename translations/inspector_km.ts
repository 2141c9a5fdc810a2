<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>Answer</name>
    <message>
        <source>Compliant</source>
        <translation>អនុលោមតាមច្បាប់</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>មិនអនុលោមតាមច្បាប់</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({0}). Your saved work is safe. Details were written to {1}.</source>
        <translation>មានបញ្ហាកើតឡើង ({0})។ ការងារដែលអ្នកបានរក្សាទុក នៅមានសុវត្ថិភាព។ ព័ត៌មានលម្អិតត្រូវបានសរសេរទុកក្នុង {1}។</translation>
    </message>
    <message>
        <source>Demo data: user “{0}”, passphrase “{1}”.</source>
        <translation>ទិន្នន័យសាកល្បង៖ អ្នកប្រើ “{0}” ពាក្យសម្ងាត់ “{1}”។</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>The file is empty.</source>
        <translation>ឯកសារទទេ។</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB.</source>
        <translation>ឯកសារធំជាង {size} MB។</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation>បន្ថែមរូបថត ឬឯកសារ…</translation>
    </message>
    <message>
        <source>Drop files here, or use the button. Large photos are made smaller.</source>
        <translation>ទម្លាក់ឯកសារនៅទីនេះ ឬប្រើប៊ូតុង។ រូបថតធំៗនឹងត្រូវបង្រួមឱ្យតូច។</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>ចំណងជើងរូប</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>ភស្តុតាងសម្រាប់</translation>
    </message>
    <message>
        <source>Evidence for finding</source>
        <translation>ភស្តុតាងសម្រាប់ការរកឃើញ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>បន្ថែមរូបថត ឬឯកសារ</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>រូបថត និងឯកសារ (*.jpg *.jpeg *.png *.pdf *.heic);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>The disk is full: {folder} has no room for the bundle. Free some space there or use another USB stick, then write it again. Nothing was lost: the changes still wait on this laptop.</source>
        <translation>ថាសពេញ៖ {folder} គ្មានទំហំគ្រប់គ្រាន់សម្រាប់ឯកសារកញ្ចប់ទិន្នន័យទេ។ សូមសម្អាតទំហំទំនេរនៅទីនោះ ឬប្រើឧបករណ៍ផ្ទុក USB ផ្សេង រួចសរសេរម្ដងទៀត។ គ្មានអ្វីបាត់បង់ទេ៖ ការផ្លាស់ប្ដូរនៅតែរង់ចាំនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ before making a bundle: HQ only takes bundles from laptops it knows, to check their signature.</source>
        <translation>សូមចុះឈ្មោះកុំព្យូទ័រយួរដៃនេះជាមួយទីស្នាក់ការកណ្ដាល មុនពេលបង្កើតឯកសារកញ្ចប់ទិន្នន័យ៖ ទីស្នាក់ការកណ្ដាលទទួលតែឯកសារកញ្ចប់ពីកុំព្យូទ័រដែលខ្លួនស្គាល់ប៉ុណ្ណោះ ដើម្បីពិនិត្យហត្ថលេខា។</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ, so no reply from HQ can be for it. Enrol it first (on the Sync page, with a one-time code from HQ).</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនទាន់បានចុះឈ្មោះជាមួយទីស្នាក់ការកណ្ដាលទេ ដូច្នេះគ្មានឯកសារឆ្លើយតបណាមួយរបស់ទីស្នាក់ការកណ្ដាលអាចជារបស់វាបានទេ។ សូមចុះឈ្មោះវាជាមុនសិន (នៅទំព័រសមកាលកម្ម ដោយប្រើលេខកូដប្រើម្ដងពីទីស្នាក់ការកណ្ដាល)។</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s transport key, which keeps a bundle unreadable to anyone but HQ: enrol it again with a new code from HQ (nothing on the laptop is lost).</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនស្គាល់សោបញ្ជូនរបស់ទីស្នាក់ការកណ្ដាល ដែលធ្វើឱ្យគ្មាននរណាក្រៅពីទីស្នាក់ការកណ្ដាលអាចអានឯកសារកញ្ចប់បានទេ៖ សូមចុះឈ្មោះម្ដងទៀតដោយប្រើលេខកូដថ្មីពីទីស្នាក់ការកណ្ដាល (គ្មានអ្វីនៅលើកុំព្យូទ័របាត់បង់ទេ)។</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} ជាថត។ សូមដាក់ឈ្មោះឯកសារសម្រាប់ឯកសារកញ្ចប់ទិន្នន័យ។</translation>
    </message>
    <message>
        <source>Folder {folder} does not exist: is the USB stick plugged in? Nothing was written.</source>
        <translation>មិនមានថត {folder} ទេ៖ តើបានដោតឧបករណ៍ផ្ទុក USB ហើយឬនៅ? មិនទាន់បានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: the USB stick is read-only (look for a lock switch on its side) or this app may not write there. Nothing was written; the changes still wait on this laptop.</source>
        <translation>មិនអាចសរសេរទៅ {folder} បានទេ៖ ឧបករណ៍ផ្ទុក USB អាចអានបានតែប៉ុណ្ណោះ (សូមមើលកុងតាក់ចាក់សោនៅចំហៀងវា) ឬកម្មវិធីនេះមិនមានសិទ្ធិសរសេរនៅទីនោះទេ។ មិនទាន់បានសរសេរអ្វីទេ ការផ្លាស់ប្ដូរនៅតែរង់ចាំនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>writing the bundle to {path}</source>
        <translation>ការសរសេរឯកសារកញ្ចប់ទិន្នន័យទៅ {path}</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s key; enrol it again to import HQ&apos;s replies.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនស្គាល់សោរបស់ទីស្នាក់ការកណ្ដាលទេ។ សូមចុះឈ្មោះម្ដងទៀត ដើម្បីនាំចូលឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>This reply is for another laptop; nothing was imported. Read the reply made for this laptop&apos;s own bundle.</source>
        <translation>ឯកសារឆ្លើយតបនេះសម្រាប់កុំព្យូទ័រយួរដៃផ្សេង។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមអានឯកសារឆ្លើយតបដែលបានធ្វើសម្រាប់ឯកសារកញ្ចប់របស់កុំព្យូទ័រយួរដៃនេះផ្ទាល់។</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>ទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>The reply bundle holds entries this app cannot read; nothing was imported.</source>
        <translation>ឯកសារឆ្លើយតបមានធាតុដែលកម្មវិធីនេះមិនអាចអានបាន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is truncated (only {size} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} មិនពេញលេញ (មានតែ {size} បៃ)។ សូមចម្លងម្ដងទៀត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is damaged (its header is unreadable); nothing was imported.</source>
        <translation>{name} ខូច (មិនអាចអានផ្នែកក្បាលរបស់វាបានទេ)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); nothing was imported.</source>
        <translation>{name} ខូច ({problem})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is a bundle in the old, unencrypted format (version 1); export it again with this version of the app. Nothing was imported.</source>
        <translation>{name} ជាឯកសារកញ្ចប់ទម្រង់ចាស់ដែលមិនបានអ៊ិនគ្រីប (កំណែ 1)។ សូមនាំចេញម្ដងទៀតដោយប្រើកំណែកម្មវិធីនេះ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is not a Field Inspector bundle.</source>
        <translation>{name} មិនមែនជាឯកសារកញ្ចប់របស់ Field Inspector ទេ។</translation>
    </message>
    <message>
        <source>{name} is bundle version {version}; this app reads version {supported}. Use the same version of the app on both sides. Nothing was imported.</source>
        <translation>{name} ជាឯកសារកញ្ចប់កំណែ {version}។ កម្មវិធីនេះអានកំណែ {supported}។ សូមប្រើកំណែកម្មវិធីដូចគ្នានៅទាំងសងខាង។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is a &apos;reply&apos; bundle; this needs laptop changes (bundle export). Nothing was imported.</source>
        <translation>{name} ជាឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល។ នៅទីនេះត្រូវការឯកសារការផ្លាស់ប្ដូរពីកុំព្យូទ័រយួរដៃ (bundle export)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is a &apos;ops&apos; bundle; this needs an HQ reply (import-bundle --reply). It holds a laptop&apos;s changes for HQ, not HQ&apos;s answer. Nothing was imported.</source>
        <translation>{name} ជាឯកសារការផ្លាស់ប្ដូររបស់កុំព្យូទ័រយួរដៃសម្រាប់ទីស្នាក់ការកណ្ដាល មិនមែនជាចម្លើយរបស់ទីស្នាក់ការកណ្ដាលទេ។ នៅទីនេះត្រូវការឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល (import-bundle --reply)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>{path} ជាថត មិនមែនជាឯកសារកញ្ចប់ទេ។</translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file. Was the USB stick taken out, or the file moved? Nothing was imported.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ គ្មានឯកសារនេះទេ។ តើឧបករណ៍ផ្ទុក USB ត្រូវបានដកចេញ ឬឯកសារត្រូវបានផ្លាស់ទីឬ? គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This app may not read {path}; copy the file to the laptop&apos;s own disk and try again. Nothing was imported.</source>
        <translation>កម្មវិធីនេះមិនមានសិទ្ធិអាន {path} ទេ។ សូមចម្លងឯកសារទៅថាសរបស់កុំព្យូទ័រយួរដៃផ្ទាល់ ហើយព្យាយាមម្ដងទៀត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ {reason}។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is truncated ({size} of {expected} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} មិនពេញលេញ ({size} ក្នុងចំណោម {expected} បៃ)។ សូមចម្លងម្ដងទៀត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is damaged ({extra} bytes too many after its end); nothing was imported.</source>
        <translation>{name} ខូច (មាន {extra} បៃលើសនៅខាងចុងរបស់វា)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content or {who}&apos;s key: it was changed after it was written, or it is not from them. Nothing was imported.</source>
        <translation>ហត្ថលេខារបស់ឯកសារមិនត្រូវនឹងខ្លឹមសាររបស់វា ឬសោរបស់{who}ទេ៖ វាត្រូវបានកែប្រែក្រោយពេលសរសេរ ឬមិនមែនមកពីពួកគេទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is sealed for HQ; only HQ can open it. Nothing was imported.</source>
        <translation>{name} ត្រូវបានបិទភ្ជាប់សម្រាប់ទីស្នាក់ការកណ្ដាល មានតែទីស្នាក់ការកណ្ដាលទេដែលអាចបើកវាបាន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} was sealed for another HQ&apos;s key; this HQ cannot open it. Nothing was imported.</source>
        <translation>{name} ត្រូវបានបិទភ្ជាប់ដោយសោរបស់ទីស្នាក់ការកណ្ដាលផ្សេង ទីស្នាក់ការកណ្ដាលនេះមិនអាចបើកវាបានទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is not sealed: laptops seal every bundle for HQ. Nothing was imported.</source>
        <translation>{name} មិនត្រូវបានបិទភ្ជាប់ទេ៖ កុំព្យូទ័រយួរដៃបិទភ្ជាប់ឯកសារកញ្ចប់នីមួយៗសម្រាប់ទីស្នាក់ការកណ្ដាល។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is incomplete: a table is missing. Nothing was imported.</source>
        <translation>{name} មិនពេញលេញ៖ តារាងមួយបាត់។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} does not describe itself as its header does; nothing was imported.</source>
        <translation>{name} មិនពិពណ៌នាខ្លួនវាដូចផ្នែកក្បាលរបស់វាទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} names two different laptops; nothing was imported.</source>
        <translation>{name} ដាក់ឈ្មោះកុំព្យូទ័រយួរដៃពីរផ្សេងគ្នា។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} {table} rows where {written} were written. Nothing was imported.</source>
        <translation>{name} មិនពេញលេញ៖ មានជួរ {table} ចំនួន {count} ខណៈដែលបានសរសេរ {written}។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The bundle is damaged ({problem}); nothing was imported.</source>
        <translation>ឯកសារកញ្ចប់ខូច ({problem})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
</context>
<context>
    <name>ChecklistErrors</name>
    <message>
        <source>{item} needs a number (got {value}).</source>
        <translation>{item} ត្រូវការលេខ (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>{item} needs a date as YYYY-MM-DD (got {value}).</source>
        <translation>{item} ត្រូវការកាលបរិច្ឆេទតាមទម្រង់ YYYY-MM-DD (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>Item {item} is not on this inspection&apos;s checklist.</source>
        <translation>ចំណុច {item} មិនមាននៅក្នុងបញ្ជីត្រួតពិនិត្យនៃអធិការកិច្ចនេះទេ។</translation>
    </message>
    <message>
        <source>Template {code} version {version} is already loaded with different content; a changed checklist must be published as a new version.</source>
        <translation>គំរូ {code} កំណែ {version} ត្រូវបានផ្ទុករួចហើយ ដោយមានខ្លឹមសារខុសគ្នា។ បញ្ជីត្រួតពិនិត្យដែលបានផ្លាស់ប្ដូរត្រូវតែផ្សព្វផ្សាយជាកំណែថ្មី។</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>បានឆ្លើយ %1 ក្នុងចំណោម %2</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>The answer “{answer}” is a violation: recorded as non-compliant.</source>
        <translation>ចម្លើយ “{answer}” គឺជាការរំលោភ ដូច្នេះត្រូវបានកត់ត្រាថា មិនអនុលោមតាមច្បាប់។</translation>
    </message>
    <message>
        <source>The answer “{answer}” is not a violation: recorded as compliant.</source>
        <translation>ចម្លើយ “{answer}” មិនមែនជាការរំលោភទេ ដូច្នេះត្រូវបានកត់ត្រាថា អនុលោមតាមច្បាប់។</translation>
    </message>
    <message>
        <source>Age {age} is under {minimum}: recorded as non-compliant.</source>
        <translation>អាយុ {age} ឆ្នាំ ក្រោម {minimum} ឆ្នាំ ដូច្នេះត្រូវបានកត់ត្រាថា មិនអនុលោមតាមច្បាប់។</translation>
    </message>
    <message>
        <source>Age {age} is not under {minimum}: recorded as compliant.</source>
        <translation>អាយុ {age} ឆ្នាំ មិនក្រោម {minimum} ឆ្នាំទេ ដូច្នេះត្រូវបានកត់ត្រាថា អនុលោមតាមច្បាប់។</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is below the minimum wage here, {minimum} THB: recorded as non-compliant.</source>
        <translation>ប្រាក់ឈ្នួលប្រចាំថ្ងៃ {wage} បាត ទាបជាងប្រាក់ឈ្នួលអប្បបរមានៅទីនេះ {minimum} បាត ដូច្នេះត្រូវបានកត់ត្រាថា មិនអនុលោមតាមច្បាប់។</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is not below the minimum wage here, {minimum} THB: recorded as compliant.</source>
        <translation>ប្រាក់ឈ្នួលប្រចាំថ្ងៃ {wage} បាត មិនទាបជាងប្រាក់ឈ្នួលអប្បបរមានៅទីនេះ {minimum} បាតទេ ដូច្នេះត្រូវបានកត់ត្រាថា អនុលោមតាមច្បាប់។</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>The base checklist, plus the add-ons and modules this visit needs.</source>
        <translation>បញ្ជីត្រួតពិនិត្យមូលដ្ឋាន បូកនឹងផ្នែកបន្ថែម និងម៉ូឌុលដែលការចុះត្រួតពិនិត្យនេះត្រូវការ។</translation>
    </message>
    <message>
        <source>Base checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Add-ons and modules</source>
        <translation>ផ្នែកបន្ថែម និងម៉ូឌុល</translation>
    </message>
    <message>
        <source>&amp;Base checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យមូលដ្ឋាន(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add-ons and modules</source>
        <translation>ផ្នែកបន្ថែម និងម៉ូឌុល(&amp;A)</translation>
    </message>
    <message>
        <source>Ticked for you: the add-on for the establishment&apos;s sector (%1) and the forced-labour and interview-safeguard modules. Untick what this visit does not need.</source>
        <translation>បានធីកជូនរួចហើយ៖ ផ្នែកបន្ថែមសម្រាប់វិស័យរបស់សហគ្រាស (%1) និងម៉ូឌុលពលកម្មដោយបង្ខំ និងការការពារក្នុងការសម្ភាសន៍។ ដោះធីកចំណុចដែលការចុះត្រួតពិនិត្យនេះមិនត្រូវការ។</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist items</source>
        <translation>ចំណុចក្នុងបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>កំណត់ចំណាំសម្រាប់ចំណុចនេះ</translation>
    </message>
    <message>
        <source>Proposed findings</source>
        <translation>ការរកឃើញដែលបានស្នើ</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>ទទួលយកការរកឃើញ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>មិនទទួលយក</translation>
    </message>
    <message>
        <source>Checklist texts in this language are a draft translation awaiting review by a native speaker; check them against the Thai text.</source>
        <translation>អត្ថបទបញ្ជីត្រួតពិនិត្យជាភាសានេះ គឺជាការបកប្រែព្រាងដែលរង់ចាំការពិនិត្យដោយអ្នកនិយាយភាសាកំណើត សូមផ្ទៀងផ្ទាត់ជាមួយអត្ថបទភាសាថៃ។</translation>
    </message>
    <message>
        <source>A finding is recorded for this item, but its answer does not show a violation now. Check the finding on the Findings tab.</source>
        <translation>មានការរកឃើញមួយត្រូវបានកត់ត្រាសម្រាប់ធាតុនេះ ប៉ុន្តែចម្លើយឥឡូវនេះមិនបង្ហាញការរំលោភទេ។ សូមពិនិត្យការរកឃើញនោះនៅផ្ទាំង ការរកឃើញ។</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Number (%1)</source>
        <translation>លេខ (%1)</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit language coordinator</source>
        <translation>កែសម្រួលអ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>អ្នកសម្របសម្រួលភាសាថ្មី</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>As written in their own script, with a Latin spelling</source>
        <translation>សរសេរជាអក្សររបស់គាត់ផ្ទាល់ ព្រមទាំងជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Declares no tie to the employer or a broker</source>
        <translation>ប្រកាសថាគ្មានទំនាក់ទំនងជាមួយនិយោជក ឬមេខ្យល់</translation>
    </message>
    <message>
        <source>Date of the declaration</source>
        <translation>កាលបរិច្ឆេទនៃការប្រកាស</translation>
    </message>
    <message>
        <source>Active (can be chosen for new inspections)</source>
        <translation>សកម្ម (អាចជ្រើសរើសសម្រាប់អធិការកិច្ចថ្មី)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ឈ្មោះពេញ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ភាសា(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>ភេទ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ទូរសព្ទ(&amp;P)</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>អង្គភាព(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>នៅថ្ងៃ(&amp;O)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Training and accreditation</source>
        <translation>ការបណ្តុះបណ្តាល និងការទទួលស្គាល់</translation>
    </message>
    <message>
        <source>This language coordinator no longer exists.</source>
        <translation>អ្នកសម្របសម្រួលភាសានេះលែងមានទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>CoordinatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>No-conflict declaration</source>
        <translation>សេចក្ដីប្រកាសគ្មានទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>មិនទាន់ប្រកាស</translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation>បានប្រកាសនៅ %1</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>បានប្រកាស</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>អសកម្ម</translation>
    </message>
</context>
<context>
    <name>CoordinatorsPage</name>
    <message>
        <source>Search name, language or organisation</source>
        <translation>ស្វែងរកឈ្មោះ ភាសា ឬអង្គភាព</translation>
    </message>
    <message>
        <source>Search language coordinators</source>
        <translation>ស្វែងរកអ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>&amp;New coordinator…</source>
        <translation>អ្នកសម្របសម្រួលថ្មី…(&amp;N)</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>អ្នកសម្របសម្រួលភាសាថ្មី</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល…(&amp;E)</translation>
    </message>
    <message>
        <source>Edit language coordinator</source>
        <translation>កែសម្រួលអ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>អ្នកសម្របសម្រួលភាសា</translation>
    </message>
</context>
<context>
    <name>CredentialErrors</name>
    <message>
        <source>Training {number} must have a date, a course and a provider.</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number} ត្រូវមានកាលបរិច្ឆេទ វគ្គសិក្សា និងអ្នកផ្ដល់វគ្គ។</translation>
    </message>
    <message>
        <source>Training {number}: the course is missing.</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number}៖ ខ្វះវគ្គសិក្សា។</translation>
    </message>
    <message>
        <source>Training {number}: who gave the course (the provider) is missing.</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number}៖ ខ្វះអ្នកផ្ដល់វគ្គ។</translation>
    </message>
    <message>
        <source>Training {number}: the {field} is longer than {limit} characters.</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number}៖ {field} វែងជាង {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Training {number}: the date is missing.</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number}៖ ខ្វះកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>Training {number}: the date {date} is in the future; record a course once it has been completed.</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number}៖ កាលបរិច្ឆេទ {date} នៅអនាគត។ សូមកត់ត្រាវគ្គសិក្សានៅពេលវាបានបញ្ចប់។</translation>
    </message>
    <message>
        <source>The accreditation number is longer than {limit} characters.</source>
        <translation>លេខការទទួលស្គាល់វែងជាង {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation (its number and expiry date need it).</source>
        <translation>សូមដាក់ឈ្មោះស្ថាប័នដែលផ្ដល់ការទទួលស្គាល់ (លេខ និងកាលបរិច្ឆេទផុតកំណត់ត្រូវការវា)។</translation>
    </message>
    <message>
        <source>The accrediting body&apos;s name is longer than {limit} characters.</source>
        <translation>ឈ្មោះស្ថាប័នផ្ដល់ការទទួលស្គាល់វែងជាង {limit} តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>Interpreter training</source>
        <translation>ការបណ្តុះបណ្តាលអ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>អ្នកផ្តល់វគ្គ</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>កំណត់ត្រាការបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Date the course was completed</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់វគ្គ</translation>
    </message>
    <message>
        <source>Provider (who gave the course)</source>
        <translation>អ្នកផ្តល់វគ្គ (អ្នកបង្រៀន)</translation>
    </message>
    <message>
        <source>Add &amp;training</source>
        <translation>បន្ថែមការបណ្តុះបណ្តាល (&amp;T)</translation>
    </message>
    <message>
        <source>Remove selected training</source>
        <translation>លុបការបណ្តុះបណ្តាលដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>ការទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Accrediting &amp;body</source>
        <translation>ស្ថាប័នទទួលស្គាល់ (&amp;B)</translation>
    </message>
    <message>
        <source>Accreditation n&amp;umber</source>
        <translation>លេខការទទួលស្គាល់ (&amp;U)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>មានសុពលភាពរហូតដល់</translation>
    </message>
    <message>
        <source>Accrediting body</source>
        <translation>ស្ថាប័នទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>លេខការទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>មានកាលបរិច្ឆេទផុតកំណត់</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>ការទទួលស្គាល់មានសុពលភាពរហូតដល់</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation: its number and expiry date need it.</source>
        <translation>សូមបញ្ជាក់ស្ថាប័នដែលផ្តល់ការទទួលស្គាល់៖ លេខ និងកាលបរិច្ឆេទផុតកំណត់ត្រូវការវា។</translation>
    </message>
    <message>
        <source>A training record is typed but not added: press “Add training” or clear it.</source>
        <translation>មានកំណត់ត្រាការបណ្តុះបណ្តាលបានវាយ ប៉ុន្តែមិនទាន់បន្ថែម៖ ចុច «បន្ថែមការបណ្តុះបណ្តាល» ឬលុបវាចោល។</translation>
    </message>
    <message>
        <source>Type the course before adding the training.</source>
        <translation>សូមវាយឈ្មោះវគ្គមុនពេលបន្ថែមការបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>Type who gave the course (the provider).</source>
        <translation>សូមវាយឈ្មោះអ្នកផ្តល់វគ្គ។</translation>
    </message>
    <message>
        <source>The training date is in the future: record a course once it has been completed.</source>
        <translation>កាលបរិច្ឆេទបណ្តុះបណ្តាលនៅអនាគត៖ សូមកត់ត្រាវគ្គនៅពេលបញ្ចប់រួច។</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ផុតកំណត់ហើយ</translation>
    </message>
</context>
<context>
    <name>DirectoryErrors</name>
    <message>
        <source>An establishment needs a name.</source>
        <translation>សហគ្រាសត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>{code} is not a province code.</source>
        <translation>{code} មិនមែនជាលេខកូដខេត្តទេ។</translation>
    </message>
    <message>
        <source>{code} is not a district of province {province}.</source>
        <translation>{code} មិនមែនជាស្រុកនៃខេត្ត {province} ទេ។</translation>
    </message>
    <message>
        <source>{code} is not a subdistrict of district {district}.</source>
        <translation>{code} មិនមែនជាឃុំនៃស្រុក {district} ទេ។</translation>
    </message>
    <message>
        <source>An establishment needs its province.</source>
        <translation>សហគ្រាសត្រូវការខេត្តរបស់វា។</translation>
    </message>
    <message>
        <source>A language coordinator needs a name.</source>
        <translation>អ្នកសម្របសម្រួលភាសាត្រូវការឈ្មោះ។</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Change a document</source>
        <translation>កែប្រែឯកសារ</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>បន្ថែមឯកសារ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>អ្នកកាន់ឯកសារ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខឯកសារ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>ស្ថានភាពលិខិតអនុញ្ញាត</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation>បង្ហាញលេខឯកសារ</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>ផុតកំណត់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>ដូចដែលបានបោះពុម្ពលើឯកសារ</translation>
    </message>
    <message>
        <source>e.g. seen at the broker&apos;s office</source>
        <translation>ឧ. បានឃើញនៅការិយាល័យមេខ្យល់</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>The note may hold at most %1 characters.</source>
        <translation>កំណត់ចំណាំអាចមានយ៉ាងច្រើន %1 តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>A document number must be text.</source>
        <translation>លេខឯកសារត្រូវតែជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>A document number holds letters and digits (spaces, &apos;-&apos;, &apos;/&apos; and &apos;.&apos; allowed), at most {limit} characters.</source>
        <translation>លេខឯកសារមានអក្សរ និងលេខ (អនុញ្ញាតដកឃ្លា &apos;-&apos; &apos;/&apos; និង &apos;.&apos;) យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>A document&apos;s note may hold at most {limit} characters.</source>
        <translation>កំណត់ចំណាំរបស់ឯកសារអាចមានយ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>That document belongs to another interview.</source>
        <translation>ឯកសារនោះជារបស់ការសម្ភាសន៍ផ្សេង។</translation>
    </message>
    <message>
        <source>A worker document needs its type: {types}.</source>
        <translation>ឯកសាររបស់កម្មករត្រូវការប្រភេទ៖ {types}។</translation>
    </message>
    <message>
        <source>A worker document needs its type.</source>
        <translation>ឯកសាររបស់កម្មករត្រូវការប្រភេទ។</translation>
    </message>
    <message>
        <source>Each document needs its type.</source>
        <translation>ឯកសារនីមួយៗត្រូវការប្រភេទ។</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>ការចុះឈ្មោះសន្តិសុខសង្គម</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>បន្ថែមឯកសារ</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>កែប្រែ…</translation>
    </message>
    <message>
        <source>Change the document</source>
        <translation>កែប្រែឯកសារ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Remove the document (recorded in error)</source>
        <translation>ដកឯកសារចេញ (កត់ត្រាខុស)</translation>
    </message>
    <message>
        <source>The worker&apos;s documents</source>
        <translation>ឯកសាររបស់កម្មករ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents held by the employer or a broker: retention of identity documents is a forced-labour indicator.</source>
        <translation>
            <numerusform>⚠ ឯកសារ %n ត្រូវបាននិយោជក ឬមេខ្យល់កាន់ទុក៖ ការរឹបអូសឯកសារអត្តសញ្ញាណគឺជាសូចនាករពលកម្មដោយបង្ខំ។</numerusform>
            <numerusform>⚠ ឯកសារ %n ត្រូវបាននិយោជក ឬមេខ្យល់កាន់ទុក៖ ការរឹបអូសឯកសារអត្តសញ្ញាណគឺជាសូចនាករពលកម្មដោយបង្ខំ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents expired.</source>
        <translation>
            <numerusform>⚠ ឯកសារ %n ផុតកំណត់ហើយ។</numerusform>
            <numerusform>⚠ ឯកសារ %n ផុតកំណត់ហើយ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
        <source>Remove %1 from this interview? Do this only for a document recorded in error.</source>
        <translation>ដក %1 ចេញពីការសម្ភាសន៍នេះឬ? ធ្វើបែបនេះតែចំពោះឯកសារដែលបានកត់ត្រាខុសប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>អ្នកកាន់</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>លិខិតអនុញ្ញាត</translation>
    </message>
    <message>
        <source>Held by someone other than the worker: retention of identity documents is a forced-labour indicator.</source>
        <translation>កាន់ទុកដោយអ្នកផ្សេងក្រៅពីកម្មករ៖ ការរឹបអូសឯកសារអត្តសញ្ញាណគឺជាសូចនាករពលកម្មដោយបង្ខំ។</translation>
    </message>
    <message>
        <source>Only the last characters are shown. The number is sealed before it leaves this laptop.</source>
        <translation>បង្ហាញតែតួអក្សរចុងក្រោយប៉ុណ្ណោះ។ លេខនេះត្រូវបានបិទត្រាមុនពេលចេញពីកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>⚠ %1: retained</source>
        <translation>⚠ %1៖ រឹបអូសទុក</translation>
    </message>
    <message>
        <source>⚠ %1: expired</source>
        <translation>⚠ %1៖ ផុតកំណត់ហើយ</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>កំណត់ចំណាំអ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>This inspection is no longer on this laptop.</source>
        <translation>ការត្រួតពិនិត្យនេះលែងមាននៅលើកុំព្យូទ័រយួរដៃនេះទៀតហើយ។</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>ប្រធានបានបញ្ជូនត្រឡប់មកវិញ៖ %1</translation>
    </message>
    <message>
        <source>This is revision %1. Revision %2 was signed and is kept unchanged; complete and sign this revision again.</source>
        <translation>នេះជាកំណែទី %1។ កំណែទី %2 បានចុះហត្ថលេខារួច ហើយត្រូវរក្សាទុកដោយមិនផ្លាស់ប្ដូរ។ សូមបំពេញ និងចុះហត្ថលេខាលើកំណែនេះម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Signed and frozen. Any change starts a new revision.</source>
        <translation>បានចុះហត្ថលេខា និងចាក់សោ។ ការផ្លាស់ប្ដូរណាមួយនឹងបង្កើតកំណែថ្មី។</translation>
    </message>
    <message>
        <source>Not saved: check the date</source>
        <translation>មិនបានរក្សាទុក៖ សូមពិនិត្យកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>មិនបានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>ផ្ទៀងផ្ទាត់ការកែតម្រូវ</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>ឯកសារសហគ្រាស</translation>
    </message>
    <message>
        <source>Every visit of this workplace, open findings, repeated violations and the workforce over time</source>
        <translation>ការចុះត្រួតពិនិត្យទាំងអស់នៃកន្លែងការងារនេះ ការរកឃើញដែលមិនទាន់ដោះស្រាយ ការបំពានដដែលៗ និងកម្លាំងពលកម្មតាមពេលវេលា</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>saving</source>
        <translation>ការរក្សាទុក</translation>
    </message>
    <message>
        <source>The disk is full ({what}); free some space and try again. Nothing was lost: everything saved before is intact.</source>
        <translation>ថាសពេញ ({what})។ សូមសម្អាតទំហំទំនេរ ហើយព្យាយាមម្ដងទៀត។ គ្មានអ្វីបាត់បង់ទេ៖ អ្វីៗដែលបានរក្សាទុកពីមុននៅដដែល។</translation>
    </message>
    <message>
        <source>Could not finish {what}: {reason}.</source>
        <translation>មិនអាចបញ្ចប់{what}បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what} មិនអាចជាលេខអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed} (got {value}).</source>
        <translation>{what} ត្រូវតែជាតម្លៃមួយក្នុងចំណោម {allowed} (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>គ្មាន{what}ដែលមានលេខសម្គាល់ {id} ទេ។</translation>
    </message>
    <message>
        <source>{what} must be a whole number (got {value}).</source>
        <translation>{what} ត្រូវតែជាចំនួនគត់ (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>{what} must be a date as YYYY-MM-DD (got {value}).</source>
        <translation>{what} ត្រូវតែជាកាលបរិច្ឆេទតាមទម្រង់ YYYY-MM-DD (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>{what} must be a number.</source>
        <translation>{what} ត្រូវតែជាលេខ។</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>ការរក្សាទុកការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid Unicode (a lone surrogate), which cannot be stored or sent to HQ; nothing was saved. Type or paste it again.</source>
        <translation>អត្ថបទមានតួអក្សរដែលមិនមែនជា Unicode ត្រឹមត្រូវ (surrogate តែមួយ) ដែលមិនអាចរក្សាទុក ឬផ្ញើទៅ HQ បានទេ។ មិនទាន់បានរក្សាទុកអ្វីទេ។ សូមវាយ ឬបិទភ្ជាប់ម្តងទៀត។</translation>
    </message>
    <message>
        <source>The {field} of this {record}{part} holds {what}, which cannot be stored or sent to HQ; nothing was saved. Type or paste the text again without it.</source>
        <translation>{field} នៃ {record} នេះ{part} មាន {what} ដែលមិនអាចរក្សាទុក ឬផ្ញើទៅ HQ បានទេ។ មិនទាន់បានរក្សាទុកអ្វីទេ។ សូមវាយ ឬបិទភ្ជាប់អត្ថបទម្តងទៀតដោយគ្មានវា។</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>Edit establishment</source>
        <translation>កែសម្រួលសហគ្រាស</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>សហគ្រាសថ្មី</translation>
    </message>
    <message>
        <source>Name in Thai</source>
        <translation>ឈ្មោះជាភាសាថៃ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>លេខចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>លេខសន្តិសុខសង្គម</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>ឈ្មោះនិយោជក</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <source>e.g. 16.7132</source>
        <translation>ឧ. 16.7132</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>រយៈបណ្ដោយ</translation>
    </message>
    <message>
        <source>e.g. 98.5749</source>
        <translation>ឧ. 98.5749</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>កំហុស</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>Name (&amp;Thai)</source>
        <translation>ឈ្មោះ (ថៃ)(&amp;T)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>ឈ្មោះ (អង់គ្លេស)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation>លេខចុះបញ្ជី(&amp;R)</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>លេខសន្តិសុខសង្គម</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>វិស័យ(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>និយោជក(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ទូរសព្ទ(&amp;H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>អាសយដ្ឋាន(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;GPS (optional)</source>
        <translation>GPS (មិនចាំបាច់)(&amp;G)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>កម្មករ</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>ស្ត្រី(&amp;W)</translation>
    </message>
    <message>
        <source>Me&amp;n</source>
        <translation>បុរស(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ(&amp;U)</translation>
    </message>
    <message>
        <source>By nationality:</source>
        <translation>តាមសញ្ជាតិ៖</translation>
    </message>
    <message>
        <source>This establishment no longer exists.</source>
        <translation>សហគ្រាសនេះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <source>The province you typed is not in the list; choose one of the suggestions.</source>
        <translation>ខេត្តដែលអ្នកបានវាយ មិនមានក្នុងបញ្ជីទេ។ សូមជ្រើសរើសមួយពីបញ្ជីដែលបានណែនាំ។</translation>
    </message>
    <message>
        <source>The district you typed is not in the list; choose one of the suggestions.</source>
        <translation>ស្រុកដែលអ្នកបានវាយ មិនមានក្នុងបញ្ជីទេ។ សូមជ្រើសរើសមួយពីបញ្ជីដែលបានណែនាំ។</translation>
    </message>
    <message>
        <source>The subdistrict you typed is not in the list; choose one of the suggestions.</source>
        <translation>ឃុំដែលអ្នកបានវាយ មិនមានក្នុងបញ្ជីទេ។ សូមជ្រើសរើសមួយពីបញ្ជីដែលបានណែនាំ។</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>សូមបញ្ចូលទាំងរយៈទទឹង និងរយៈបណ្ដោយ ឬមិនបញ្ចូលទាំងពីរ។</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>រយៈទទឹងត្រូវនៅចន្លោះ -90 និង 90 ហើយរយៈបណ្ដោយត្រូវនៅចន្លោះ -180 និង 180។</translation>
    </message>
    <message>
        <source>There cannot be more workers under 18 than workers in total.</source>
        <translation>ចំនួនកម្មករអាយុក្រោម 18 ឆ្នាំ មិនអាចលើសចំនួនកម្មករសរុបបានទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%1 And %n more problems: see the fields marked in red.</source>
        <translation>
            <numerusform>%1 នៅមានបញ្ហា %n ទៀត៖ សូមមើលប្រអប់ដែលបានសម្គាល់ពណ៌ក្រហម។</numerusform>
            <numerusform>%1 នៅមានបញ្ហា %n ទៀត៖ សូមមើលប្រអប់ដែលបានសម្គាល់ពណ៌ក្រហម។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentFileWindow</name>
    <message>
        <source>Establishment file</source>
        <translation>ឯកសារសហគ្រាស</translation>
    </message>
    <message>
        <source>Establishment file — %1</source>
        <translation>ឯកសារសហគ្រាស — %1</translation>
    </message>
    <message>
        <source>Registration no. %1</source>
        <translation>លេខចុះបញ្ជី %1</translation>
    </message>
    <message>
        <source>Social Security no. %1</source>
        <translation>លេខសន្តិសុខសង្គម %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ counts %n records made on other laptops as this same workplace; their visits are listed here without any sealed content.</source>
        <translation>
            <numerusform>ការិយាល័យកណ្តាលរាប់កំណត់ត្រា %n ដែលធ្វើនៅលើកុំព្យូទ័រយួរដៃផ្សេងទៀត ថាជាកន្លែងការងារតែមួយនេះ។ ការចុះត្រួតពិនិត្យរបស់ពួកវាត្រូវបានបង្ហាញនៅទីនេះ ដោយគ្មានខ្លឹមសារដែលបានបិទជិត។</numerusform>
            <numerusform>ការិយាល័យកណ្តាលរាប់កំណត់ត្រា %n ដែលធ្វើនៅលើកុំព្យូទ័រយួរដៃផ្សេងទៀត ថាជាកន្លែងការងារតែមួយនេះ។ ការចុះត្រួតពិនិត្យរបស់ពួកវាត្រូវបានបង្ហាញនៅទីនេះ ដោយគ្មានខ្លឹមសារដែលបានបិទជិត។</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has no record of this workplace yet: what is shown comes from HQ.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនទាន់មានកំណត់ត្រានៃកន្លែងការងារនេះទេ៖ អ្វីដែលបង្ហាញមកពីការិយាល័យកណ្តាល។</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n), newest first</source>
        <translation>
            <numerusform>ការចុះត្រួតពិនិត្យ (%n) ថ្មីបំផុតមុន</numerusform>
            <numerusform>ការចុះត្រួតពិនិត្យ (%n) ថ្មីបំផុតមុន</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open findings (%n)</source>
        <translation>
            <numerusform>ការរកឃើញមិនទាន់ដោះស្រាយ (%n)</numerusform>
            <numerusform>ការរកឃើញមិនទាន់ដោះស្រាយ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>ហួសកំណត់ %n</numerusform>
            <numerusform>ហួសកំណត់ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated violations: the same item cited at two or more visits (%n)</source>
        <translation>
            <numerusform>ការបំពានដដែលៗ៖ ចំណុចដដែលត្រូវបានលើកឡើងក្នុងការចុះត្រួតពិនិត្យពីរដង ឬច្រើនជាងនេះ (%n)</numerusform>
            <numerusform>ការបំពានដដែលៗ៖ ចំណុចដដែលត្រូវបានលើកឡើងក្នុងការចុះត្រួតពិនិត្យពីរដង ឬច្រើនជាងនេះ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workforce and nationality mix over time</source>
        <translation>កម្លាំងពលកម្ម និងសមាមាត្រសញ្ជាតិតាមពេលវេលា</translation>
    </message>
    <message>
        <source>No visit is recorded yet.</source>
        <translation>មិនទាន់មានការចុះត្រួតពិនិត្យណាមួយត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>No finding is open.</source>
        <translation>គ្មានការរកឃើញណាមួយមិនទាន់ដោះស្រាយទេ។</translation>
    </message>
    <message>
        <source>No checklist item has been cited at more than one visit.</source>
        <translation>គ្មានចំណុចក្នុងបញ្ជីត្រួតពិនិត្យណាមួយត្រូវបានលើកឡើងច្រើនជាងមួយដងទេ។</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ ការរឹបអូសឯកសារដដែលៗ (រកឃើញដោយការិយាល័យកណ្តាល)៖ ឯកសាររបស់កម្មករ (%1) ត្រូវបាននិយោជកកាន់កាប់ក្នុងការចុះត្រួតពិនិត្យ %n ដង៖ %2។</numerusform>
            <numerusform>⚠ ការរឹបអូសឯកសារដដែលៗ (រកឃើញដោយការិយាល័យកណ្តាល)៖ ឯកសាររបស់កម្មករ (%1) ត្រូវបាននិយោជកកាន់កាប់ក្នុងការចុះត្រួតពិនិត្យ %n ដង៖ %2។</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ HQ flag %1 at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ ការព្រមានពីការិយាល័យកណ្តាល %1 ក្នុងការចុះត្រួតពិនិត្យ %n ដង៖ %2។</numerusform>
            <numerusform>⚠ ការព្រមានពីការិយាល័យកណ្តាល %1 ក្នុងការចុះត្រួតពិនិត្យ %n ដង៖ %2។</numerusform>
        </translation>
    </message>
    <message>
        <source>Last S1 finding (possible forced labour, trafficking or child labour): %1 — visit %2 on %3; now: %4.</source>
        <translation>ការរកឃើញ S1 ចុងក្រោយ (អាចជាពលកម្មដោយបង្ខំ ការជួញដូរមនុស្ស ឬពលកម្មកុមារ)៖ %1 — ការចុះត្រួតពិនិត្យ %2 នៅ %3 ឥឡូវ៖ %4។</translation>
    </message>
    <message>
        <source>Last verified: %1.</source>
        <translation>ការផ្ទៀងផ្ទាត់ចុងក្រោយ៖ %1។</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>បើកការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Visits recorded on other laptops are shown here only: HQ keeps them.</source>
        <translation>ការចុះត្រួតពិនិត្យដែលកត់ត្រានៅលើកុំព្យូទ័រយួរដៃផ្សេងទៀតត្រូវបានបង្ហាញតែនៅទីនេះប៉ុណ្ណោះ៖ ការិយាល័យកណ្តាលរក្សាទុកពួកវា។</translation>
    </message>
    <message>
        <source>Start a follow-up of this visit…</source>
        <translation>ចាប់ផ្តើមការចុះតាមដាននៃការចុះនេះ…</translation>
    </message>
    <message>
        <source>A new visit of this workplace that verifies the open findings of the chosen visit, wherever it was recorded.</source>
        <translation>ការចុះថ្មីនៅកន្លែងធ្វើការនេះ ដើម្បីផ្ទៀងផ្ទាត់ការរកឃើញដែលមិនទាន់ដោះស្រាយនៃការចុះដែលបានជ្រើស ទោះបីវាត្រូវបានកត់ត្រានៅកុំព្យូទ័រណាក៏ដោយ។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>EstablishmentPicker</name>
    <message>
        <source>Type part of the name, employer or place</source>
        <translation>វាយផ្នែកណាមួយនៃឈ្មោះ និយោជក ឬទីកន្លែង</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>ស្វែងរកសហគ្រាស</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>សហគ្រាស</translation>
    </message>
</context>
<context>
    <name>EstablishmentStep</name>
    <message>
        <source>Establishment</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>Which workplace are you inspecting?</source>
        <translation>តើអ្នកកំពុងត្រួតពិនិត្យកន្លែងធ្វើការណា?</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>បង្កើតថ្មី…(&amp;C)</translation>
    </message>
    <message>
        <source>Create a new establishment</source>
        <translation>បង្កើតសហគ្រាសថ្មី</translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ឈ្មោះ (ថៃ)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ឈ្មោះ (អង់គ្លេស)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>កម្មករ</translation>
    </message>
    <message>
        <source>Men: %1, women: %2, under 18: %3</source>
        <translation>បុរស៖ %1, ស្ត្រី៖ %2, អាយុក្រោម 18 ឆ្នាំ៖ %3</translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Search name, employer, registration no. or place</source>
        <translation>ស្វែងរកឈ្មោះ និយោជក លេខចុះបញ្ជី ឬទីកន្លែង</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>ស្វែងរកសហគ្រាស</translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation>សហគ្រាសថ្មី…(&amp;N)</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>សហគ្រាសថ្មី</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល…(&amp;E)</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>កែសម្រួលសហគ្រាស</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishments</source>
        <translation>
            <numerusform>សហគ្រាសចំនួន %Ln</numerusform>
            <numerusform>សហគ្រាសចំនួន %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>បង្ហាញ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>Administrative areas: %1</source>
        <translation>តំបន់រដ្ឋបាល៖ %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>course</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>អ្នកផ្ដល់វគ្គ</translation>
    </message>
    <message>
        <source>Training {number}: the date</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលទី {number}៖ កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>ការទទួលស្គាល់មានសុពលភាពដល់</translation>
    </message>
    <message>
        <source>Male workers</source>
        <translation>កម្មករប្រុស</translation>
    </message>
    <message>
        <source>Female workers</source>
        <translation>កម្មករស្រី</translation>
    </message>
    <message>
        <source>Workers under 18</source>
        <translation>កម្មករអាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>រយៈបណ្ដោយ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Declaration date</source>
        <translation>កាលបរិច្ឆេទប្រកាស</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>ប្រភេទឯកសារ</translation>
    </message>
    <message>
        <source>Document holder</source>
        <translation>អ្នកកាន់ឯកសារ</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>ស្ថានភាពលិខិតអនុញ្ញាត</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>កម្រិតធ្ងន់ធ្ងរ</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>ស្ថានភាពនៃការរកឃើញ</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>ស្ថាប័នទទួលការបញ្ជូន</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>កម្មករដែលរងផលប៉ះពាល់</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>កាលបរិច្ឆេទតាមដាន</translation>
    </message>
    <message>
        <source>Workers of nationality {code}</source>
        <translation>កម្មករសញ្ជាតិ {code}</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Signature role</source>
        <translation>តួនាទីអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>មធ្យោបាយចូលមកធ្វើការ</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>ការចុះឈ្មោះសន្តិសុខសង្គម</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Forced-labour indicator</source>
        <translation>សូចនាករពលកម្មដោយបង្ខំ</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>ឈ្មោះអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>លេខទូរស័ព្ទទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>លេខសំណុំរឿង</translation>
    </message>
    <message>
        <source>contact notes</source>
        <translation>កំណត់ចំណាំទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>ស្ថាប័នទទួល</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>កាលបរិច្ឆេទបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>ស្ថានភាពការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ស្រុក</translation>
    </message>
</context>
<context>
    <name>FindingErrors</name>
    <message>
        <source>A finding needs a title, in Thai or in English.</source>
        <translation>ការរកឃើញត្រូវការចំណងជើង ជាភាសាថៃ ឬភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <source>A finding needs a severity (S1–S4).</source>
        <translation>ការរកឃើញត្រូវការកម្រិតធ្ងន់ធ្ងរ (S1–S4)។</translation>
    </message>
</context>
<context>
    <name>FindingStatus</name>
    <message>
        <source>Open</source>
        <translation>មិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>បានកែតម្រូវ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>បានបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>បានប្ដឹងផ្ដល់</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>បានលុបចោល</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>កម្រិតធ្ងន់ធ្ងរ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>កម្រិតធ្ងន់ធ្ងរ</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>កម្មកររងផលប៉ះពាល់</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>Finding (Thai)</source>
        <translation>ការរកឃើញ (ភាសាថៃ)</translation>
    </message>
    <message>
        <source>Finding (English)</source>
        <translation>ការរកឃើញ (ភាសាអង់គ្លេស)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>ការពិពណ៌នា (ភាសាថៃ)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>ការពិពណ៌នា (ភាសាអង់គ្លេស)</translation>
    </message>
    <message>
        <source>Required action (Thai)</source>
        <translation>សកម្មភាពដែលត្រូវធ្វើ (ភាសាថៃ)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Required action (English)</source>
        <translation>សកម្មភាពដែលត្រូវធ្វើ (ភាសាអង់គ្លេស)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>ការរកឃើញថ្មី</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>ឯកសារយោងច្បាប់</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>មានថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>ការបញ្ជូនបន្តទៅ %1៖ %2</translation>
    </message>
    <message>
        <source>The referral record is being made…</source>
        <translation>កំពុងបង្កើតកំណត់ត្រាការបញ្ជូនបន្ត…</translation>
    </message>
    <message>
        <source>No referral record to %1 yet.</source>
        <translation>មិនទាន់មានកំណត់ត្រាការបញ្ជូនបន្តទៅ %1 នៅឡើយទេ។</translation>
    </message>
    <message>
        <source>S1: protect the workers and refer them. Choose the receiving body under Referral: a referral record is made, to follow on the Referrals page.</source>
        <translation>S1៖ ការពារកម្មករ និងបញ្ជូនពួកគេបន្ត។ ជ្រើសរើសស្ថាប័នទទួលនៅក្រោម ការបញ្ជូនបន្ត៖ កំណត់ត្រាការបញ្ជូនបន្តនឹងត្រូវបានបង្កើត ដើម្បីតាមដាននៅលើទំព័រ ការបញ្ជូនបន្ត។</translation>
    </message>
    <message>
        <source>Make the referral record</source>
        <translation>បង្កើតកំណត់ត្រាការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Open referral…</source>
        <translation>បើកការបញ្ជូនបន្ត…</translation>
    </message>
    <message>
        <source>Open a referral</source>
        <translation>បើកការបញ្ជូនបន្តមួយ</translation>
    </message>
    <message>
        <source>The checklist answer for %1 shows no violation now, yet this finding stands. Correct the answer on the Checklist tab, or set this finding&apos;s status (Dismissed if it does not hold).</source>
        <translation>ចម្លើយក្នុងបញ្ជីត្រួតពិនិត្យសម្រាប់ %1 ឥឡូវនេះមិនបង្ហាញការរំលោភទេ ប៉ុន្តែការរកឃើញនេះនៅតែមាន។ សូមកែចម្លើយនៅផ្ទាំង បញ្ជីត្រួតពិនិត្យ ឬកំណត់ស្ថានភាពនៃការរកឃើញនេះ (បានលុបចោល ប្រសិនបើវាមិនពិត)។</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>required action</source>
        <translation>សកម្មភាពដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Written in Thai only: %1.</source>
        <translation>សរសេរជាភាសាថៃតែប៉ុណ្ណោះ៖ %1។</translation>
    </message>
    <message>
        <source>Written in English only: %1.</source>
        <translation>សរសេរជាភាសាអង់គ្លេសតែប៉ុណ្ណោះ៖ %1។</translation>
    </message>
    <message>
        <source>Reports print such a text as written and mark it as written in one language.</source>
        <translation>របាយការណ៍នឹងបោះពុម្ពអត្ថបទនោះ ដូចដែលបានសរសេរ ហើយចំណាំថាសរសេរជាភាសាតែមួយ។</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>ការផ្ទៀងផ្ទាត់ចុងក្រោយ</translation>
    </message>
    <message>
        <source>Not verified at a follow-up visit yet.</source>
        <translation>មិនទាន់បានផ្ទៀងផ្ទាត់ក្នុងការចុះតាមដាននៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Field Inspector</source>
        <translation>រៀបចំ Field Inspector</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>វាយពាក្យសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this laptop with your passphrase. It cannot be recovered if forgotten: HQ keeps what you have synced.</source>
        <translation>អ្វីៗទាំងអស់ដែលអ្នកកត់ត្រា ត្រូវបានអ៊ិនគ្រីបនៅលើកុំព្យូទ័រយួរដៃនេះ ដោយប្រើពាក្យសម្ងាត់របស់អ្នក។ បើភ្លេចពាក្យសម្ងាត់ នឹងមិនអាចយកមកវិញបានទេ៖ ទីស្នាក់ការកណ្ដាលរក្សាទុកអ្វីដែលអ្នកបានធ្វើសមកាលកម្មរួច។</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>ឈ្មោះអ្នកប្រើ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>ឈ្មោះពេញ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ពាក្យសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>វាយម្ដងទៀត(&amp;R)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Creating the encrypted data store…</source>
        <translation>កំពុងបង្កើតឃ្លាំងទិន្នន័យដែលបានអ៊ិនគ្រីប…</translation>
    </message>
</context>
<context>
    <name>FollowUpErrors</name>
    <message>
        <source>A follow-up visit needs a visit date.</source>
        <translation>ការចុះតាមដានត្រូវការកាលបរិច្ឆេទចុះត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} on this laptop or published by HQ.</source>
        <translation>គ្មានការចុះត្រួតពិនិត្យមុនដែលមានលេខសម្គាល់ {id} នៅលើកុំព្យូទ័រយួរដៃនេះ ឬដែលទីស្នាក់ការកណ្ដាលបានផ្សព្វផ្សាយទេ។</translation>
    </message>
    <message>
        <source>A follow-up is recorded against the same establishment as the earlier visit.</source>
        <translation>ការតាមដានត្រូវកត់ត្រាសម្រាប់សហគ្រាសដូចគ្នានឹងការចុះត្រួតពិនិត្យមុន។</translation>
    </message>
    <message>
        <source>No base checklist is loaded on this laptop to start the follow-up with.</source>
        <translation>គ្មានបញ្ជីត្រួតពិនិត្យមូលដ្ឋាននៅលើកុំព្យូទ័រយួរដៃនេះ ដើម្បីចាប់ផ្ដើមការតាមដានទេ។</translation>
    </message>
    <message>
        <source>No establishment with id {id}.</source>
        <translation>គ្មានសហគ្រាសដែលមានលេខសម្គាល់ {id} ទេ។</translation>
    </message>
    <message>
        <source>HQ does not count that establishment as the workplace of the earlier visit; choose the one HQ lists, or let the app make the record.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនចាត់ទុកសហគ្រាសនោះជាកន្លែងធ្វើការនៃការចុះត្រួតពិនិត្យមុនទេ។ សូមជ្រើសរើសកន្លែងដែលទីស្នាក់ការកណ្ដាលរាយ ឬទុកឱ្យកម្មវិធីបង្កើតកំណត់ត្រា។</translation>
    </message>
    <message>
        <source>HQ has not described the workplace of this visit yet; sync, then try again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទាន់បានពិពណ៌នាកន្លែងធ្វើការនៃការចុះត្រួតពិនិត្យនេះនៅឡើយទេ។ សូមធ្វើសមកាលកម្ម រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A verification&apos;s outcome is one of {allowed} (got {value}).</source>
        <translation>លទ្ធផលនៃការផ្ទៀងផ្ទាត់ត្រូវតែជាតម្លៃមួយក្នុងចំណោម {allowed} (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>A verification note may hold at most {limit} characters.</source>
        <translation>កំណត់ចំណាំនៃការផ្ទៀងផ្ទាត់អាចមានយ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Evidence for a verification must be attached to the follow-up visit.</source>
        <translation>ភស្តុតាងសម្រាប់ការផ្ទៀងផ្ទាត់ត្រូវភ្ជាប់ជាមួយការចុះតាមដាន។</translation>
    </message>
    <message>
        <source>No inspection with id {id} on this laptop or published by HQ.</source>
        <translation>គ្មានអធិការកិច្ចដែលមានលេខសម្គាល់ {id} នៅលើកុំព្យូទ័រយួរដៃនេះ ឬដែលទីស្នាក់ការកណ្ដាលបានផ្សព្វផ្សាយទេ។</translation>
    </message>
    <message>
        <source>Look ahead {low} to {high} days.</source>
        <translation>មើលទៅមុខពី {low} ដល់ {high} ថ្ងៃ។</translation>
    </message>
    <message>
        <source>A district is a four-digit DOPA code, e.g. 6306 for Mae Sot (got {value}).</source>
        <translation>ស្រុកគឺជាលេខកូដ DOPA បួនខ្ទង់ ឧទាហរណ៍ 6306 សម្រាប់ម៉ែសត (ទទួលបាន {value})។</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>OVERDUE by %Ln days</source>
        <translation>
            <numerusform>ហួសកំណត់ %Ln ថ្ងៃ</numerusform>
            <numerusform>ហួសកំណត់ %Ln ថ្ងៃ</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ផុតកំណត់ថ្ងៃនេះ</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln days</source>
        <translation>
            <numerusform>ផុតកំណត់ក្នុងរយៈពេល %Ln ថ្ងៃទៀត</numerusform>
            <numerusform>ផុតកំណត់ក្នុងរយៈពេល %Ln ថ្ងៃទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>Another laptop (from HQ)</source>
        <translation>កុំព្យូទ័រយួរដៃផ្សេង (ពីការិយាល័យកណ្តាល)</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>កុំព្យូទ័រយួរដៃនេះ</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>គ្រប់ស្រុក</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>តម្រងតាមស្រុក</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>តែហួសកំណត់</translation>
    </message>
    <message>
        <source>Look ahead (days):</source>
        <translation>មើលទុកមុន (ថ្ងៃ)៖</translation>
    </message>
    <message>
        <source>Look ahead, in days</source>
        <translation>មើលទុកមុន គិតជាថ្ងៃ</translation>
    </message>
    <message>
        <source>Findings due and planned follow-up visits</source>
        <translation>ការរកឃើញដល់កំណត់ និងការចុះតាមដានដែលបានគ្រោងទុក</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>ឯកសារសហគ្រាស</translation>
    </message>
    <message>
        <source>Nothing is due: no open finding has a deadline in this period, and no follow-up visit is planned.</source>
        <translation>គ្មានអ្វីដល់កំណត់ទេ៖ គ្មានការរកឃើញមិនទាន់ដោះស្រាយណាមួយមានថ្ងៃផុតកំណត់ក្នុងរយៈពេលនេះ ហើយគ្មានការចុះតាមដានណាមួយត្រូវបានគ្រោងទុកទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings due</source>
        <translation>
            <numerusform>ការរកឃើញដល់កំណត់ %Ln</numerusform>
            <numerusform>ការរកឃើញដល់កំណត់ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up visits</source>
        <translation>
            <numerusform>ការចុះតាមដានដែលបានគ្រោងទុក %Ln</numerusform>
            <numerusform>ការចុះតាមដានដែលបានគ្រោងទុក %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>ហួសកំណត់ %Ln</numerusform>
            <numerusform>ហួសកំណត់ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the follow-up visit</source>
        <translation>បើកការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Start follow-up visit</source>
        <translation>ចាប់ផ្តើមការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Could not start the follow-up visit: %1</source>
        <translation>មិនអាចចាប់ផ្តើមការចុះតាមដានបានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>to be confirmed</source>
        <translation>រង់ចាំការបញ្ជាក់</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (edition %1)</source>
        <translation>សៀវភៅណែនាំអ្នកសម្របសម្រួលភាសា (ការបោះពុម្ព %1)</translation>
    </message>
    <message>
        <source>Find a term in Thai, Burmese, Khmer, Lao or English</source>
        <translation>ស្វែងរកពាក្យជាភាសាថៃ ភូមា ខ្មែរ ឡាវ ឬអង់គ្លេស</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>ស្វែងរកក្នុងសទ្ទានុក្រម</translation>
    </message>
    <message>
        <source>Print or save booklet</source>
        <translation>បោះពុម្ព ឬរក្សាទុកជាកូនសៀវភៅ</translation>
    </message>
    <message>
        <source>Print or save the handbook as a booklet</source>
        <translation>បោះពុម្ព ឬរក្សាទុកសៀវភៅណែនាំជាកូនសៀវភៅ</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>ក្រមសីលធម៌</translation>
    </message>
    <message>
        <source>Interview safeguards</source>
        <translation>វិធានការការពារក្នុងការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>សទ្ទានុក្រម</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>ពាក្យក្នុងសទ្ទានុក្រម</translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n ពាក្យ</numerusform>
            <numerusform>%n ពាក្យ</numerusform>
        </translation>
    </message>
    <message>
        <source>Burmese typed in Zawgyi was searched as Unicode.</source>
        <translation>អក្សរភូមាដែលវាយជា Zawgyi ត្រូវបានស្វែងរកជា Unicode។</translation>
    </message>
    <message>
        <source>Making the booklet…</source>
        <translation>កំពុងរៀបចំកូនសៀវភៅ…</translation>
    </message>
</context>
<context>
    <name>InspectionErrors</name>
    <message>
        <source>Inspection {reference} is {status}; it cannot become {target}.</source>
        <translation>អធិការកិច្ច {reference} ស្ថិតក្នុងស្ថានភាព {status} ដូច្នេះមិនអាចប្ដូរទៅ {target} បានទេ។</translation>
    </message>
    <message>
        <source>Inspection {reference} is approved and closed; record a follow-up visit instead.</source>
        <translation>អធិការកិច្ច {reference} ត្រូវបានអនុម័ត និងបិទហើយ។ សូមកត់ត្រាការចុះតាមដានជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The complaint source must be text.</source>
        <translation>ប្រភពនៃពាក្យបណ្ដឹងត្រូវតែជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>The complaint source may hold at most {limit} characters.</source>
        <translation>ប្រភពនៃពាក្យបណ្ដឹងអាចមានយ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>An inspection needs a visit date.</source>
        <translation>អធិការកិច្ចត្រូវការកាលបរិច្ឆេទចុះត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Template {code} is an add-on; start from a base checklist.</source>
        <translation>គំរូ {code} គឺជាផ្នែកបន្ថែម។ សូមចាប់ផ្ដើមពីបញ្ជីត្រួតពិនិត្យមូលដ្ឋាន។</translation>
    </message>
    <message>
        <source>No previous inspection with id {id} (on this laptop or published by HQ).</source>
        <translation>គ្មានអធិការកិច្ចមុនដែលមានលេខសម្គាល់ {id} ទេ (នៅលើកុំព្យូទ័រយួរដៃនេះ ឬដែលទីស្នាក់ការកណ្ដាលបានផ្សព្វផ្សាយ)។</translation>
    </message>
    <message>
        <source>Template {code} is a base checklist, not an add-on.</source>
        <translation>គំរូ {code} គឺជាបញ្ជីត្រួតពិនិត្យមូលដ្ឋាន មិនមែនជាផ្នែកបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} (on this laptop or published by HQ).</source>
        <translation>គ្មានការចុះត្រួតពិនិត្យមុនដែលមានលេខសម្គាល់ {id} ទេ (នៅលើកុំព្យូទ័រយួរដៃនេះ ឬដែលទីស្នាក់ការកណ្ដាលបានផ្សព្វផ្សាយ)។</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items} and {more} more.</source>
        <translation>មានចំណុចចាំបាច់ចំនួន {count} មិនទាន់បានឆ្លើយ៖ {items} និង {more} ទៀត។</translation>
    </message>
    <message>
        <source>{count} required item is not answered yet: {items}.</source>
        <translation>មានចំណុចចាំបាច់ចំនួន {count} មិនទាន់បានឆ្លើយ៖ {items}។</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items}.</source>
        <translation>មានចំណុចចាំបាច់ចំនួន {count} មិនទាន់បានឆ្លើយ៖ {items}។</translation>
    </message>
    <message>
        <source>A finding is recorded for {items}, but the checklist answer shows no violation. Correct the answer, or set the finding&apos;s status on the Findings tab (Dismissed if it does not hold).</source>
        <translation>មានការរកឃើញត្រូវបានកត់ត្រាសម្រាប់ {items} ប៉ុន្តែចម្លើយក្នុងបញ្ជីត្រួតពិនិត្យមិនបង្ហាញការរំលោភទេ។ សូមកែចម្លើយ ឬកំណត់ស្ថានភាពនៃការរកឃើញនៅផ្ទាំង ការរកឃើញ (បានលុបចោល ប្រសិនបើវាមិនពិត)។</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>ហត្ថលេខាត្រូវការឈ្មោះអ្នកចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>A signature must be a PNG image.</source>
        <translation>ហត្ថលេខាត្រូវតែជារូបភាព PNG។</translation>
    </message>
    <message>
        <source>Complete inspection {reference} before it is signed (it is {status}).</source>
        <translation>សូមបញ្ចប់អធិការកិច្ច {reference} មុនពេលចុះហត្ថលេខា (បច្ចុប្បន្នស្ថិតក្នុងស្ថានភាព {status})។</translation>
    </message>
    <message>
        <source>Revision {revision} already has the {role}&apos;s signature.</source>
        <translation>កំណែទី {revision} មានហត្ថលេខារបស់{role}រួចហើយ។</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>%1 r%2</source>
        <comment>an inspection&apos;s reference and its revision number</comment>
        <translation>%1 កំណែ %2</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Search establishment, reference or district</source>
        <translation>ស្វែងរកសហគ្រាស លេខយោង ឬស្រុក</translation>
    </message>
    <message>
        <source>Search inspections</source>
        <translation>ស្វែងរកអធិការកិច្ច</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>តម្រងស្ថានភាព</translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation>គ្រប់ប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Visit type filter</source>
        <translation>តម្រងប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>គ្រប់ខេត្ត</translation>
    </message>
    <message>
        <source>Province filter</source>
        <translation>តម្រងខេត្ត</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>ការចុះត្រួតពិនិត្យចាប់ពីថ្ងៃ</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>ការចុះត្រួតពិនិត្យរហូតដល់ថ្ងៃ</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>អធិការកិច្ចថ្មី…(&amp;N)</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>អធិការកិច្ចថ្មី</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>របាយការណ៍សង្ខេប…</translation>
    </message>
    <message>
        <source>Summary report for a province or district</source>
        <translation>របាយការណ៍សង្ខេបសម្រាប់ខេត្ត ឬស្រុក</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>អធិការកិច្ច</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>ឯកសារសហគ្រាស</translation>
    </message>
    <message>
        <source>Establishment file of the selected inspection</source>
        <translation>ឯកសារសហគ្រាសនៃការចុះត្រួតពិនិត្យដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
</context>
<context>
    <name>InterpreterNotesTab</name>
    <message>
        <source>Coordinator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពីភាសា</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ទៅភាសា</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>អត្ថបទដើម</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ការបកប្រែ</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>កំណត់ចំណាំអ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Add as new note</source>
        <translation>បន្ថែមជាកំណត់ចំណាំថ្មី</translation>
    </message>
    <message>
        <source>No interpreter note yet. Write what was said and its translation below, then press “Add as new note”.</source>
        <translation>មិនទាន់មានកំណត់ចំណាំរបស់អ្នកបកប្រែនៅឡើយទេ។ សរសេរអ្វីដែលបាននិយាយ និងការបកប្រែរបស់វានៅខាងក្រោម រួចចុច “បន្ថែមជាកំណត់ចំណាំថ្មី”។</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2៖ %3</translation>
    </message>
</context>
<context>
    <name>InterviewErrors</name>
    <message>
        <source>An interpreter note needs its original text.</source>
        <translation>កំណត់ចំណាំអ្នកបកប្រែត្រូវការអត្ថបទដើម។</translation>
    </message>
    <message>
        <source>Age must be below 100.</source>
        <translation>អាយុត្រូវតែតិចជាង 100។</translation>
    </message>
    <message>
        <source>Daily wage must be a number (got {value}).</source>
        <translation>ប្រាក់ឈ្នួលប្រចាំថ្ងៃត្រូវតែជាលេខ (ទទួលបាន {value})។</translation>
    </message>
    <message>
        <source>Interview notes can be recorded only after the worker has consented and the interview is private with the employer absent.</source>
        <translation>អាចកត់ត្រាកំណត់ចំណាំនៃការសម្ភាសន៍បាន លុះត្រាតែកម្មករបានយល់ព្រម ហើយការសម្ភាសន៍ធ្វើឡើងដោយឯកជន ដោយគ្មានវត្តមាននិយោជក។</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Burmese</source>
        <translation>ភូមា</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>ការ៉ែន</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>សាន</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>មន</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>កម្ពុជា</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>MOU recruitment</source>
        <translation>ជ្រើសរើសតាម MOU</translation>
    </message>
    <message>
        <source>Border pass (s.64)</source>
        <translation>ប័ណ្ណឆ្លងដែន (មាត្រា 64)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>ការចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>គ្មានឯកសារត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <source>Certificate of Identity</source>
        <translation>លិខិតបញ្ជាក់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Pink card</source>
        <translation>ប័ណ្ណពណ៌ផ្កាឈូក</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>ប័ណ្ណការងារ</translation>
    </message>
    <message>
        <source>Seabook</source>
        <translation>សៀវភៅនាវិក</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>កម្មករខ្លួនឯង</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>និយោជក</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>មេខ្យល់</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>គ្មាននរណាម្នាក់</translation>
    </message>
    <message>
        <source>Abuse of vulnerability</source>
        <translation>ការកេងប្រវ័ញ្ចលើភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
        <source>Deception</source>
        <translation>ការបោកប្រាស់</translation>
    </message>
    <message>
        <source>Restriction of movement</source>
        <translation>ការរឹតត្បិតសេរីភាពក្នុងការធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>ការដាក់ឱ្យនៅដាច់ឆ្ងាយពីគេ</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>អំពើហិង្សាលើរាងកាយ ឬផ្លូវភេទ</translation>
    </message>
    <message>
        <source>Intimidation and threats</source>
        <translation>ការបំភិតបំភ័យ និងការគំរាមកំហែង</translation>
    </message>
    <message>
        <source>Retention of identity documents</source>
        <translation>ការរឹបអូសឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <translation>ការទប់ទុកប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>ការជាប់ចំណងបំណុល</translation>
    </message>
    <message>
        <source>Abusive working and living conditions</source>
        <translation>លក្ខខណ្ឌការងារ និងការរស់នៅដែលរំលោភបំពាន</translation>
    </message>
    <message>
        <source>Excessive overtime</source>
        <translation>ការងារបន្ថែមម៉ោងហួសកម្រិត</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New interview</source>
        <translation>ការសម្ភាសន៍ថ្មី</translation>
    </message>
    <message>
        <source>No interview recorded yet. Press “New interview” to record one; its form opens beside this list.</source>
        <translation>មិនទាន់មានការសម្ភាសន៍ដែលបានកត់ត្រានៅឡើយទេ។ ចុច “ការសម្ភាសន៍ថ្មី” ដើម្បីកត់ត្រាមួយ។ ទម្រង់របស់វានឹងបើកនៅក្បែរបញ្ជីនេះ។</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation>លេខកូដកម្មករ</translation>
    </message>
    <message>
        <source>Name (never printed)</source>
        <translation>ឈ្មោះ (មិនបោះពុម្ពឡើយ)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>មធ្យោបាយចូលប្រទេស</translation>
    </message>
    <message>
        <source>Daily wage (THB)</source>
        <translation>ប្រាក់ឈ្នួលប្រចាំថ្ងៃ (THB)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>អ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>The worker consents, knows they may stop at any time and limit sharing</source>
        <translation>កម្មករយល់ព្រម ហើយដឹងថាខ្លួនអាចបញ្ឈប់បានគ្រប់ពេល និងអាចកំណត់ការចែករំលែកព័ត៌មាន</translation>
    </message>
    <message>
        <source>Private place: nobody else can hear</source>
        <translation>កន្លែងឯកជន៖ គ្មាននរណាម្នាក់ផ្សេងទៀតអាចឮបាន</translation>
    </message>
    <message>
        <source>Employer, supervisor and broker are absent</source>
        <translation>និយោជក មេការ និងមេខ្យល់ មិនមានវត្តមាន</translation>
    </message>
    <message>
        <source>Notes can be typed only after all three confirmations.</source>
        <translation>អាចវាយកំណត់ចំណាំបាន លុះត្រាតែបានបញ្ជាក់ទាំងបីចំណុចរួច។</translation>
    </message>
    <message>
        <source>Forced-labour indicators observed</source>
        <translation>សូចនាករពលកម្មដោយបង្ខំដែលបានសង្កេតឃើញ</translation>
    </message>
    <message>
        <source>Notes in the worker&apos;s language</source>
        <translation>កំណត់ចំណាំជាភាសារបស់កម្មករ</translation>
    </message>
    <message>
        <source>Translation (Thai)</source>
        <translation>ការបកប្រែ (ថៃ)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ការបកប្រែ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{0} [English]</source>
        <translation>{0} [អង់គ្លេស]</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Burmese</source>
        <translation>ភូមា</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>ការ៉ែន</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>សាន</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>មន</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Could not read this: %1</source>
        <translation>មិនអាចអានវាបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
</context>
<context>
    <name>LocalDateEdit</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ឬ %2</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes only %2.</source>
        <translation>«%1» មិនបានរក្សាទុកទេ៖ ប្រអប់នេះទទួលយកតែកាលបរិច្ឆេទ %2 ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 on.</source>
        <translation>«%1» មិនបានរក្សាទុកទេ៖ ប្រអប់នេះទទួលយកតែកាលបរិច្ឆេទចាប់ពី %2 តទៅ។</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates up to %2.</source>
        <translation>«%1» មិនបានរក្សាទុកទេ៖ ប្រអប់នេះទទួលយកតែកាលបរិច្ឆេទរហូតដល់ %2 ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 to %3.</source>
        <translation>«%1» មិនបានរក្សាទុកទេ៖ ប្រអប់នេះទទួលយកតែកាលបរិច្ឆេទពី %2 ដល់ %3។</translation>
    </message>
    <message>
        <source>“%1” is not a date, so it was not saved. Write dates like %2.</source>
        <translation>«%1» មិនមែនជាកាលបរិច្ឆេទ ដូច្នេះមិនបានរក្សាទុកទេ។ សូមវាយកាលបរិច្ឆេទដូចជា %2។</translation>
    </message>
    <message>
        <source>Not a date yet, so not saved. Write it like %1.</source>
        <translation>មិនទាន់ជាកាលបរិច្ឆេទ ដូច្នេះមិនទាន់បានរក្សាទុកទេ។ សូមវាយដូចជា %1។</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked. Enter the passphrase of %1 to continue.</source>
        <translation>បានចាក់សោ។ សូមបញ្ចូលពាក្យសម្ងាត់របស់ %1 ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n seconds.</source>
        <translation>
            <numerusform>វាយពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n វិនាទី។</numerusform>
            <numerusform>វាយពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n វិនាទី។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field Inspector — %1</source>
        <translation>Field Inspector — %1</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>អធិការកិច្ច</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>សមកាលកម្ម</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (F1)</source>
        <translation>សៀវភៅណែនាំអ្នកសម្របសម្រួល (F1)</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook</source>
        <translation>សៀវភៅណែនាំអ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>មានការផ្លាស់ប្ដូរ %Ln កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
            <numerusform>មានការផ្លាស់ប្ដូរ %Ln កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1 (USB)</source>
        <translation>សមកាលកម្មចុងក្រោយ៖ %1 (USB)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>សមកាលកម្មចុងក្រោយ៖ %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>មិនធ្លាប់ធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Access revoked by HQ</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានដកសិទ្ធិចូលប្រើ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>លើបណ្ដាញ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ក្រៅបណ្ដាញ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>The handbook cannot be opened: its data on this laptop is damaged. Reinstall the app or ask HQ for help, and give them this detail: %1</source>
        <translation>មិនអាចបើកសៀវភៅណែនាំបានទេ៖ ទិន្នន័យរបស់វានៅលើកុំព្យូទ័រយួរដៃនេះខូច។ សូមដំឡើងកម្មវិធីឡើងវិញ ឬសុំជំនួយពីទីស្នាក់ការកណ្ដាល ហើយផ្ដល់ព័ត៌មានលម្អិតនេះ៖ %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost: everything saved before is intact, and your text is still in the form.</source>
        <translation>ថាសពេញហើយ៖ សូមសម្អាតទំហំទំនេរខ្លះ រួចព្យាយាមម្ដងទៀត។ គ្មានអ្វីបាត់បង់ទេ៖ អ្វីៗដែលបានរក្សាទុកពីមុននៅដដែល ហើយអត្ថបទរបស់អ្នកនៅតែមានក្នុងទម្រង់។</translation>
    </message>
    <message>
        <source>Could not save ({0}). Your text is still in the form; try again. Details are in the error log.</source>
        <translation>មិនអាចរក្សាទុកបានទេ ({0})។ អត្ថបទរបស់អ្នកនៅតែមានក្នុងទម្រង់ សូមព្យាយាមម្ដងទៀត។ ព័ត៌មានលម្អិតមាននៅក្នុងកំណត់ហេតុកំហុស។</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>Myanmar</source>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>កម្ពុជា</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>NewInspectionWizard</name>
    <message>
        <source>New inspection</source>
        <translation>អធិការកិច្ចថ្មី</translation>
    </message>
    <message>
        <source>Create &amp;inspection</source>
        <translation>បង្កើតអធិការកិច្ច(&amp;I)</translation>
    </message>
</context>
<context>
    <name>OpenFindingsModel</name>
    <message>
        <source>Deadline</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>ហួសកំណត់ឬទេ?</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>កម្រិតធ្ងន់ធ្ងរ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>ការផ្ទៀងផ្ទាត់ចុងក្រោយ</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>គ្មានថ្ងៃផុតកំណត់</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Visit type</source>
        <translation>ប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <source>From Myanmar</source>
        <translation>មកពីមីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>From Cambodia</source>
        <translation>មកពីកម្ពុជា</translation>
    </message>
    <message>
        <source>From Laos</source>
        <translation>មកពីឡាវ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ជនជាតិថៃ</translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation>សញ្ជាតិផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Complaint source</source>
        <translation>ប្រភពនៃពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <source>Who or what raised the complaint. Printed only in the confidential full report, never in the employer&apos;s notice.</source>
        <translation>អ្នកណា ឬអ្វីដែលបានលើកឡើងពាក្យបណ្ដឹង។ បោះពុម្ពតែក្នុងរបាយការណ៍ពេញលេញ (សម្ងាត់) ប៉ុណ្ណោះ មិនដែលមានក្នុងលិខិតជូនដំណឹងទៅនិយោជកឡើយ។</translation>
    </message>
    <message>
        <source>The visit follows a complaint whose source must stay confidential</source>
        <translation>ការចុះត្រួតពិនិត្យនេះធ្វើឡើងតាមពាក្យបណ្ដឹង ដែលប្រភពត្រូវរក្សាជាការសម្ងាត់</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Workforce seen on the day</source>
        <translation>កម្មករដែលបានឃើញនៅថ្ងៃនោះ</translation>
    </message>
</context>
<context>
    <name>PermitStatus</name>
    <message>
        <source>Valid</source>
        <translation>មានសុពលភាព</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ផុតកំណត់ហើយ</translation>
    </message>
    <message>
        <source>Pending renewal</source>
        <translation>កំពុងរង់ចាំការបន្ត</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ត្រូវបានដកហូត</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>គ្មានលិខិតអនុញ្ញាត</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation>វាយ ឬជ្រើសរើសខេត្ត</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>ស្រុក(&amp;D)</translation>
    </message>
    <message>
        <source>Type or choose a district</source>
        <translation>វាយ ឬជ្រើសរើសស្រុក</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <source>Type or choose a subdistrict</source>
        <translation>វាយ ឬជ្រើសរើសឃុំ</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>ខេត្ត(&amp;P)</translation>
    </message>
    <message>
        <source>Su&amp;bdistrict</source>
        <translation>ឃុំ(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>user</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <source>language coordinator</source>
        <translation>អ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>គំរូបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>ចំណុចក្នុងបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>អធិការកិច្ច</translation>
    </message>
    <message>
        <source>checklist add-on of an inspection</source>
        <translation>ផ្នែកបន្ថែមនៃបញ្ជីត្រួតពិនិត្យរបស់អធិការកិច្ច</translation>
    </message>
    <message>
        <source>coordinator of an inspection</source>
        <translation>អ្នកសម្របសម្រួលភាសានៃអធិការកិច្ច</translation>
    </message>
    <message>
        <source>signed revision</source>
        <translation>កំណែដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>ចម្លើយក្នុងបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>worker document</source>
        <translation>ឯកសាររបស់កម្មករ</translation>
    </message>
    <message>
        <source>interpreter note</source>
        <translation>កំណត់ចំណាំអ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>ហត្ថលេខា</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Multidisciplinary team (MDT)</source>
        <translation>ក្រុមការងារចម្រុះជំនាញ (MDT)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>នគរបាល</translation>
    </message>
    <message>
        <source>Employment Department</source>
        <translation>នាយកដ្ឋានការងារធ្វើ</translation>
    </message>
    <message>
        <source>Social Security Office</source>
        <translation>ការិយាល័យសន្តិសុខសង្គម</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Receiving body</source>
        <translation>ស្ថាប័នទទួល</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>កាលបរិច្ឆេទបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខសំណុំរឿង</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>មន្ត្រីទទួល</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>ទូរសព្ទមន្ត្រី</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>កំណត់ចំណាំទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Workers concerned (codes)</source>
        <translation>កម្មករពាក់ព័ន្ធ (លេខកូដ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>កត់ថាបានបញ្ជូន</translation>
    </message>
    <message>
        <source>Mark as accepted</source>
        <translation>កត់ថាបានទទួល</translation>
    </message>
    <message>
        <source>Day of the step</source>
        <translation>ថ្ងៃនៃជំហាន</translation>
    </message>
    <message>
        <source>Given by the receiving body</source>
        <translation>ផ្ដល់ដោយស្ថាប័នទទួល</translation>
    </message>
    <message>
        <source>What the receiving body did, or why it went no further</source>
        <translation>អ្វីដែលស្ថាប័នទទួលបានធ្វើ ឬហេតុអ្វីមិនបន្តទៅមុខ</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>បោះពុម្ពទម្រង់បញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Use the stored text</source>
        <translation>ប្រើអត្ថបទដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>This referral is no longer on this laptop.</source>
        <translation>ការបញ្ជូនបន្តនេះលែងមាននៅលើកុំព្យូទ័រយួរដៃនេះទៀតហើយ។</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <source>%1 (now stored: %2)</source>
        <translation>%1 (ឥឡូវរក្សាទុក៖ %2)</translation>
    </message>
    <message>
        <source>Changed elsewhere (a sync or another window) while you were typing: %1. Your text is kept on screen and replaces it when you save.</source>
        <translation>បានផ្លាស់ប្តូរពីកន្លែងផ្សេង (ការធ្វើសមកាលកម្ម ឬបង្អួចផ្សេង) ខណៈអ្នកកំពុងវាយ៖ %1។ អត្ថបទរបស់អ្នកនៅតែលើអេក្រង់ ហើយនឹងជំនួសវានៅពេលអ្នករក្សាទុក។</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>បិទការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>ការបញ្ជូនបន្តទៅ %1</translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation>(គ្មានការរកឃើញ)</translation>
    </message>
    <message>
        <source>%1 · %2, visit of %3 · %4</source>
        <translation>%1 · %2 ការចុះពិនិត្យថ្ងៃ %3 · %4</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>គ្រោង %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>បញ្ជូន %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>ទទួល %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>បិទ %1</translation>
    </message>
    <message>
        <source>sent (day not recorded)</source>
        <translation>បានបញ្ជូន (មិនបានកត់ត្រាថ្ងៃ)</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>ឥឡូវ៖ %1 (%2)</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>បិទដោយមិនបញ្ជូន</translation>
    </message>
    <message>
        <source>This referral is closed. A new referral to another body starts from the finding.</source>
        <translation>ការបញ្ជូនបន្តនេះត្រូវបានបិទ។ ការបញ្ជូនបន្តថ្មីទៅស្ថាប័នផ្សេងចាប់ផ្ដើមពីការរកឃើញ។</translation>
    </message>
    <message>
        <source>Fixed once the referral is sent: to refer to another body, choose it on the finding and a new referral is made.</source>
        <translation>មិនអាចប្ដូរបានទេនៅពេលបានបញ្ជូនហើយ៖ ដើម្បីបញ្ជូនទៅស្ថាប័នផ្សេង សូមជ្រើសរើសវានៅលើការរកឃើញ ហើយការបញ្ជូនបន្តថ្មីនឹងត្រូវបានបង្កើត។</translation>
    </message>
    <message>
        <source>%1 (reported an indicator)</source>
        <translation>%1 (បានរាយការណ៍សូចនាករ)</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>យ៉ាងច្រើន %1 តួអក្សរ (ឥឡូវ %2)។</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is stored.</source>
        <translation>គ្មានអ្វីត្រូវរក្សាទុកទេ៖ ទម្រង់បង្ហាញអ្វីដែលបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Write the outcome before closing: what the receiving body did, or why the referral went no further.</source>
        <translation>សរសេរលទ្ធផលមុនពេលបិទ៖ អ្វីដែលស្ថាប័នទទួលបានធ្វើ ឬហេតុអ្វីការបញ្ជូនបន្តមិនបន្តទៅមុខ។</translation>
    </message>
    <message>
        <source>Choose a day from %1 to today.</source>
        <translation>ជ្រើសរើសថ្ងៃចាប់ពី %1 ដល់ថ្ងៃនេះ។</translation>
    </message>
</context>
<context>
    <name>ReferralErrors</name>
    <message>
        <source>The referral&apos;s {field} must be text.</source>
        <translation>{field}នៃការបញ្ជូនបន្តត្រូវតែជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>The referral&apos;s {field} may hold at most {limit} characters.</source>
        <translation>{field}នៃការបញ្ជូនបន្តអាចមានយ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>A referral needs its receiving body: {bodies}.</source>
        <translation>ការបញ្ជូនបន្តត្រូវការស្ថាប័នទទួល៖ {bodies}។</translation>
    </message>
    <message>
        <source>A referral needs the date it was decided.</source>
        <translation>ការបញ្ជូនបន្តត្រូវការកាលបរិច្ឆេទដែលបានសម្រេច។</translation>
    </message>
    <message>
        <source>{worker} is not a worker interviewed in this inspection; a referral names only the coded workers of its own inspection.</source>
        <translation>{worker} មិនមែនជាកម្មករដែលបានសម្ភាសន៍ក្នុងអធិការកិច្ចនេះទេ។ ការបញ្ជូនបន្តដាក់ឈ្មោះតែកម្មករ (តាមលេខកូដ) នៃអធិការកិច្ចរបស់ខ្លួនប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The referral date ({referral_date}) is before the visit ({visit_date}).</source>
        <translation>កាលបរិច្ឆេទបញ្ជូនបន្ត ({referral_date}) មុនការចុះត្រួតពិនិត្យ ({visit_date})។</translation>
    </message>
    <message>
        <source>This referral was already {status}; its receiving body stays {body}. Record a new referral for another body.</source>
        <translation>ការបញ្ជូនបន្តនេះស្ថិតក្នុងស្ថានភាព {status} រួចហើយ។ ស្ថាប័នទទួលនៅតែជា {body}។ សូមកត់ត្រាការបញ្ជូនបន្តថ្មីសម្រាប់ស្ថាប័នផ្សេង។</translation>
    </message>
    <message>
        <source>nothing: it is closed</source>
        <translation>គ្មានទេ៖ វាត្រូវបានបិទហើយ</translation>
    </message>
    <message>
        <source>This referral is {status}; it can become {allowed}, not {target}.</source>
        <translation>ការបញ្ជូនបន្តនេះស្ថិតក្នុងស្ថានភាព {status}។ វាអាចប្ដូរទៅ {allowed} ប៉ុន្តែមិនអាចប្ដូរទៅ {target} បានទេ។</translation>
    </message>
    <message>
        <source>A referral cannot become {status} on {day}, before its earlier step ({earlier}).</source>
        <translation>ការបញ្ជូនបន្តមិនអាចក្លាយជា {status} នៅថ្ងៃ {day} មុនជំហានមុនរបស់វា ({earlier}) បានទេ។</translation>
    </message>
    <message>
        <source>{day} is in the future; record the step on the day it happens.</source>
        <translation>{day} នៅអនាគត។ សូមកត់ត្រាជំហាននៅថ្ងៃដែលវាកើតឡើង។</translation>
    </message>
    <message>
        <source>Closing a referral needs its outcome (what the receiving body did, or why it went no further).</source>
        <translation>ការបិទការបញ្ជូនបន្តត្រូវការលទ្ធផល (អ្វីដែលស្ថាប័នទទួលបានធ្វើ ឬមូលហេតុដែលមិនបន្តទៅមុខ)។</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>បានបញ្ជូន</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>បានបញ្ជូន</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>បានបិទ</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>ស្ថាប័នទទួល</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខសំណុំរឿង</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>អធិការកិច្ច</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>កម្មករ</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>ការបញ្ជូនបន្តទាំងអស់</translation>
    </message>
    <message>
        <source>Open (planned, sent, accepted)</source>
        <translation>មិនទាន់បិទ (គ្រោង បញ្ជូន ទទួល)</translation>
    </message>
    <message>
        <source>Show referrals by status</source>
        <translation>បង្ហាញការបញ្ជូនបន្តតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>បើក…</translation>
    </message>
    <message>
        <source>Open the referral</source>
        <translation>បើកការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>បោះពុម្ពទម្រង់បញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>បើកអធិការកិច្ច</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>ការបញ្ជូនបន្ត %Ln</numerusform>
            <numerusform>ការបញ្ជូនបន្ត %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedModel</name>
    <message>
        <source>Checklist item</source>
        <translation>ចំណុចបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>Most serious</source>
        <translation>ធ្ងន់ធ្ងរបំផុត</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>ត្រូវបានលើកឡើង</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n ដង</numerusform>
            <numerusform>%n ដង</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>បង្កើតរបាយការណ៍</translation>
    </message>
    <message>
        <source>Full inspection report (confidential)</source>
        <translation>របាយការណ៍អធិការកិច្ចពេញលេញ (សម្ងាត់)</translation>
    </message>
    <message>
        <source>Notice to the employer</source>
        <translation>លិខិតជូនដំណឹងទៅនិយោជក</translation>
    </message>
    <message>
        <source>Information sheet for workers</source>
        <translation>សន្លឹកព័ត៌មានសម្រាប់កម្មករ</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <source>A summary needs a province (DOPA code or name).</source>
        <translation>របាយការណ៍សង្ខេបត្រូវការខេត្ត (លេខកូដ DOPA ឬឈ្មោះ)។</translation>
    </message>
    <message>
        <source>A summary needs a period: a start and an end date.</source>
        <translation>របាយការណ៍សង្ខេបត្រូវការរយៈពេល៖ កាលបរិច្ឆេទចាប់ផ្ដើម និងបញ្ចប់។</translation>
    </message>
    <message>
        <source>No inspection with id or reference {key} in this data store.</source>
        <translation>គ្មានអធិការកិច្ចដែលមានលេខសម្គាល់ ឬលេខយោង {key} នៅក្នុងឃ្លាំងទិន្នន័យនេះទេ។</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}. Its referrals: {referrals}.</source>
        <translation>អធិការកិច្ច {reference} គ្មានការបញ្ជូនបន្ត {id} ទេ។ ការបញ្ជូនបន្តរបស់វា៖ {referrals}។</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}.</source>
        <translation>អធិការកិច្ច {reference} គ្មានការបញ្ជូនបន្ត {id} ទេ។</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral: give a finding a referral target (or record a referral) first.</source>
        <translation>អធិការកិច្ច {reference} គ្មានការបញ្ជូនបន្តទេ៖ សូមកំណត់ស្ថាប័នទទួលការបញ្ជូនឱ្យការរកឃើញមួយ (ឬកត់ត្រាការបញ្ជូនបន្ត) ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Inspection {reference} has {count} referrals; choose one with --referral: {referrals}.</source>
        <translation>អធិការកិច្ច {reference} មានការបញ្ជូនបន្តចំនួន {count}។ សូមជ្រើសរើសមួយដោយប្រើ --referral៖ {referrals}។</translation>
    </message>
    <message>
        <source>Unknown district {query} in province {province}: give its DOPA code or its name.</source>
        <translation>មិនស្គាល់ស្រុក {query} នៅក្នុងខេត្ត {province}៖ សូមផ្ដល់លេខកូដ DOPA ឬឈ្មោះរបស់វា។</translation>
    </message>
    <message>
        <source>Unknown {level} {query}: give its DOPA code or its name.</source>
        <translation>មិនស្គាល់{level} {query}៖ សូមផ្ដល់លេខកូដ DOPA ឬឈ្មោះរបស់វា។</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>រយៈពេលចាប់ផ្ដើម ({start}) ក្រោយពេលបញ្ចប់ ({end})។</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Report preview: {0}</source>
        <translation>មើលរបាយការណ៍ជាមុន៖ {0}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>មើលរបាយការណ៍ជាមុន</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>ទំព័ររបាយការណ៍</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>សមនឹងទទឹង</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>ឱ្យសមនឹងទទឹងទំព័រ</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>ទំព័របច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>បោះពុម្ពរបាយការណ៍</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>រក្សាទុកជា…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>រក្សាទុករបាយការណ៍ជាឯកសារ PDF</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>បិទការមើលជាមុន</translation>
    </message>
    <message>
        <source>The report could not be shown; you can still save it.</source>
        <translation>មិនអាចបង្ហាញរបាយការណ៍បានទេ ប៉ុន្តែអ្នកនៅតែអាចរក្សាទុកវាបាន។</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>ទំព័រ {0} នៃ {1}</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>បោះពុម្ពរបាយការណ៍</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is connected and try again.</source>
        <translation>មិនអាចបើកម៉ាស៊ីនបោះពុម្ពបានទេ។ សូមពិនិត្យថាវាបានភ្ជាប់ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>រក្សាទុករបាយការណ៍</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>មិនអាចរក្សាទុករបាយការណ៍ទៅ {0} បានទេ៖ {1}</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Making the report…</source>
        <translation>កំពុងបង្កើតរបាយការណ៍…</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>General</source>
        <translation>ទូទៅ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>សំណង់</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>រោងចក្រ</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>នេសាទ</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>កសិកម្ម</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>ការងារបម្រើតាមផ្ទះ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System default</source>
        <translation>លំនាំដើមរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Language and documents</source>
        <translation>ភាសា និងឯកសារ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>សមកាលកម្ម</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ភាសា(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>ចាក់សោក្រោយពេលទំនេរ(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ពាក្យសម្ងាត់ថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation>វាយពាក្យសម្ងាត់ថ្មីម្ដងទៀត(&amp;R)</translation>
    </message>
    <message>
        <source>Longest &amp;side</source>
        <translation>ជ្រុងវែងបំផុត(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;HQ address</source>
        <translation>អាសយដ្ឋានទីស្នាក់ការកណ្ដាល(&amp;H)</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>ភាសារបស់កម្មវិធី</translation>
    </message>
    <message>
        <source>Use &amp;Thai digits (๑๒๓) in formal documents</source>
        <translation>ប្រើលេខថៃ (๑๒๓) ក្នុងឯកសារផ្លូវការ(&amp;T)</translation>
    </message>
    <message>
        <source>Thai digits in formal documents</source>
        <translation>លេខថៃក្នុងឯកសារផ្លូវការ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>ចាក់សោក្រោយពេលទំនេរចំនួននាទីនេះ</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>ពាក្យសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>វាយពាក្យសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>ប្ដូរពាក្យសម្ងាត់(&amp;C)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>ប្ដូរពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ភីកសែល</translation>
    </message>
    <message>
        <source>Longest side of stored photos, in pixels</source>
        <translation>ជ្រុងវែងបំផុតនៃរូបថតដែលរក្សាទុក គិតជាភីកសែល</translation>
    </message>
    <message>
        <source>&amp;Keep the original photo beside the reduced copy</source>
        <translation>រក្សារូបថតដើមទុកជាមួយច្បាប់ចម្លងដែលបានបង្រួម(&amp;K)</translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation>រក្សារូបថតដើម</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>អាសយដ្ឋានទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>Enter the HQ address as https://… (or http://… on a test network).</source>
        <translation>សូមបញ្ចូលអាសយដ្ឋានទីស្នាក់ការកណ្ដាលជា https://… (ឬ http://… នៅលើបណ្ដាញសាកល្បង)។</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>សូមវាយពាក្យសម្ងាត់បច្ចុប្បន្នរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Type the new passphrase.</source>
        <translation>សូមវាយពាក្យសម្ងាត់ថ្មី។</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the new one again.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នាទេ។ សូមវាយពាក្យសម្ងាត់ថ្មីម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីដូចគ្នានឹងពាក្យសម្ងាត់បច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>កំពុងប្ដូរពាក្យសម្ងាត់…</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one the next time you unlock.</source>
        <translation>បានប្ដូរពាក្យសម្ងាត់។ សូមប្រើពាក្យសម្ងាត់ថ្មីនៅពេលដោះសោលើកក្រោយ។</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>S1 — possible forced labour, trafficking or child labour: protect and refer</source>
        <translation>S1 — អាចជាពលកម្មដោយបង្ខំ ការជួញដូរមនុស្ស ឬពលកម្មកុមារ៖ ការពារ និងបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>S2 — serious violation: order and prosecution or fine</source>
        <translation>S2 — ការរំលោភបំពានធ្ងន់ធ្ងរ៖ ចេញបញ្ជា និងប្ដឹងផ្ដល់ ឬពិន័យ</translation>
    </message>
    <message>
        <source>S3 — order to comply by a deadline</source>
        <translation>S3 — បញ្ជាឱ្យអនុវត្តតាមច្បាប់ក្នុងថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>S4 — advice</source>
        <translation>S4 — ការណែនាំ</translation>
    </message>
</context>
<context>
    <name>SignoffTab</name>
    <message>
        <source>Mark completed</source>
        <translation>សម្គាល់ថាបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Reopen for edits</source>
        <translation>បើកម្ដងទៀតដើម្បីកែសម្រួល</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>អធិការការងារ</translation>
    </message>
    <message>
        <source>Employer representative</source>
        <translation>តំណាងនិយោជក</translation>
    </message>
    <message>
        <source>Language coordinator</source>
        <translation>អ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation>ឈ្មោះអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1៖ ឈ្មោះ</translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation>%1៖ ហត្ថលេខា</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>សម្អាត</translation>
    </message>
    <message>
        <source>Status: %1 (revision %2)</source>
        <translation>ស្ថានភាព៖ %1 (កំណែទី %2)</translation>
    </message>
    <message>
        <source>Signatures can be added once the inspection is completed. Press “%1” first.</source>
        <translation>អាចចុះហត្ថលេខាបាន លុះត្រាតែអធិការកិច្ចបានបញ្ចប់។ សូមចុច «%1» ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>ចុះហត្ថលេខាដោយ %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>មិនបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation>សូមគូរហត្ថលេខាជាមុនសិន។</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>សូមវាយឈ្មោះអ្នកចុះហត្ថលេខា។</translation>
    </message>
</context>
<context>
    <name>SocialSecurity</name>
    <message>
        <source>Registered</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>មិនទាន់ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>បានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>បានបញ្ជូនត្រឡប់</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>{path} cannot be opened with this key: the passphrase does not match this database, or the file is damaged.</source>
        <translation>មិនអាចបើក {path} ដោយសោនេះបានទេ៖ ពាក្យសម្ងាត់មិនត្រូវនឹងមូលដ្ឋានទិន្នន័យនេះ ឬឯកសារខូច។</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>មិនអាចបើក {path} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for user {user}.</source>
        <translation>ពាក្យសម្ងាត់សម្រាប់អ្នកប្រើ {user} មិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>{path}: unsupported key slot format {format}.</source>
        <translation>{path}៖ មិនគាំទ្រទម្រង់រន្ធសោ {format} ទេ។</translation>
    </message>
    <message>
        <source>No data store in {folder} (run &apos;inspector-app init&apos; first).</source>
        <translation>គ្មានឃ្លាំងទិន្នន័យនៅក្នុង {folder} ទេ (សូមដំណើរការ &apos;inspector-app init&apos; ជាមុនសិន)។</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} ខូច ហើយមិនអាចអានបានទេ ({reason})។</translation>
    </message>
    <message>
        <source>writing the key slots {path}</source>
        <translation>ការសរសេររន្ធសោ {path}</translation>
    </message>
    <message>
        <source>No local user {user} on this laptop.</source>
        <translation>គ្មានអ្នកប្រើ {user} នៅលើកុំព្យូទ័រយួរដៃនេះទេ។</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>User {user} already has a key slot.</source>
        <translation>អ្នកប្រើ {user} មានរន្ធសោរួចហើយ។</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {count} តួអក្សរ។</translation>
    </message>
    <message>
        <source>copying the database aside before an upgrade; nothing was migrated</source>
        <translation>ការចម្លងមូលដ្ឋានទិន្នន័យទុកមុនពេលដំឡើងកំណែ គ្មានអ្វីត្រូវបានផ្ទេរទេ</translation>
    </message>
    <message>
        <source>Cannot copy the database aside before an upgrade ({reason}); nothing was migrated.</source>
        <translation>មិនអាចចម្លងមូលដ្ឋានទិន្នន័យទុកមុនពេលដំឡើងកំណែបានទេ ({reason})។ គ្មានអ្វីត្រូវបានផ្ទេរទេ។</translation>
    </message>
    <message>
        <source>The safety copy of the database failed its check ({result}); nothing was migrated.</source>
        <translation>ច្បាប់ចម្លងសុវត្ថិភាពនៃមូលដ្ឋានទិន្នន័យមិនឆ្លងការត្រួតពិនិត្យ ({result})។ គ្មានអ្វីត្រូវបានផ្ទេរទេ។</translation>
    </message>
    <message>
        <source>Migration would leave {count} broken references (first in table {table}); the database was left unchanged.</source>
        <translation>ការផ្ទេរនឹងបន្សល់ការយោងខូចចំនួន {count} (ដំបូងនៅក្នុងតារាង {table})។ មូលដ្ឋានទិន្នន័យមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>Migration failed the integrity check ({result}); database unchanged.</source>
        <translation>ការផ្ទេរមិនឆ្លងការត្រួតពិនិត្យភាពត្រឹមត្រូវ ({result})។ មូលដ្ឋានទិន្នន័យមិនផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of {roles}.</source>
        <translation>មិនស្គាល់តួនាទី {role}។ សូមប្រើមួយក្នុងចំណោម {roles}។</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>អ្នកប្រើ {user} មានរួចហើយ។</translation>
    </message>
    <message>
        <source>{folder} already holds a data store.</source>
        <translation>{folder} មានឃ្លាំងទិន្នន័យរួចហើយ។</translation>
    </message>
    <message>
        <source>Data dir {folder} does not exist.</source>
        <translation>ថតទិន្នន័យ {folder} មិនមានទេ។</translation>
    </message>
    <message>
        <source>{folder} holds no data store (run &apos;inspector-app init&apos; first).</source>
        <translation>{folder} គ្មានឃ្លាំងទិន្នន័យទេ (សូមដំណើរការ &apos;inspector-app init&apos; ជាមុនសិន)។</translation>
    </message>
    <message>
        <source>The database file is missing from {folder}.</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យបាត់ពី {folder}។</translation>
    </message>
    <message>
        <source>Cannot make {folder} private to you ({reason}); check who owns it.</source>
        <translation>មិនអាចធ្វើឱ្យ {folder} ជារបស់អ្នកតែម្នាក់បានទេ ({reason})។ សូមពិនិត្យមើលថាអ្នកណាជាម្ចាស់។</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Field Inspector database; it was not changed. Restore it from {backups} or from HQ.</source>
        <translation>{path} ខូច ឬមិនមែនជាមូលដ្ឋានទិន្នន័យ Field Inspector ទេ។ វាមិនត្រូវបានផ្លាស់ប្ដូរទេ។ សូមស្ដារវាពី {backups} ឬពីទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Field Inspector (schema {schema}). It is open read-only: update the app to make changes.</source>
        <translation>ទិន្នន័យនេះត្រូវបានសរសេរដោយកំណែថ្មីជាងនៃ Field Inspector (រចនាសម្ព័ន្ធទិន្នន័យ {schema})។ វាត្រូវបានបើកសម្រាប់តែអាន៖ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីដើម្បីធ្វើការផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>{path} has no local device record; the data store is incomplete.</source>
        <translation>{path} គ្មានកំណត់ត្រាឧបករណ៍នេះទេ។ ឃ្លាំងទិន្នន័យមិនពេញលេញ។</translation>
    </message>
    <message>
        <source>A user name needs 1–64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ឈ្មោះអ្នកប្រើត្រូវមាន 1–64 តួ ជាអក្សរ លេខ &apos;.&apos; &apos;-&apos; ឬ &apos;_&apos;។</translation>
    </message>
    <message>
        <source>storing an attachment file</source>
        <translation>ការរក្សាទុកឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged.</source>
        <translation>ឯកសារភ្ជាប់ {name} ខូច។</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged or was replaced.</source>
        <translation>ឯកសារភ្ជាប់ {name} ខូច ឬត្រូវបានជំនួស។</translation>
    </message>
    <message>
        <source>Attachment {name}… is missing from this laptop.</source>
        <translation>ឯកសារភ្ជាប់ {name}… បាត់ពីកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>Attachment file {name} does not match its hash.</source>
        <translation>ឯកសារភ្ជាប់ {name} មិនត្រូវនឹងកូដផ្ទៀងផ្ទាត់របស់វាទេ។</translation>
    </message>
    <message>
        <source>This data store is open read-only.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះត្រូវបានបើកសម្រាប់តែអាន។</translation>
    </message>
    <message>
        <source>This data store has no local device record; it is damaged.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះគ្មានកំណត់ត្រាឧបករណ៍នេះទេ៖ វាខូច។</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>របាយការណ៍សង្ខេប</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>បង្កើតរបាយការណ៍</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>ទូទាំងខេត្ត</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ នៅមុនកាលបរិច្ឆេទចាប់ផ្ដើម។</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Sync stopped by an unexpected error ({name}).</source>
        <translation>សមកាលកម្មបានឈប់ដោយសារកំហុសដែលមិនបានរំពឹងទុក ({name})។</translation>
    </message>
    <message>
        <source>Stopped by an unexpected error ({name}); nothing was lost.</source>
        <translation>បានឈប់ដោយសារកំហុសដែលមិនបានរំពឹងទុក ({name})។ គ្មានអ្វីបាត់បង់ទេ។</translation>
    </message>
    <message>
        <source>HQ at {url} did not answer in time ({reason}).</source>
        <translation>ទីស្នាក់ការកណ្ដាលនៅ {url} មិនបានឆ្លើយតបទាន់ពេលទេ ({reason})។</translation>
    </message>
    <message>
        <source>Cannot reach HQ at {url} ({reason}).</source>
        <translation>មិនអាចទាក់ទងទីស្នាក់ការកណ្ដាលនៅ {url} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>HQ at {url} sent an answer this app does not understand ({request}); is it a Field Inspector HQ of a compatible version?</source>
        <translation>ទីស្នាក់ការកណ្ដាលនៅ {url} បានផ្ញើចម្លើយដែលកម្មវិធីនេះមិនយល់ ({request})។ តើវាជាទីស្នាក់ការកណ្ដាល Field Inspector កំណែដែលត្រូវគ្នាឬទេ?</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP {status}); will try again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលរវល់ ឬមានបញ្ហា (HTTP {status})។ នឹងព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired; ask HQ for a new one.</source>
        <translation>លេខកូដចុះឈ្មោះនេះមិនស្គាល់ បានប្រើរួច ឬផុតកំណត់។ សូមសុំលេខកូដថ្មីពីទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. The data on the laptop is safe; ask HQ to enrol it again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានដកសិទ្ធិចូលប្រើរបស់កុំព្យូទ័រយួរដៃនេះ។ ទិន្នន័យនៅលើកុំព្យូទ័រយួរដៃមានសុវត្ថិភាព។ សូមស្នើទីស្នាក់ការកណ្ដាលឱ្យចុះឈ្មោះវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ does not know this laptop&apos;s token; enrol the laptop again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនស្គាល់ថូខឹនរបស់កុំព្យូទ័រយួរដៃនេះទេ។ សូមចុះឈ្មោះកុំព្យូទ័រយួរដៃម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This request needs the laptop&apos;s device token.</source>
        <translation>សំណើនេះត្រូវការថូខឹនឧបករណ៍របស់កុំព្យូទ័រយួរដៃ។</translation>
    </message>
    <message>
        <source>This laptop is being enrolled at this moment; try again.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះកំពុងត្រូវបានចុះឈ្មោះនៅពេលនេះ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Another laptop is already enrolled with this device id; this data dir cannot take its place.</source>
        <translation>កុំព្យូទ័រយួរដៃផ្សេងទៀតបានចុះឈ្មោះដោយលេខសម្គាល់ឧបករណ៍នេះរួចហើយ។ ថតទិន្នន័យនេះមិនអាចជំនួសវាបានទេ។</translation>
    </message>
    <message>
        <source>HQ already knows a laptop with this device id. Enrolling it again needs that laptop&apos;s own signature over a challenge from HQ (this app version does it by itself; update the app). A new or wiped laptop has a new data dir and enrols as a new device.</source>
        <translation>ទីស្នាក់ការកណ្ដាលស្គាល់កុំព្យូទ័រយួរដៃដែលមានលេខសម្គាល់ឧបករណ៍នេះរួចហើយ។ ការចុះឈ្មោះម្ដងទៀតត្រូវការហត្ថលេខាផ្ទាល់របស់កុំព្យូទ័រយួរដៃនោះលើការប្រកួតពីទីស្នាក់ការកណ្ដាល (កម្មវិធីកំណែនេះធ្វើវាដោយខ្លួនឯង សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី)។ កុំព្យូទ័រយួរដៃថ្មី ឬដែលបានលុបសម្អាត មានថតទិន្នន័យថ្មី ហើយចុះឈ្មោះជាឧបករណ៍ថ្មី។</translation>
    </message>
    <message>
        <source>HQ answered: {detail}</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានឆ្លើយ៖ {detail}</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access, so it no longer syncs. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានដកសិទ្ធិចូលប្រើរបស់កុំព្យូទ័រយួរដៃនេះ ដូច្នេះវាលែងធ្វើសមកាលកម្មទៀតហើយ។ អ្វីៗទាំងអស់នៅលើកុំព្យូទ័រយួរដៃត្រូវបានរក្សាទុក។ សូមស្នើទីស្នាក់ការកណ្ដាលឱ្យចុះឈ្មោះវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{count} change sent</source>
        <translation>បានផ្ញើការផ្លាស់ប្ដូរ {count}</translation>
    </message>
    <message>
        <source>{count} changes sent</source>
        <translation>បានផ្ញើការផ្លាស់ប្ដូរ {count}</translation>
    </message>
    <message>
        <source>{count} already at HQ</source>
        <translation>{count} មាននៅទីស្នាក់ការកណ្ដាលរួចហើយ</translation>
    </message>
    <message>
        <source>{count} conflict kept for review</source>
        <translation>ភាពខុសគ្នា {count} ត្រូវបានរក្សាទុកសម្រាប់ពិនិត្យ</translation>
    </message>
    <message>
        <source>{count} conflicts kept for review</source>
        <translation>ភាពខុសគ្នា {count} ត្រូវបានរក្សាទុកសម្រាប់ពិនិត្យ</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>ត្រូវបានបដិសេធ {count}</translation>
    </message>
    <message>
        <source>{count} file uploaded</source>
        <translation>បានផ្ទុកឡើងឯកសារ {count}</translation>
    </message>
    <message>
        <source>{count} files uploaded</source>
        <translation>បានផ្ទុកឡើងឯកសារ {count}</translation>
    </message>
    <message>
        <source>{count} item received</source>
        <translation>បានទទួល {count} ធាតុ</translation>
    </message>
    <message>
        <source>{count} items received</source>
        <translation>បានទទួល {count} ធាតុ</translation>
    </message>
    <message>
        <source>{count} still to send</source>
        <translation>នៅសល់ {count} ត្រូវផ្ញើ</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}។</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet: enrol it on the Sync page (or run &apos;inspector-app enrol --hq URL --code C&apos;) with a code from HQ.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនទាន់បានចុះឈ្មោះជាមួយទីស្នាក់ការកណ្ដាលទេ៖ សូមចុះឈ្មោះនៅទំព័រសមកាលកម្ម (ឬដំណើរការ &apos;inspector-app enrol --hq URL --code C&apos;) ដោយប្រើលេខកូដពីទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>No HQ address is known for this laptop; give one with --hq URL.</source>
        <translation>មិនស្គាល់អាសយដ្ឋានទីស្នាក់ការកណ្ដាលសម្រាប់កុំព្យូទ័រយួរដៃនេះទេ។ សូមផ្ដល់ដោយ --hq URL។</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>សមកាលកម្មកំពុងដំណើរការរួចហើយ។</translation>
    </message>
    <message>
        <source>Connecting to {url}</source>
        <translation>កំពុងភ្ជាប់ទៅ {url}</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {theirs}; this app speaks {ours}. Update the app.</source>
        <translation>ទីស្នាក់ការកណ្ដាលប្រើពិធីការសមកាលកម្ម {theirs} ប៉ុន្តែកម្មវិធីនេះប្រើ {ours}។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>សមកាលកម្មត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនទាន់បានចុះឈ្មោះជាមួយទីស្នាក់ការកណ្ដាលទេ។</translation>
    </message>
    <message>
        <source>Sending {count} change</source>
        <translation>កំពុងផ្ញើការផ្លាស់ប្ដូរ {count}</translation>
    </message>
    <message>
        <source>Sending {count} changes</source>
        <translation>កំពុងផ្ញើការផ្លាស់ប្ដូរ {count}</translation>
    </message>
    <message>
        <source>{done} of {total} change sent</source>
        <translation>បានផ្ញើ {done} ក្នុងចំណោម {total} ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>{done} of {total} changes sent</source>
        <translation>បានផ្ញើ {done} ក្នុងចំណោម {total} ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Uploading {count} file ({done} of {total} KB)</source>
        <translation>កំពុងផ្ទុកឡើងឯកសារ {count} ({done} ក្នុងចំណោម {total} KB)</translation>
    </message>
    <message>
        <source>Uploading {count} files ({done} of {total} KB)</source>
        <translation>កំពុងផ្ទុកឡើងឯកសារ {count} ({done} ក្នុងចំណោម {total} KB)</translation>
    </message>
    <message>
        <source>Receiving updates from HQ</source>
        <translation>កំពុងទទួលបច្ចុប្បន្នភាពពីទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>This data store has no device key; it is damaged.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះគ្មានសោឧបករណ៍ទេ៖ វាខូច។</translation>
    </message>
    <message>
        <source>{url} is not an HQ address; give one like https://hq.example.go.th</source>
        <translation>{url} មិនមែនជាអាសយដ្ឋានទីស្នាក់ការកណ្ដាលទេ។ សូមផ្ដល់ដូចជា https://hq.example.go.th</translation>
    </message>
    <message>
        <source>{code} is not an enrolment code; HQ gives one like K7QM-2XWD-PN4R-HT9A.</source>
        <translation>{code} មិនមែនជាលេខកូដចុះឈ្មោះទេ។ ទីស្នាក់ការកណ្ដាលផ្ដល់លេខកូដដូចជា K7QM-2XWD-PN4R-HT9A។</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} change with interview notes waits on this laptop (testimony never leaves it unsealed). It goes once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទាន់បានផ្សព្វផ្សាយសោភស្តុតាងរបស់ខ្លួននៅឡើយទេ ដូច្នេះការផ្លាស់ប្ដូរ {count} ដែលមានកំណត់ចំណាំសម្ភាសន៍កំពុងរង់ចាំនៅលើកុំព្យូទ័រយួរដៃនេះ (សក្ខីកម្មមិនដែលចាកចេញដោយមិនបានបិទភ្ជាប់ទេ)។ វានឹងត្រូវផ្ញើនៅពេលទីស្នាក់ការកណ្ដាលបានដំណើរការ &apos;inspector-hq init-keys&apos; ហើយកុំព្យូទ័រយួរដៃនេះបានធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} changes with interview notes wait on this laptop (testimony never leaves it unsealed). They go once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទាន់បានផ្សព្វផ្សាយសោភស្តុតាងរបស់ខ្លួននៅឡើយទេ ដូច្នេះការផ្លាស់ប្ដូរ {count} ដែលមានកំណត់ចំណាំសម្ភាសន៍កំពុងរង់ចាំនៅលើកុំព្យូទ័រយួរដៃនេះ (សក្ខីកម្មមិនដែលចាកចេញដោយមិនបានបិទភ្ជាប់ទេ)។ វានឹងត្រូវផ្ញើនៅពេលទីស្នាក់ការកណ្ដាលបានដំណើរការ &apos;inspector-hq init-keys&apos; ហើយកុំព្យូទ័រយួរដៃនេះបានធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} change with worker document numbers waits on this laptop (a number leaves it only sealed, beside its keyed hash). It goes once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទាន់បានផ្សព្វផ្សាយសោឯកសាររបស់ខ្លួននៅឡើយទេ ដូច្នេះការផ្លាស់ប្ដូរ {count} ដែលមានលេខឯកសាររបស់កម្មករកំពុងរង់ចាំនៅលើកុំព្យូទ័រយួរដៃនេះ (លេខចាកចេញតែពេលបានបិទភ្ជាប់ ជាមួយកូដផ្ទៀងផ្ទាត់ដែលប្រើសោ)។ វានឹងត្រូវផ្ញើនៅពេលកុំព្យូទ័រយួរដៃនេះបានធ្វើសមកាលកម្មជាមួយទីស្នាក់ការកណ្ដាលដែលផ្សព្វផ្សាយសោ។</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} changes with worker document numbers wait on this laptop (a number leaves it only sealed, beside its keyed hash). They go once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទាន់បានផ្សព្វផ្សាយសោឯកសាររបស់ខ្លួននៅឡើយទេ ដូច្នេះការផ្លាស់ប្ដូរ {count} ដែលមានលេខឯកសាររបស់កម្មករកំពុងរង់ចាំនៅលើកុំព្យូទ័រយួរដៃនេះ (លេខចាកចេញតែពេលបានបិទភ្ជាប់ ជាមួយកូដផ្ទៀងផ្ទាត់ដែលប្រើសោ)។ វានឹងត្រូវផ្ញើនៅពេលកុំព្យូទ័រយួរដៃនេះបានធ្វើសមកាលកម្មជាមួយទីស្នាក់ការកណ្ដាលដែលផ្សព្វផ្សាយសោ។</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>ធ្វើសមកាលកម្មឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>វឌ្ឍនភាពនៃសមកាលកម្ម</translation>
    </message>
    <message>
        <source>USB stick (when there is no network)</source>
        <translation>ឧបករណ៍ផ្ទុក USB (ពេលគ្មានបណ្ដាញ)</translation>
    </message>
    <message>
        <source>Write the changes waiting here to a USB stick and take it to HQ; read HQ&apos;s reply from the stick when it comes back. Only HQ can read the bundle, and HQ checks that it comes from this laptop.</source>
        <translation>សរសេរការផ្លាស់ប្ដូរដែលកំពុងរង់ចាំនៅទីនេះទៅឧបករណ៍ផ្ទុក USB ហើយយកវាទៅទីស្នាក់ការកណ្ដាល។ ពេលវាត្រឡប់មកវិញ សូមអានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាលពីវា។ មានតែទីស្នាក់ការកណ្ដាលទេដែលអាចអានឯកសារកញ្ចប់បាន ហើយទីស្នាក់ការកណ្ដាលពិនិត្យថាវាមកពីកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>Write changes to a USB stick…</source>
        <translation>សរសេរការផ្លាស់ប្ដូរទៅឧបករណ៍ផ្ទុក USB…</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply…</source>
        <translation>អានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល…</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ</source>
        <translation>ចុះឈ្មោះកុំព្យូទ័រយួរដៃនេះជាមួយទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>អាសយដ្ឋានទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>លេខកូដប្រើតែម្ដង</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Refused by HQ (kept on this laptop)</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទទួលយក (រក្សាទុកនៅលើកុំព្យូទ័រយួរដៃនេះ)</translation>
    </message>
    <message>
        <source>Kept by HQ for a supervisor to compare</source>
        <translation>ទីស្នាក់ការកណ្ដាលរក្សាទុក ដើម្បីឱ្យប្រធានប្រៀបធៀប</translation>
    </message>
    <message>
        <source>Changes refused by HQ</source>
        <translation>ការផ្លាស់ប្ដូរដែលទីស្នាក់ការកណ្ដាលមិនទទួលយក</translation>
    </message>
    <message>
        <source>Changes in conflict</source>
        <translation>ការផ្លាស់ប្ដូរដែលប៉ះទង្គិចគ្នា</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>This laptop (%1) syncs with %2.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះ (%1) ធ្វើសមកាលកម្មជាមួយ %2។</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Changes are kept safely here until it is.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនទាន់បានចុះឈ្មោះជាមួយទីស្នាក់ការកណ្ដាលនៅឡើយទេ។ ការផ្លាស់ប្ដូរត្រូវបានរក្សាទុកដោយសុវត្ថិភាពនៅទីនេះ រហូតដល់វាបានចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានដកសិទ្ធិចូលប្រើរបស់កុំព្យូទ័រយួរដៃនេះ។ អ្វីៗទាំងអស់នៅលើកុំព្យូទ័រយួរដៃនៅតែត្រូវបានរក្សាទុក។ សូមស្នើឱ្យទីស្នាក់ការកណ្ដាលចុះឈ្មោះវាម្ដងទៀត។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>មានការផ្លាស់ប្ដូរ %Ln កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
            <numerusform>មានការផ្លាស់ប្ដូរ %Ln កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>សមកាលកម្មជោគជ័យចុងក្រោយ៖ %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>មិនធ្លាប់ធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Last successful sync: by USB stick. HQ made the reply on %1; it was read here on %2.</source>
        <translation>សមកាលកម្មជោគជ័យចុងក្រោយ៖ តាមឧបករណ៍ផ្ទុក USB។ ទីស្នាក់ការកណ្ដាលបានធ្វើឯកសារឆ្លើយតបនៅ %1 ហើយវាត្រូវបានអាននៅទីនេះនៅ %2។</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>បញ្ហាចុងក្រោយ៖ %1</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; what was not acknowledged is sent next time.</source>
        <translation>បានបោះបង់សមកាលកម្ម។ គ្មានអ្វីបាត់បង់ទេ។ អ្វីដែលទីស្នាក់ការកណ្ដាលមិនទាន់បញ្ជាក់ថាបានទទួល នឹងត្រូវផ្ញើនៅលើកក្រោយ។</translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>សមកាលកម្មមិនបានបញ្ចប់ទេ៖ %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received, %3 of data.</source>
        <translation>សមកាលកម្មបានបញ្ចប់៖ បានផ្ញើ %1, បានទទួល %2, ទិន្នន័យ %3។</translation>
    </message>
    <message>
        <source>Writing the changes to %1…</source>
        <translation>កំពុងសរសេរការផ្លាស់ប្ដូរទៅ %1…</translation>
    </message>
    <message>
        <source>Reading HQ&apos;s reply %1…</source>
        <translation>កំពុងអានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល %1…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>មិនបានសរសេរឯកសារកញ្ចប់ទេ៖ %1</translation>
    </message>
    <message>
        <source>HQ&apos;s reply was not read: %1</source>
        <translation>មិនបានអានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាលទេ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ&apos;s reply is read: %Ln changes acknowledged.</source>
        <translation>
            <numerusform>បានអានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល៖ ការផ្លាស់ប្ដូរ %Ln ត្រូវបានទទួលស្គាល់។</numerusform>
            <numerusform>បានអានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល៖ ការផ្លាស់ប្ដូរ %Ln ត្រូវបានទទួលស្គាល់។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</source>
        <translation>
            <numerusform>ទីស្នាក់ការកណ្ដាលមិនទទួលយកការផ្លាស់ប្ដូរ %Ln៖ រក្សាទុកនៅលើកុំព្យូទ័រយួរដៃនេះ ហើយបង្ហាញខាងក្រោមជាមួយហេតុផលរបស់ទីស្នាក់ការកណ្ដាល។</numerusform>
            <numerusform>ទីស្នាក់ការកណ្ដាលមិនទទួលយកការផ្លាស់ប្ដូរ %Ln៖ រក្សាទុកនៅលើកុំព្យូទ័រយួរដៃនេះ ហើយបង្ហាញខាងក្រោមជាមួយហេតុផលរបស់ទីស្នាក់ការកណ្ដាល។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes kept by HQ for a supervisor to compare.</source>
        <translation>
            <numerusform>ទីស្នាក់ការកណ្ដាលរក្សាទុកការផ្លាស់ប្ដូរ %Ln ដើម្បីឱ្យប្រធានប្រៀបធៀប។</numerusform>
            <numerusform>ទីស្នាក់ការកណ្ដាលរក្សាទុកការផ្លាស់ប្ដូរ %Ln ដើម្បីឱ្យប្រធានប្រៀបធៀប។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updates from HQ applied.</source>
        <translation>
            <numerusform>បានអនុវត្តបច្ចុប្បន្នភាព %Ln ពីទីស្នាក់ការកណ្ដាល។</numerusform>
            <numerusform>បានអនុវត្តបច្ចុប្បន្នភាព %Ln ពីទីស្នាក់ការកណ្ដាល។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting here until HQ&apos;s reply is read (or the next sync).</source>
        <translation>
            <numerusform>បានសរសេរការផ្លាស់ប្ដូរ %Ln ទៅ %1 ដោយបិទភ្ជាប់ ដើម្បីឱ្យមានតែទីស្នាក់ការកណ្ដាលអាចអានបាន។ ពួកវានៅរង់ចាំនៅទីនេះ រហូតដល់អានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល (ឬសមកាលកម្មលើកក្រោយ)។</numerusform>
            <numerusform>បានសរសេរការផ្លាស់ប្ដូរ %Ln ទៅ %1 ដោយបិទភ្ជាប់ ដើម្បីឱ្យមានតែទីស្នាក់ការកណ្ដាលអាចអានបាន។ ពួកវានៅរង់ចាំនៅទីនេះ រហូតដល់អានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល (ឬសមកាលកម្មលើកក្រោយ)។</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was waiting. The bundle written to %1 asks HQ for its decisions; HQ&apos;s reply brings them.</source>
        <translation>គ្មានការផ្លាស់ប្ដូរកំពុងរង់ចាំទេ។ ឯកសារកញ្ចប់ដែលបានសរសេរទៅ %1 សុំការសម្រេចចិត្តពីទីស្នាក់ការកណ្ដាល ដែលឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាលនឹងនាំមក។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos or documents went with them.</source>
        <translation>
            <numerusform>រូបថត ឬឯកសារ %Ln បានទៅជាមួយពួកវា។</numerusform>
            <numerusform>រូបថត ឬឯកសារ %Ln បានទៅជាមួយពួកវា។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are missing on this laptop; HQ keeps the changes that need them until they arrive.</source>
        <translation>
            <numerusform>ឯកសារ %Ln បាត់នៅលើកុំព្យូទ័រយួរដៃនេះ។ ទីស្នាក់ការកណ្ដាលរក្សាការផ្លាស់ប្ដូរដែលត្រូវការពួកវា រហូតដល់ពួកវាមកដល់។</numerusform>
            <numerusform>ឯកសារ %Ln បាត់នៅលើកុំព្យូទ័រយួរដៃនេះ។ ទីស្នាក់ការកណ្ដាលរក្សាការផ្លាស់ប្ដូរដែលត្រូវការពួកវា រហូតដល់ពួកវាមកដល់។</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the bundle: %1</source>
        <translation>មិនមាននៅក្នុងឯកសារកញ្ចប់ទេ៖ %1</translation>
    </message>
    <message>
        <source>Write changes to a USB stick</source>
        <translation>សរសេរការផ្លាស់ប្ដូរទៅឧបករណ៍ផ្ទុក USB</translation>
    </message>
    <message>
        <source>Bundles for HQ (*.bundle)</source>
        <translation>ឯកសារកញ្ចប់សម្រាប់ទីស្នាក់ការកណ្ដាល (*.bundle)</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply</source>
        <translation>អានឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>HQ&apos;s replies (*.reply *.bundle)</source>
        <translation>ឯកសារឆ្លើយតបរបស់ទីស្នាក់ការកណ្ដាល (*.reply *.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>កំពុងចុះឈ្មោះ…</translation>
    </message>
    <message>
        <source>Enrolled. This laptop now syncs with HQ.</source>
        <translation>បានចុះឈ្មោះរួចហើយ។ ឥឡូវនេះ កុំព្យូទ័រយួរដៃនេះធ្វើសមកាលកម្មជាមួយទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>%1 %2… — %3</source>
        <translation>%1 %2… — %3</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>HQ cannot read this change ({problem}). Update the app on this laptop.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចអានការកែប្រែនេះបានទេ ({problem})។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} holds an invisible NUL character (often pasted from another program). Correct that text and sync again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចរក្សាទុកការកែប្រែនេះបានទេ៖ អត្ថបទក្នុង {field} មានតួអក្សរ NUL ដែលមើលមិនឃើញ (ច្រើនតែជាប់មកពេលបិទភ្ជាប់ពីកម្មវិធីផ្សេង)។ សូមកែអត្ថបទនោះ ហើយធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} is not valid Unicode. Correct that text and sync again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចរក្សាទុកការកែប្រែនេះបានទេ៖ អត្ថបទក្នុង {field} មិនមែនជា Unicode ត្រឹមត្រូវទេ។ សូមកែអត្ថបទនោះ ហើយធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ cannot read this change: the values in {field} are nested more than {limit} levels deep.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចអានការកែប្រែនេះបានទេ៖ តម្លៃក្នុង {field} ត្រួតគ្នាជ្រៅជាង {limit} កម្រិត។</translation>
    </message>
    <message>
        <source>This change is too large for HQ ({size} bytes; at most {limit}). Photos and files travel separately; shorten the text and sync again.</source>
        <translation>ការកែប្រែនេះធំពេកសម្រាប់ទីស្នាក់ការកណ្ដាល ({size} បៃ; យ៉ាងច្រើន {limit})។ រូបថត និងឯកសារត្រូវបានផ្ញើដាច់ដោយឡែក។ សូមកាត់អត្ថបទឱ្យខ្លី ហើយធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ already holds a different change under this change&apos;s number. Was this laptop restored from an old backup? Ask HQ before going on.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានការកែប្រែផ្សេងទៀតក្រោមលេខរបស់ការកែប្រែនេះរួចហើយ។ តើកុំព្យូទ័រយួរដៃនេះត្រូវបានស្ដារពីការបម្រុងទុកចាស់ឬ? សូមសួរទីស្នាក់ការកណ្ដាលមុននឹងបន្ត។</translation>
    </message>
    <message>
        <source>This change was made on another laptop; a laptop may send only its own changes.</source>
        <translation>ការកែប្រែនេះត្រូវបានធ្វើនៅលើកុំព្យូទ័រយួរដៃផ្សេង។ កុំព្យូទ័រយួរដៃនីមួយៗអាចផ្ញើបានតែការកែប្រែរបស់ខ្លួនប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>HQ does not take records of this kind ({entity}) from laptops.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនទទួលកំណត់ត្រាប្រភេទនេះ ({entity}) ពីកុំព្យូទ័រយួរដៃទេ។</translation>
    </message>
    <message>
        <source>The record in this change carries a different id than the change itself.</source>
        <translation>កំណត់ត្រាក្នុងការកែប្រែនេះមានលេខសម្គាល់ខុសពីការកែប្រែខ្លួនឯង។</translation>
    </message>
    <message>
        <source>Revision {rev} of this record cannot follow revision {base_rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>កំណែ {rev} នៃកំណត់ត្រានេះមិនអាចបន្តពីកំណែ {base_rev} បានទេ។ ប្រវត្តិរបស់វានៅលើកុំព្យូទ័រយួរដៃនេះខូច។ សូមសួរទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>The record says revision {fields_rev}, the change says {rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>កំណត់ត្រានិយាយថាកំណែ {fields_rev} ប៉ុន្តែការកែប្រែនិយាយថា {rev}។ ប្រវត្តិរបស់វានៅលើកុំព្យូទ័រយួរដៃនេះខូច។ សូមសួរទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>The record names its inspection in a form HQ cannot read.</source>
        <translation>កំណត់ត្រាបញ្ជាក់អធិការកិច្ចរបស់វាក្នុងទម្រង់ដែលទីស្នាក់ការកណ្ដាលមិនអាចអានបាន។</translation>
    </message>
    <message>
        <source>This change carries interview testimony unsealed ({fields}); HQ takes testimony only sealed. Update the app on this laptop.</source>
        <translation>ការកែប្រែនេះមានសក្ខីកម្មសម្ភាសន៍ដែលមិនទាន់បិទត្រា ({fields})។ ទីស្នាក់ការកណ្ដាលទទួលតែសក្ខីកម្មដែលបិទត្រារួច។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>This change is sealed to evidence key {key_id}, which this HQ does not hold. Was the laptop enrolled with another HQ?</source>
        <translation>ការកែប្រែនេះត្រូវបានបិទត្រាដោយសោភស្តុតាង {key_id} ដែលទីស្នាក់ការកណ្ដាលនេះមិនមាន។ តើកុំព្យូទ័រយួរដៃត្រូវបានចុះឈ្មោះជាមួយទីស្នាក់ការកណ្ដាលផ្សេងឬ?</translation>
    </message>
    <message>
        <source>A worker document must travel with its number&apos;s keyed hash; update the app on this laptop.</source>
        <translation>ឯកសាររបស់កម្មករត្រូវផ្ញើជាមួយហាសមានសោនៃលេខរបស់វា។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>The keyed hash of a worker document&apos;s number is damaged; HQ cannot check it.</source>
        <translation>ហាសមានសោនៃលេខឯកសាររបស់កម្មករខូច។ ទីស្នាក់ការកណ្ដាលមិនអាចពិនិត្យវាបានទេ។</translation>
    </message>
    <message>
        <source>A worker document&apos;s number was hashed with key {key_id}, which this HQ did not issue. Was the laptop enrolled with another HQ?</source>
        <translation>លេខឯកសាររបស់កម្មករត្រូវបានធ្វើហាសដោយសោ {key_id} ដែលទីស្នាក់ការកណ្ដាលនេះមិនបានចេញ។ តើកុំព្យូទ័រយួរដៃត្រូវបានចុះឈ្មោះជាមួយទីស្នាក់ការកណ្ដាលផ្សេងឬ?</translation>
    </message>
    <message>
        <source>Waits for an earlier change of the same record ({op_id}); it is sent after that one.</source>
        <translation>កំពុងរង់ចាំការកែប្រែមុននៃកំណត់ត្រាដដែល ({op_id})។ វានឹងត្រូវផ្ញើបន្ទាប់ពីនោះ។</translation>
    </message>
    <message>
        <source>HQ already holds another kind of record with this id.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានកំណត់ត្រាប្រភេទផ្សេងដែលប្រើលេខសម្គាល់នេះរួចហើយ។</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} belongs to another laptop (the one that created it, or the one HQ reassigned it to). HQ takes changes to it only from that laptop.</source>
        <translation>អធិការកិច្ច {inspection_id} ជារបស់កុំព្យូទ័រយួរដៃផ្សេង (ម៉ាស៊ីនដែលបានបង្កើតវា ឬម៉ាស៊ីនដែលទីស្នាក់ការកណ្ដាលបានផ្ទេរឱ្យ)។ ទីស្នាក់ការកណ្ដាលទទួលការកែប្រែលើវាតែពីកុំព្យូទ័រយួរដៃនោះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The inspection&apos;s reference number is not text.</source>
        <translation>លេខយោងរបស់អធិការកិច្ចមិនមែនជាអត្ថបទទេ។</translation>
    </message>
    <message>
        <source>An inspection&apos;s reference number may hold at most {limit} characters.</source>
        <translation>លេខយោងរបស់អធិការកិច្ចអាចមានយ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>HQ already holds another inspection with reference {reference}. References are unique: give this inspection a reference of its own.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានអធិការកិច្ចផ្សេងដែលមានលេខយោង {reference} រួចហើយ។ លេខយោងមិនអាចស្ទួនគ្នាបានទេ៖ សូមផ្ដល់លេខយោងផ្ទាល់ខ្លួនដល់អធិការកិច្ចនេះ។</translation>
    </message>
    <message>
        <source>This {entity} does not say which inspection it belongs to.</source>
        <translation>{entity} នេះមិនបានបញ្ជាក់ថាជារបស់អធិការកិច្ចណាទេ។</translation>
    </message>
    <message>
        <source>This {entity} belongs to another inspection at HQ; a record cannot move to another inspection.</source>
        <translation>{entity} នេះជារបស់អធិការកិច្ចផ្សេងនៅទីស្នាក់ការកណ្ដាល។ កំណត់ត្រាមិនអាចផ្លាស់ទៅអធិការកិច្ចផ្សេងបានទេ។</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} is not at HQ yet; this {entity} is sent after it.</source>
        <translation>អធិការកិច្ច {inspection_id} មិនទាន់នៅទីស្នាក់ការកណ្ដាលនៅឡើយទេ។ {entity} នេះនឹងត្រូវផ្ញើបន្ទាប់ពីវា។</translation>
    </message>
    <message>
        <source>The field {field} must hold ids of records of this kind: {target_entity}.</source>
        <translation>វាល {field} ត្រូវមានលេខសម្គាល់នៃកំណត់ត្រាប្រភេទនេះ៖ {target_entity}។</translation>
    </message>
    <message>
        <source>The {target_entity} {target_id} this change points at is not at HQ yet; the change is sent after it.</source>
        <translation>{target_entity} {target_id} ដែលការកែប្រែនេះចង្អុលទៅ មិនទាន់នៅទីស្នាក់ការកណ្ដាលទេ។ ការកែប្រែនឹងត្រូវផ្ញើបន្ទាប់ពីវា។</translation>
    </message>
    <message>
        <source>The inspection this record names is not an inspection at HQ but a record of another kind ({entity}).</source>
        <translation>អធិការកិច្ចដែលកំណត់ត្រានេះបញ្ជាក់ មិនមែនជាអធិការកិច្ចនៅទីស្នាក់ការកណ្ដាលទេ ប៉ុន្តែជាកំណត់ត្រាប្រភេទផ្សេង ({entity})។</translation>
    </message>
    <message>
        <source>Record {target_id} ({target_entity}) is not part of inspection {inspection_id}; a record may point only at records of its own inspection.</source>
        <translation>កំណត់ត្រា {target_id} ({target_entity}) មិនមែនជាផ្នែកនៃអធិការកិច្ច {inspection_id} ទេ។ កំណត់ត្រាអាចចង្អុលបានតែទៅកំណត់ត្រានៃអធិការកិច្ចរបស់ខ្លួនប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>This {entity} must name the record it checks ({target_entity}) and that record&apos;s inspection.</source>
        <translation>{entity} នេះត្រូវបញ្ជាក់កំណត់ត្រាដែលវាពិនិត្យ ({target_entity}) និងអធិការកិច្ចនៃកំណត់ត្រានោះ។</translation>
    </message>
    <message>
        <source>This {entity} must check a record ({target_entity}) of an earlier inspection, not one of its own.</source>
        <translation>{entity} នេះត្រូវពិនិត្យកំណត់ត្រា ({target_entity}) នៃអធិការកិច្ចមុន មិនមែនរបស់អធិការកិច្ចខ្លួនឯងទេ។</translation>
    </message>
    <message>
        <source>A file of this change is not uploaded yet; the change is sent after it.</source>
        <translation>ឯកសារមួយនៃការកែប្រែនេះមិនទាន់បានផ្ទុកឡើងទេ។ ការកែប្រែនឹងត្រូវផ្ញើបន្ទាប់ពីវា។</translation>
    </message>
    <message>
        <source>Kept for a supervisor: this {entity} was created by another laptop, so HQ keeps this change beside it as a proposal. A supervisor decides.</source>
        <translation>រក្សាទុកសម្រាប់អ្នកត្រួតពិនិត្យ៖ {entity} នេះត្រូវបានបង្កើតដោយកុំព្យូទ័រយួរដៃផ្សេង ដូច្នេះទីស្នាក់ការកណ្ដាលរក្សាការកែប្រែនេះទុកក្បែរវាជាសំណើ។ អ្នកត្រួតពិនិត្យជាអ្នកសម្រេច។</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record; this change was made on revision {base_rev}. Both versions are kept and a supervisor compares them.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានកំណែ {hq_rev} នៃកំណត់ត្រានេះ ប៉ុន្តែការកែប្រែនេះធ្វើលើកំណែ {base_rev}។ កំណែទាំងពីរត្រូវបានរក្សាទុក ហើយអ្នកត្រួតពិនិត្យនឹងប្រៀបធៀប។</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record, written by a supervisor&apos;s decision this change was not made on. Both versions are kept and a supervisor compares them.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានកំណែ {hq_rev} នៃកំណត់ត្រានេះ ដែលសរសេរដោយការសម្រេចរបស់អ្នកត្រួតពិនិត្យ ដែលការកែប្រែនេះមិនបានធ្វើលើវា។ កំណែទាំងពីរត្រូវបានរក្សាទុក ហើយអ្នកត្រួតពិនិត្យនឹងប្រៀបធៀប។</translation>
    </message>
    <message>
        <source>HQ refused this change: {text}</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានបដិសេធការកែប្រែនេះ៖ {text}</translation>
    </message>
    <message>
        <source>HQ refused this change.</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានបដិសេធការកែប្រែនេះ។</translation>
    </message>
    <message>
        <source>HQ kept this change for a supervisor: {text}</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានរក្សាការកែប្រែនេះទុកសម្រាប់អ្នកត្រួតពិនិត្យ៖ {text}</translation>
    </message>
    <message>
        <source>HQ takes this change later: {text}</source>
        <translation>ទីស្នាក់ការកណ្ដាលនឹងទទួលការកែប្រែនេះពេលក្រោយ៖ {text}</translation>
    </message>
    <message>
        <source>HQ cannot read this laptop&apos;s key; the data store may be damaged. Ask HQ.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចអានសោរបស់កុំព្យូទ័រយួរដៃនេះបានទេ។ ឃ្លាំងទិន្នន័យអាចខូច។ សូមសួរទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>HQ needs this laptop&apos;s signature over its challenge to enrol it again; update the app.</source>
        <translation>ទីស្នាក់ការកណ្ដាលត្រូវការហត្ថលេខារបស់កុំព្យូទ័រយួរដៃនេះលើការប្រកួតប្រជែងរបស់វា ដើម្បីចុះឈ្មោះម្ដងទៀត។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។</translation>
    </message>
    <message>
        <source>HQ&apos;s enrolment challenge expired or was already used; enrol again.</source>
        <translation>ការប្រកួតប្រជែងចុះឈ្មោះរបស់ទីស្នាក់ការកណ្ដាលផុតកំណត់ ឬត្រូវបានប្រើរួចហើយ។ សូមចុះឈ្មោះម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ could not confirm that this is the laptop it enrolled under this id (the signature does not match). Nothing changed; ask HQ.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចបញ្ជាក់ថានេះជាកុំព្យូទ័រយួរដៃដែលបានចុះឈ្មោះក្រោមលេខសម្គាល់នេះទេ (ហត្ថលេខាមិនត្រូវគ្នា)។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។ សូមសួរទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {protocol}; update the app on this laptop.</source>
        <translation>ទីស្នាក់ការកណ្ដាលប្រើពិធីការសមកាលកម្ម {protocol}។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>HQ says this request belongs to another laptop; enrol this laptop again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលនិយាយថាសំណើនេះជារបស់កុំព្យូទ័រយួរដៃផ្សេង។ សូមចុះឈ្មោះកុំព្យូទ័រយួរដៃនេះម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ has no upload of this file from this laptop; it is started again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលគ្មានការផ្ទុកឡើងឯកសារនេះពីកុំព្យូទ័រយួរដៃនេះទេ។ វានឹងត្រូវចាប់ផ្ដើមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This file was announced to HQ before with another size; it cannot be uploaded under the same fingerprint.</source>
        <translation>ឯកសារនេះធ្លាប់ត្រូវបានប្រកាសទៅទីស្នាក់ការកណ្ដាលដោយទំហំផ្សេង។ វាមិនអាចផ្ទុកឡើងក្រោមស្នាមម្រាមដៃដដែលបានទេ។</translation>
    </message>
    <message>
        <source>HQ received an empty piece of a file; sync again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានទទួលផ្នែកទទេនៃឯកសារមួយ។ សូមធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A piece of a file is larger than HQ takes (at most {limit} bytes); update the app.</source>
        <translation>ផ្នែកមួយនៃឯកសារធំជាងអ្វីដែលទីស្នាក់ការកណ្ដាលទទួល (យ៉ាងច្រើន {limit} បៃ)។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។</translation>
    </message>
    <message>
        <source>A piece of a file was damaged on the way to HQ; sync again.</source>
        <translation>ផ្នែកមួយនៃឯកសារបានខូចតាមផ្លូវទៅទីស្នាក់ការកណ្ដាល។ សូមធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ holds another part of this file than expected; sync again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានផ្នែកផ្សេងនៃឯកសារនេះខុសពីការរំពឹងទុក។ សូមធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A piece of a file goes past the file&apos;s size; sync again.</source>
        <translation>ផ្នែកមួយនៃឯកសារលើសទំហំឯកសារ។ សូមធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A file arrived at HQ damaged and was discarded; sync again to upload it again.</source>
        <translation>ឯកសារមួយបានមកដល់ទីស្នាក់ការកណ្ដាលដោយខូច ហើយត្រូវបានបោះចោល។ សូមធ្វើសមកាលកម្មម្ដងទៀតដើម្បីផ្ទុកវាឡើងម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This request is too large for HQ (at most {limit} bytes).</source>
        <translation>សំណើនេះធំពេកសម្រាប់ទីស្នាក់ការកណ្ដាល (យ៉ាងច្រើន {limit} បៃ)។</translation>
    </message>
    <message>
        <source>HQ could not unpack this request (damaged on the way); sync again.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចពន្លាសំណើនេះបានទេ (ខូចតាមផ្លូវ)។ សូមធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>HQ could not accept this request ({detail}). Update the app on this laptop.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនអាចទទួលសំណើនេះបានទេ ({detail})។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>HQ&apos;s disk is full; nothing was lost. Sync again after HQ has made room.</source>
        <translation>ថាសរបស់ទីស្នាក់ការកណ្ដាលពេញ។ គ្មានអ្វីបាត់បង់ទេ។ សូមធ្វើសមកាលកម្មម្ដងទៀត បន្ទាប់ពីទីស្នាក់ការកណ្ដាលបានបង្កើតទំហំទំនេរ។</translation>
    </message>
    <message>
        <source>Too many failed attempts; HQ refuses for a while. Try again later.</source>
        <translation>ការព្យាយាមបរាជ័យច្រើនពេក។ ទីស្នាក់ការកណ្ដាលបដិសេធមួយរយៈ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Team and language coordinator</source>
        <translation>ក្រុម និងអ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>Who is inspecting, and who interprets for the workers?</source>
        <translation>តើនរណាជាអ្នកត្រួតពិនិត្យ ហើយនរណាបកប្រែឱ្យកម្មករ?</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>ក្រុមអធិការកិច្ច</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>អ្នកសម្របសម្រួលភាសា</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>អធិការការងារ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language coordinators</source>
        <translation>អ្នកសម្របសម្រួលភាសា(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (lead inspector)</source>
        <translation>%1 (ប្រធានក្រុមអធិការ)</translation>
    </message>
    <message>
        <source>Has not declared that they have no tie to the employer or a broker.</source>
        <translation>មិនទាន់បានប្រកាសថាគ្មានទំនាក់ទំនងជាមួយនិយោជក ឬមេខ្យល់។</translation>
    </message>
    <message>
        <source>Interpreter gender requested by a worker</source>
        <translation>ភេទអ្នកបកប្រែដែលកម្មករស្នើសុំ</translation>
    </message>
    <message>
        <source>No worker has asked for an interpreter of a particular gender</source>
        <translation>គ្មានកម្មករណាស្នើសុំអ្នកបកប្រែភេទណាមួយជាពិសេសទេ</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter</source>
        <translation>កម្មករស្នើសុំអ្នកបកប្រែជាស្ត្រី</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter</source>
        <translation>កម្មករស្នើសុំអ្នកបកប្រែជាបុរស</translation>
    </message>
    <message>
        <source>Interpreter &amp;request</source>
        <translation>សំណើអំពីអ្នកបកប្រែ (&amp;R)</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter, but none of the chosen language coordinators is recorded as female.</source>
        <translation>កម្មករស្នើសុំអ្នកបកប្រែជាស្ត្រី ប៉ុន្តែគ្មានអ្នកសម្របសម្រួលភាសាដែលបានជ្រើសណាម្នាក់ត្រូវបានកត់ត្រាថាជាស្ត្រីទេ។</translation>
    </message>
    <message>
        <source>Female coordinators you could add: %1.</source>
        <translation>អ្នកសម្របសម្រួលជាស្ត្រីដែលអាចបន្ថែមបាន៖ %1។</translation>
    </message>
    <message>
        <source>No female coordinator is recorded on this laptop.</source>
        <translation>គ្មានអ្នកសម្របសម្រួលជាស្ត្រីត្រូវបានកត់ត្រាក្នុងកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter, but none of the chosen language coordinators is recorded as male.</source>
        <translation>កម្មករស្នើសុំអ្នកបកប្រែជាបុរស ប៉ុន្តែគ្មានអ្នកសម្របសម្រួលភាសាដែលបានជ្រើសណាម្នាក់ត្រូវបានកត់ត្រាថាជាបុរសទេ។</translation>
    </message>
    <message>
        <source>Male coordinators you could add: %1.</source>
        <translation>អ្នកសម្របសម្រួលជាបុរសដែលអាចបន្ថែមបាន៖ %1។</translation>
    </message>
    <message>
        <source>No male coordinator is recorded on this laptop.</source>
        <translation>គ្មានអ្នកសម្របសម្រួលជាបុរសត្រូវបានកត់ត្រាក្នុងកុំព្យូទ័រនេះទេ។</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <source>No term matches this search.</source>
        <translation>គ្មានពាក្យដែលត្រូវនឹងការស្វែងរកនេះទេ។</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>ពាក្យផ្សេងទៀត៖ %1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <source>No statutory definition</source>
        <translation>គ្មាននិយមន័យក្នុងច្បាប់</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>years</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>THB/day</source>
        <translation>បាត/ថ្ងៃ</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Field Inspector</source>
        <translation>ដោះសោ Field Inspector</translation>
    </message>
    <message>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>អ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ពាក្យសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>កំពុងដោះសោ…</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Corrected</source>
        <translation>បានកែតម្រូវ</translation>
    </message>
    <message>
        <source>Partly corrected</source>
        <translation>បានកែតម្រូវមួយផ្នែក</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>មិនទាន់កែតម្រូវ</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
    <message>
        <source>%1 — follow-up visit %2 on %3</source>
        <translation>%1 — ការចុះតាមដាន %2 នៅ %3</translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message>
        <source>What you found</source>
        <translation>អ្វីដែលអ្នករកឃើញ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>What you saw, were shown or were told (e.g. passports back with the workers; pay slips for November)</source>
        <translation>អ្វីដែលអ្នកបានឃើញ ត្រូវបានបង្ហាញ ឬត្រូវបានប្រាប់ (ឧ. លិខិតឆ្លងដែនបានប្រគល់ជូនកម្មករវិញ បង្កាន់ដៃប្រាក់ខែខែវិច្ឆិកា)</translation>
    </message>
    <message>
        <source>Evidence, in words</source>
        <translation>ភស្តុតាង ជាពាក្យ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <source>Photos and documents of this visit; ticked ones are evidence</source>
        <translation>រូបថត និងឯកសារនៃការចុះត្រួតពិនិត្យនេះ៖ អ្វីដែលបានធីកគឺជាភស្តុតាង</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>បន្ថែមរូបថត…</translation>
    </message>
    <message>
        <source>Tick the photos and documents that show it. Photos added here are kept with this visit&apos;s attachments.</source>
        <translation>ធីករូបថត និងឯកសារដែលបង្ហាញវា។ រូបថតដែលបានបន្ថែមនៅទីនេះត្រូវបានរក្សាទុកជាមួយឯកសារភ្ជាប់នៃការចុះត្រួតពិនិត្យនេះ។</translation>
    </message>
    <message>
        <source>Findings to verify</source>
        <translation>ការរកឃើញដែលត្រូវផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>This follow-up visit is approved: what it verified can no longer change.</source>
        <translation>ការចុះតាមដាននេះត្រូវបានអនុម័តហើយ៖ អ្វីដែលវាបានផ្ទៀងផ្ទាត់មិនអាចផ្លាស់ប្តូរបានទៀតទេ។</translation>
    </message>
    <message numerus="yes">
        <source>This follow-up visit checks the %n findings still open after visit %1 (%2). Record what you found for each. The earlier inspection stays exactly as it was signed: each finding takes its new status once this visit is signed.</source>
        <translation>
            <numerusform>ការចុះតាមដាននេះពិនិត្យការរកឃើញ %n ដែលនៅតែមិនទាន់ដោះស្រាយបន្ទាប់ពីការចុះត្រួតពិនិត្យ %1 (%2)។ កត់ត្រាអ្វីដែលអ្នករកឃើញសម្រាប់នីមួយៗ។ អធិការកិច្ចមុននៅដដែលដូចដែលបានចុះហត្ថលេខា៖ ការរកឃើញនីមួយៗទទួលបានស្ថានភាពថ្មីនៅពេលការចុះត្រួតពិនិត្យនេះត្រូវបានចុះហត្ថលេខា។</numerusform>
            <numerusform>ការចុះតាមដាននេះពិនិត្យការរកឃើញ %n ដែលនៅតែមិនទាន់ដោះស្រាយបន្ទាប់ពីការចុះត្រួតពិនិត្យ %1 (%2)។ កត់ត្រាអ្វីដែលអ្នករកឃើញសម្រាប់នីមួយៗ។ អធិការកិច្ចមុននៅដដែលដូចដែលបានចុះហត្ថលេខា៖ ការរកឃើញនីមួយៗទទួលបានស្ថានភាពថ្មីនៅពេលការចុះត្រួតពិនិត្យនេះត្រូវបានចុះហត្ថលេខា។</numerusform>
        </translation>
    </message>
    <message>
        <source>Found at visit %1</source>
        <translation>រកឃើញនៅការចុះត្រួតពិនិត្យ %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>ថ្ងៃផុតកំណត់ %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>ចំណុចបញ្ជីត្រួតពិនិត្យ %1</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>បន្ថែមរូបថត ឬឯកសារ</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>រូបថត និងឯកសារ (*.jpg *.jpeg *.png *.pdf *.heic);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>Visit</source>
        <translation>ការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>What kind of visit is this, and when?</source>
        <translation>តើនេះជាការចុះត្រួតពិនិត្យប្រភេទណា ហើយនៅពេលណា?</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Keep the &amp;complaint source confidential</source>
        <translation>រក្សាប្រភពពាក្យបណ្ដឹងជាការសម្ងាត់(&amp;C)</translation>
    </message>
    <message>
        <source>Complaint source confidential</source>
        <translation>ប្រភពពាក្យបណ្ដឹងជាការសម្ងាត់</translation>
    </message>
    <message>
        <source>The source is never named in the employer&apos;s notice (ILO C81 art. 15).</source>
        <translation>ប្រភពមិនត្រូវបានបញ្ចេញឈ្មោះក្នុងលិខិតជូនដំណឹងទៅនិយោជកឡើយ (ILO C81 មាត្រា 15)។</translation>
    </message>
    <message>
        <source>Follow-up of inspection</source>
        <translation>ការតាមដាននៃអធិការកិច្ច</translation>
    </message>
    <message>
        <source>&amp;Follow-up of</source>
        <translation>ជាការតាមដាននៃ(&amp;F)</translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation>ប្រភេទនៃការចុះត្រួតពិនិត្យ(&amp;T)</translation>
    </message>
    <message>
        <source>Visit &amp;date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ(&amp;D)</translation>
    </message>
    <message>
        <source>another laptop&apos;s, from HQ</source>
        <translation>របស់កុំព្យូទ័រយួរដៃផ្សេង ពីការិយាល័យកណ្តាល</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>ការរកឃើញមិនទាន់ដោះស្រាយ %n</numerusform>
            <numerusform>ការរកឃើញមិនទាន់ដោះស្រាយ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This establishment has no earlier visit, on this laptop or from HQ, so there is nothing to link; the visit is recorded without one.</source>
        <translation>សហគ្រាសនេះគ្មានការចុះពីមុនទេ ទាំងនៅលើកុំព្យូទ័រនេះ ឬពីការិយាល័យកណ្តាល ដូច្នេះគ្មានអ្វីត្រូវភ្ជាប់ទេ៖ ការចុះនេះត្រូវបានកត់ត្រាដោយគ្មានការភ្ជាប់។</translation>
    </message>
    <message numerus="yes">
        <source>The %n open findings of that visit come with this one, to verify on site: corrected, partly or not corrected.</source>
        <translation>
            <numerusform>ការរកឃើញមិនទាន់ដោះស្រាយ %n នៃការចុះនោះ មកជាមួយការចុះនេះ ដើម្បីផ្ទៀងផ្ទាត់នៅនឹងកន្លែង៖ បានកែតម្រូវ កែតម្រូវមួយផ្នែក ឬមិនទាន់កែតម្រូវ។</numerusform>
            <numerusform>ការរកឃើញមិនទាន់ដោះស្រាយ %n នៃការចុះនោះ មកជាមួយការចុះនេះ ដើម្បីផ្ទៀងផ្ទាត់នៅនឹងកន្លែង៖ បានកែតម្រូវ កែតម្រូវមួយផ្នែក ឬមិនទាន់កែតម្រូវ។</numerusform>
        </translation>
    </message>
    <message>
        <source>That visit has no open finding left to verify; this visit is linked to it.</source>
        <translation>ការចុះនោះគ្មានការរកឃើញមិនទាន់ដោះស្រាយសល់ដើម្បីផ្ទៀងផ្ទាត់ទេ៖ ការចុះនេះត្រូវបានភ្ជាប់ទៅវា។</translation>
    </message>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Choose the inspection this visit follows up.</source>
        <translation>សូមជ្រើសរើសអធិការកិច្ចដែលការចុះត្រួតពិនិត្យនេះតាមដាន។</translation>
    </message>
</context>
<context>
    <name>VisitType</name>
    <message>
        <source>Routine</source>
        <translation>ទៀងទាត់</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>តាមដាន</translation>
    </message>
    <message>
        <source>PIPO</source>
        <translation>PIPO</translation>
    </message>
    <message>
        <source>Special operation</source>
        <translation>ប្រតិបត្តិការពិសេស</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ប្រភេទនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>កត់ត្រានៅលើ</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>ការរកឃើញ %n</numerusform>
            <numerusform>ការរកឃើញ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>មិនទាន់ដោះស្រាយ %n</numerusform>
            <numerusform>មិនទាន់ដោះស្រាយ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n S1</source>
        <translation>
            <numerusform>S1 %n</numerusform>
            <numerusform>S1 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified %n earlier findings</source>
        <translation>
            <numerusform>បានផ្ទៀងផ្ទាត់ការរកឃើញមុន %n</numerusform>
            <numerusform>បានផ្ទៀងផ្ទាត់ការរកឃើញមុន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation>បានតាមដានដោយ %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>គ្រោងសម្រាប់ %1</translation>
    </message>
</context>
<context>
    <name>WorkforceModel</name>
    <message>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <source>Nationality mix</source>
        <translation>សមាមាត្រសញ្ជាតិ</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Due</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>ហួសកំណត់ឬទេ?</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>អ្វីដែលដល់កំណត់</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>ការចុះត្រួតពិនិត្យមុន</translation>
    </message>
    <message numerus="yes">
        <source>Planned follow-up visit (%n open findings)</source>
        <translation>
            <numerusform>ការចុះតាមដានដែលបានគ្រោងទុក (ការរកឃើញមិនទាន់ដោះស្រាយ %n)</numerusform>
            <numerusform>ការចុះតាមដានដែលបានគ្រោងទុក (ការរកឃើញមិនទាន់ដោះស្រាយ %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ការរកឃើញ</translation>
    </message>
</context>
<context>
    <name>ZawgyiWatcher</name>
    <message>
        <source>This Burmese text is in the old Zawgyi encoding. It is converted to Unicode when saved.</source>
        <translation>អត្ថបទភាសាភូមានេះប្រើការអ៊ិនកូដ Zawgyi ចាស់។ វានឹងត្រូវបានបំប្លែងទៅជា Unicode នៅពេលរក្សាទុក។</translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode.</source>
        <translation>បានបំប្លែងពី Zawgyi ទៅជា Unicode។</translation>
    </message>
</context>
</TS>
