<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>Answer</name>
    <message>
        <source>Compliant</source>
        <translation>လိုက်နာသည်</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>မလိုက်နာသည်</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>မသက်ဆိုင်</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>မစစ်ဆေးရသေး</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({0}). Your saved work is safe. Details were written to {1}.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားပါသည် ({0})။ သိမ်းဆည်းပြီးသော အလုပ်များ ဘေးကင်းပါသည်။ အသေးစိတ်ကို {1} တွင် ရေးမှတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Demo data: user “{0}”, passphrase “{1}”.</source>
        <translation>နမူနာ ဒေတာ: အသုံးပြုသူ “{0}”၊ စကားဝှက် “{1}”။</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>The file is empty.</source>
        <translation>ဖိုင်သည် ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB.</source>
        <translation>ဖိုင်သည် {size} MB ထက် ကြီးနေသည်။</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation>ဓာတ်ပုံ သို့မဟုတ် စာရွက်စာတမ်း ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Drop files here, or use the button. Large photos are made smaller.</source>
        <translation>ဖိုင်များကို ဤနေရာသို့ ဆွဲထည့်ပါ သို့မဟုတ် ခလုတ်ကို သုံးပါ။ ဓာတ်ပုံ အကြီးများကို အရွယ်အစား သေးအောင် ပြုလုပ်ပေးပါမည်။</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>စာတန်း</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>အထောက်အထားဖြစ်သည့် တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Evidence for finding</source>
        <translation>တွေ့ရှိချက်အတွက် အထောက်အထား</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ပူးတွဲဖိုင်များ</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>ဓာတ်ပုံ သို့မဟုတ် စာရွက်စာတမ်း ထည့်ရန်</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>ဓာတ်ပုံနှင့် စာရွက်စာတမ်းများ (*.jpg *.jpeg *.png *.pdf *.heic);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ကို ဖတ်၍ မရနိုင်ပါ: %2</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>The disk is full: {folder} has no room for the bundle. Free some space there or use another USB stick, then write it again. Nothing was lost: the changes still wait on this laptop.</source>
        <translation>ဒစ်ခ် ပြည့်နေသည်: {folder} တွင် ဒေတာအထုပ်ဖိုင်အတွက် နေရာ မလောက်ပါ။ ထိုနေရာတွင် နေရာလွတ် ဖယ်ရှားပေးပါ သို့မဟုတ် အခြား USB ဒရိုက်ကို သုံးပြီး ထပ်ရေးပါ။ ဘာမှ မပျောက်ပါ: ပြောင်းလဲမှုများသည် ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ before making a bundle: HQ only takes bundles from laptops it knows, to check their signature.</source>
        <translation>ဒေတာအထုပ်ဖိုင် မပြုလုပ်မီ ဤလက်ပ်တော့ကို ဌာနချုပ်တွင် စာရင်းသွင်းပါ: ဌာနချုပ်သည် လက်မှတ်ကို စစ်ဆေးနိုင်ရန် ၎င်းသိသော လက်ပ်တော့များထံမှသာ ဒေတာအထုပ်ဖိုင်များကို လက်ခံသည်။</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ, so no reply from HQ can be for it. Enrol it first (on the Sync page, with a one-time code from HQ).</source>
        <translation>ဤလက်ပ်တော့ကို ဌာနချုပ်တွင် စာရင်းမသွင်းရသေးသဖြင့် ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင် မည်သည့်ဖိုင်မျှ ၎င်းအတွက် မဖြစ်နိုင်ပါ။ ဦးစွာ စာရင်းသွင်းပါ (ထပ်တူပြုရန် စာမျက်နှာတွင်၊ ဌာနချုပ်မှ တစ်ကြိမ်သုံး ကုဒ်ဖြင့်)။</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s transport key, which keeps a bundle unreadable to anyone but HQ: enrol it again with a new code from HQ (nothing on the laptop is lost).</source>
        <translation>ဤလက်ပ်တော့သည် ဌာနချုပ်မှလွဲ၍ မည်သူမျှ ဒေတာအထုပ်ဖိုင်ကို မဖတ်နိုင်စေရန် ကာကွယ်ပေးသော ဌာနချုပ်၏ ပို့ဆောင်ရေးသော့ကို မသိပါ: ဌာနချုပ်မှ ကုဒ်အသစ်ဖြင့် ထပ်မံ စာရင်းသွင်းပါ (လက်ပ်တော့ပေါ်ရှိ ဘာမှ မပျောက်ပါ)။</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} သည် ဖိုင်တွဲ ဖြစ်သည်။ ဒေတာအထုပ်ဖိုင်အတွက် ဖိုင်အမည် ပေးပါ။</translation>
    </message>
    <message>
        <source>Folder {folder} does not exist: is the USB stick plugged in? Nothing was written.</source>
        <translation>ဖိုင်တွဲ {folder} မရှိပါ: USB ဒရိုက်ကို တပ်ထားပါသလား။ ဘာမှ မရေးရသေးပါ။</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: the USB stick is read-only (look for a lock switch on its side) or this app may not write there. Nothing was written; the changes still wait on this laptop.</source>
        <translation>{folder} သို့ မရေးနိုင်ပါ: USB ဒရိုက်သည် ဖတ်ရန်သာ ဖြစ်နေသည် (၎င်း၏ ဘေးရှိ သော့ခလုတ်ကို ကြည့်ပါ) သို့မဟုတ် ဤအက်ပ်ကို ထိုနေရာတွင် ရေးခွင့်မပြုပါ။ ဘာမှ မရေးရသေးပါ။ ပြောင်းလဲမှုများသည် ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>writing the bundle to {path}</source>
        <translation>ဒေတာအထုပ်ဖိုင်ကို {path} သို့ ရေးခြင်း</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s key; enrol it again to import HQ&apos;s replies.</source>
        <translation>ဤလက်ပ်တော့သည် ဌာနချုပ်၏ သော့ကို မသိပါ။ ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်များကို တင်သွင်းရန် ထပ်မံ စာရင်းသွင်းပါ။</translation>
    </message>
    <message>
        <source>This reply is for another laptop; nothing was imported. Read the reply made for this laptop&apos;s own bundle.</source>
        <translation>ဤအကြောင်းပြန်ဖိုင်သည် အခြားလက်ပ်တော့အတွက် ဖြစ်သည်။ ဘာမှ မတင်သွင်းရပါ။ ဤလက်ပ်တော့၏ ကိုယ်ပိုင် ဒေတာအထုပ်ဖိုင်အတွက် ပြုလုပ်ထားသော အကြောင်းပြန်ဖိုင်ကို ဖတ်ပါ။</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>ဌာနချုပ်</translation>
    </message>
    <message>
        <source>The reply bundle holds entries this app cannot read; nothing was imported.</source>
        <translation>အကြောင်းပြန်ဖိုင်တွင် ဤအက်ပ် မဖတ်နိုင်သော အချက်များ ပါဝင်သည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is truncated (only {size} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} သည် မပြည့်စုံပါ ({size} ဘိုက်သာ ရှိသည်)။ ထပ်မံ ကူးယူပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is damaged (its header is unreadable); nothing was imported.</source>
        <translation>{name} ပျက်စီးနေသည် (၎င်း၏ ခေါင်းစီးကို မဖတ်နိုင်ပါ)။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); nothing was imported.</source>
        <translation>{name} ပျက်စီးနေသည် ({problem})။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is a bundle in the old, unencrypted format (version 1); export it again with this version of the app. Nothing was imported.</source>
        <translation>{name} သည် စာဝှက်မထားသော ပုံစံဟောင်း (ဗားရှင်း 1) ဒေတာအထုပ်ဖိုင် ဖြစ်သည်။ ဤအက်ပ်ဗားရှင်းဖြင့် ထပ်မံ ထုတ်ပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is not a Field Inspector bundle.</source>
        <translation>{name} သည် Field Inspector ၏ ဒေတာအထုပ်ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{name} is bundle version {version}; this app reads version {supported}. Use the same version of the app on both sides. Nothing was imported.</source>
        <translation>{name} သည် ဒေတာအထုပ်ဖိုင် ဗားရှင်း {version} ဖြစ်သည်။ ဤအက်ပ်သည် ဗားရှင်း {supported} ကို ဖတ်သည်။ နှစ်ဖက်စလုံးတွင် တူညီသော အက်ပ်ဗားရှင်းကို သုံးပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is a &apos;reply&apos; bundle; this needs laptop changes (bundle export). Nothing was imported.</source>
        <translation>{name} သည် ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင် ဖြစ်သည်။ ဤနေရာတွင် လက်ပ်တော့၏ ပြောင်းလဲမှုဖိုင် (bundle export) လိုအပ်သည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is a &apos;ops&apos; bundle; this needs an HQ reply (import-bundle --reply). It holds a laptop&apos;s changes for HQ, not HQ&apos;s answer. Nothing was imported.</source>
        <translation>{name} သည် ဌာနချုပ်သို့ ပို့မည့် လက်ပ်တော့၏ ပြောင်းလဲမှုဖိုင် ဖြစ်ပြီး ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင် မဟုတ်ပါ။ ဤနေရာတွင် ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင် (import-bundle --reply) လိုအပ်သည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>{path} သည် ဖိုင်တွဲ ဖြစ်ပြီး ဒေတာအထုပ်ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file. Was the USB stick taken out, or the file moved? Nothing was imported.</source>
        <translation>{path} ကို မဖတ်နိုင်ပါ: ထိုဖိုင် မရှိပါ။ USB ဒရိုက်ကို ဖြုတ်လိုက်သလား သို့မဟုတ် ဖိုင်ကို ရွှေ့လိုက်သလား။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>This app may not read {path}; copy the file to the laptop&apos;s own disk and try again. Nothing was imported.</source>
        <translation>ဤအက်ပ်ကို {path} ဖတ်ခွင့် မပြုပါ။ ဖိုင်ကို လက်ပ်တော့၏ ကိုယ်ပိုင် ဒစ်ခ်သို့ ကူးပြီး ထပ်ကြိုးစားပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>{path} ကို မဖတ်နိုင်ပါ: {reason}။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is truncated ({size} of {expected} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} သည် မပြည့်စုံပါ ({expected} ဘိုက်အနက် {size} ဘိုက်)။ ထပ်မံ ကူးယူပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is damaged ({extra} bytes too many after its end); nothing was imported.</source>
        <translation>{name} ပျက်စီးနေသည် (အဆုံးနောက်တွင် {extra} ဘိုက် ပိုနေသည်)။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content or {who}&apos;s key: it was changed after it was written, or it is not from them. Nothing was imported.</source>
        <translation>ဖိုင်၏ လက်မှတ်သည် ၎င်း၏ အကြောင်းအရာ သို့မဟုတ် {who}၏ သော့နှင့် မကိုက်ညီပါ: ရေးပြီးနောက် ပြောင်းလဲခံထားရသည် သို့မဟုတ် ၎င်းထံမှ မဟုတ်ပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is sealed for HQ; only HQ can open it. Nothing was imported.</source>
        <translation>{name} ကို ဌာနချုပ်အတွက် တံဆိပ်ခတ်ထားသည်။ ဌာနချုပ်သာ ဖွင့်နိုင်သည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} was sealed for another HQ&apos;s key; this HQ cannot open it. Nothing was imported.</source>
        <translation>{name} ကို အခြား ဌာနချုပ်၏ သော့ဖြင့် တံဆိပ်ခတ်ထားသည်။ ဤဌာနချုပ် မဖွင့်နိုင်ပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is not sealed: laptops seal every bundle for HQ. Nothing was imported.</source>
        <translation>{name} ကို တံဆိပ်မခတ်ထားပါ: လက်ပ်တော့များသည် ဒေတာအထုပ်ဖိုင်တိုင်းကို ဌာနချုပ်အတွက် တံဆိပ်ခတ်ကြသည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is incomplete: a table is missing. Nothing was imported.</source>
        <translation>{name} သည် မပြည့်စုံပါ: ဇယားတစ်ခု ပျောက်နေသည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} does not describe itself as its header does; nothing was imported.</source>
        <translation>{name} ၏ အတွင်းအချက်အလက်သည် ၎င်း၏ ခေါင်းစီးနှင့် မကိုက်ညီပါ။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} names two different laptops; nothing was imported.</source>
        <translation>{name} တွင် မတူညီသော လက်ပ်တော့ နှစ်လုံးကို ဖော်ပြထားသည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} {table} rows where {written} were written. Nothing was imported.</source>
        <translation>{name} သည် မပြည့်စုံပါ: {table} အတန်း {written} ခု ရေးထားသော်လည်း {count} ခုသာ ရှိသည်။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The bundle is damaged ({problem}); nothing was imported.</source>
        <translation>ဒေတာအထုပ်ဖိုင် ပျက်စီးနေသည် ({problem})။ ဘာမှ မတင်သွင်းရပါ။</translation>
    </message>
</context>
<context>
    <name>ChecklistErrors</name>
    <message>
        <source>{item} needs a number (got {value}).</source>
        <translation>{item} တွင် ကိန်းဂဏန်း လိုအပ်သည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>{item} needs a date as YYYY-MM-DD (got {value}).</source>
        <translation>{item} တွင် YYYY-MM-DD ပုံစံ ရက်စွဲ လိုအပ်သည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>Item {item} is not on this inspection&apos;s checklist.</source>
        <translation>အချက် {item} သည် ဤစစ်ဆေးမှု၏ စစ်ဆေးရန်စာရင်းတွင် မပါဝင်ပါ။</translation>
    </message>
    <message>
        <source>Template {code} version {version} is already loaded with different content; a changed checklist must be published as a new version.</source>
        <translation>ပုံစံ {code} ဗားရှင်း {version} ကို မတူသော အကြောင်းအရာဖြင့် ထည့်သွင်းပြီး ဖြစ်သည်။ ပြောင်းလဲထားသော စစ်ဆေးရန်စာရင်းကို ဗားရှင်းအသစ်အဖြစ် ထုတ်ပြန်ရမည်။</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>အချက်</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 ခုအနက် %1 ခု ဖြေပြီး</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>The answer “{answer}” is a violation: recorded as non-compliant.</source>
        <translation>အဖြေ “{answer}” သည် ချိုးဖောက်မှု ဖြစ်သဖြင့် မလိုက်နာသည် ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>The answer “{answer}” is not a violation: recorded as compliant.</source>
        <translation>အဖြေ “{answer}” သည် ချိုးဖောက်မှု မဟုတ်သဖြင့် လိုက်နာသည် ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>Age {age} is under {minimum}: recorded as non-compliant.</source>
        <translation>အသက် {age} နှစ်သည် {minimum} နှစ်အောက် ဖြစ်သဖြင့် မလိုက်နာသည် ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>Age {age} is not under {minimum}: recorded as compliant.</source>
        <translation>အသက် {age} နှစ်သည် {minimum} နှစ်အောက် မဟုတ်သဖြင့် လိုက်နာသည် ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is below the minimum wage here, {minimum} THB: recorded as non-compliant.</source>
        <translation>နေ့စားလုပ်ခ {wage} ဘတ်သည် ဤဒေသ၏ အနည်းဆုံးလုပ်ခ {minimum} ဘတ်အောက် ဖြစ်သဖြင့် မလိုက်နာသည် ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is not below the minimum wage here, {minimum} THB: recorded as compliant.</source>
        <translation>နေ့စားလုပ်ခ {wage} ဘတ်သည် ဤဒေသ၏ အနည်းဆုံးလုပ်ခ {minimum} ဘတ်အောက် မဟုတ်သဖြင့် လိုက်နာသည် ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Checklist</source>
        <translation>စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <source>The base checklist, plus the add-ons and modules this visit needs.</source>
        <translation>အခြေခံ စစ်ဆေးရန်စာရင်းနှင့်အတူ ဤစစ်ဆေးမှုအတွက် လိုအပ်သော ဖြည့်စွက်စာရင်းများနှင့် အပိုင်းများ။</translation>
    </message>
    <message>
        <source>Base checklist</source>
        <translation>အခြေခံ စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <source>Add-ons and modules</source>
        <translation>ဖြည့်စွက်စာရင်းနှင့် အပိုင်းများ</translation>
    </message>
    <message>
        <source>&amp;Base checklist</source>
        <translation>အခြေခံ စစ်ဆေးရန်စာရင်း (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add-ons and modules</source>
        <translation>ဖြည့်စွက်စာရင်းနှင့် အပိုင်းများ (&amp;A)</translation>
    </message>
    <message>
        <source>Ticked for you: the add-on for the establishment&apos;s sector (%1) and the forced-labour and interview-safeguard modules. Untick what this visit does not need.</source>
        <translation>သင့်အတွက် အမှန်ခြစ်ပေးထားသည်များ: လုပ်ငန်းဌာန၏ လုပ်ငန်းကဏ္ဍ (%1) အတွက် ဖြည့်စွက်စာရင်းနှင့် အတင်းအဓမ္မ လုပ်အားခိုင်းစေမှု၊ တွေ့ဆုံမေးမြန်းမှု အကာအကွယ် အပိုင်းများ။ ဤစစ်ဆေးမှုတွင် မလိုအပ်သည်များကို အမှန်ခြစ် ဖြုတ်ပါ။</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist items</source>
        <translation>စစ်ဆေးရန် အချက်များ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ရွေးချယ်မှု</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>ဤအချက်အတွက် မှတ်ချက်</translation>
    </message>
    <message>
        <source>Proposed findings</source>
        <translation>အဆိုပြုထားသော တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>တွေ့ရှိချက်ကို လက်ခံရန်</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ပယ်ရန်</translation>
    </message>
    <message>
        <source>Checklist texts in this language are a draft translation awaiting review by a native speaker; check them against the Thai text.</source>
        <translation>ဤဘာသာဖြင့် စစ်ဆေးစာရင်း စာသားများသည် မူရင်းဘာသာစကားပြောသူ၏ ပြန်လည်စစ်ဆေးမှုကို စောင့်ဆိုင်းနေသော မူကြမ်း ဘာသာပြန်ဖြစ်သည်၊ ထိုင်းစာသားနှင့် တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <source>A finding is recorded for this item, but its answer does not show a violation now. Check the finding on the Findings tab.</source>
        <translation>ဤအချက်အတွက် တွေ့ရှိချက် မှတ်တမ်းတင်ထားသော်လည်း ယခုအဖြေသည် ချိုးဖောက်မှုကို မပြတော့ပါ။ တွေ့ရှိချက်များ တဘ်တွင် ထိုတွေ့ရှိချက်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ကိန်းဂဏန်း</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>စာသား ရိုက်ထည့်ရန်</translation>
    </message>
    <message>
        <source>Number (%1)</source>
        <translation>ကိန်းဂဏန်း (%1)</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit language coordinator</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူး အသစ်</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>အမည် အပြည့်အစုံ</translation>
    </message>
    <message>
        <source>As written in their own script, with a Latin spelling</source>
        <translation>မိမိ၏ ကိုယ်ပိုင် စာဖြင့် ရေးပြီး လက်တင်အက္ခရာ စာလုံးပေါင်းကိုလည်း ထည့်ပါ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Declares no tie to the employer or a broker</source>
        <translation>အလုပ်ရှင် သို့မဟုတ် ပွဲစားနှင့် ဆက်နွယ်မှု မရှိကြောင်း ကြေညာသည်</translation>
    </message>
    <message>
        <source>Date of the declaration</source>
        <translation>ကြေညာသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Active (can be chosen for new inspections)</source>
        <translation>အသုံးပြုနေ (စစ်ဆေးမှု အသစ်များအတွက် ရွေးချယ်နိုင်သည်)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>အသုံးပြုနေ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>အမည် အပြည့်အစုံ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ဘာသာစကားများ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>လိင် (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ဖုန်း (&amp;P)</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>အဖွဲ့အစည်း (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>ကြေညာသည့်ရက် (&amp;O)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>Training and accreditation</source>
        <translation>သင်တန်းနှင့် အသိအမှတ်ပြုချက်</translation>
    </message>
    <message>
        <source>This language coordinator no longer exists.</source>
        <translation>ဤဘာသာစကား ညှိနှိုင်းရေးမှူး မရှိတော့ပါ။</translation>
    </message>
</context>
<context>
    <name>CoordinatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <source>No-conflict declaration</source>
        <translation>ဆက်နွယ်မှု မရှိကြောင်း ကြေညာချက်</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>အသုံးပြုနေ</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>မကြေညာရသေး</translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation>%1 တွင် ကြေညာပြီး</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>ကြေညာပြီး</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>အသုံးမပြုတော့</translation>
    </message>
</context>
<context>
    <name>CoordinatorsPage</name>
    <message>
        <source>Search name, language or organisation</source>
        <translation>အမည်၊ ဘာသာစကား သို့မဟုတ် အဖွဲ့အစည်းဖြင့် ရှာရန်</translation>
    </message>
    <message>
        <source>Search language coordinators</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးများကို ရှာရန်</translation>
    </message>
    <message>
        <source>&amp;New coordinator…</source>
        <translation>ညှိနှိုင်းရေးမှူး အသစ်… (&amp;N)</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူး အသစ်</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ပြင်ဆင်ရန်… (&amp;E)</translation>
    </message>
    <message>
        <source>Edit language coordinator</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးများ</translation>
    </message>
</context>
<context>
    <name>CredentialErrors</name>
    <message>
        <source>Training {number} must have a date, a course and a provider.</source>
        <translation>သင်တန်း {number} တွင် ရက်စွဲ၊ သင်တန်းအမည်နှင့် သင်တန်းပေးသူ ပါရမည်။</translation>
    </message>
    <message>
        <source>Training {number}: the course is missing.</source>
        <translation>သင်တန်း {number}: သင်တန်းအမည် မပါပါ။</translation>
    </message>
    <message>
        <source>Training {number}: who gave the course (the provider) is missing.</source>
        <translation>သင်တန်း {number}: သင်တန်းပေးသူ မပါပါ။</translation>
    </message>
    <message>
        <source>Training {number}: the {field} is longer than {limit} characters.</source>
        <translation>သင်တန်း {number}: {field} သည် စာလုံး {limit} လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>Training {number}: the date is missing.</source>
        <translation>သင်တန်း {number}: ရက်စွဲ မပါပါ။</translation>
    </message>
    <message>
        <source>Training {number}: the date {date} is in the future; record a course once it has been completed.</source>
        <translation>သင်တန်း {number}: ရက်စွဲ {date} သည် အနာဂတ်တွင် ဖြစ်နေသည်။ သင်တန်း ပြီးဆုံးမှသာ မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>The accreditation number is longer than {limit} characters.</source>
        <translation>အသိအမှတ်ပြု နံပါတ်သည် စာလုံး {limit} လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation (its number and expiry date need it).</source>
        <translation>အသိအမှတ်ပြုပေးသည့် အဖွဲ့အစည်း အမည်ကို ဖော်ပြပါ (နံပါတ်နှင့် သက်တမ်းကုန်ရက်အတွက် လိုအပ်သည်)။</translation>
    </message>
    <message>
        <source>The accrediting body&apos;s name is longer than {limit} characters.</source>
        <translation>အသိအမှတ်ပြုသည့် အဖွဲ့အစည်း အမည်သည် စာလုံး {limit} လုံးထက် ရှည်နေသည်။</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>Interpreter training</source>
        <translation>စကားပြန် သင်တန်း</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>သင်တန်း</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>သင်တန်းပေးသူ</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>သင်တန်း မှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>Date the course was completed</source>
        <translation>သင်တန်း ပြီးဆုံးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Provider (who gave the course)</source>
        <translation>သင်တန်းပေးသူ (သင်ကြားပေးသည့် အဖွဲ့)</translation>
    </message>
    <message>
        <source>Add &amp;training</source>
        <translation>သင်တန်း ထည့်ရန် (&amp;T)</translation>
    </message>
    <message>
        <source>Remove selected training</source>
        <translation>ရွေးထားသော သင်တန်းကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>အသိအမှတ်ပြုချက်</translation>
    </message>
    <message>
        <source>Accrediting &amp;body</source>
        <translation>အသိအမှတ်ပြုသည့် အဖွဲ့ (&amp;B)</translation>
    </message>
    <message>
        <source>Accreditation n&amp;umber</source>
        <translation>အသိအမှတ်ပြု နံပါတ် (&amp;U)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>သက်တမ်းကုန်ဆုံးရက်</translation>
    </message>
    <message>
        <source>Accrediting body</source>
        <translation>အသိအမှတ်ပြုသည့် အဖွဲ့</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>အသိအမှတ်ပြု နံပါတ်</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>သက်တမ်းကုန်ဆုံးရက် ရှိသည်</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>အသိအမှတ်ပြုချက် သက်တမ်းကုန်ဆုံးရက်</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation: its number and expiry date need it.</source>
        <translation>အသိအမှတ်ပြုပေးသည့် အဖွဲ့ကို ဖော်ပြပါ။ နံပါတ်နှင့် သက်တမ်းကုန်ဆုံးရက်အတွက် ၎င်း လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>A training record is typed but not added: press “Add training” or clear it.</source>
        <translation>သင်တန်း မှတ်တမ်းကို ရိုက်ထားသော်လည်း မထည့်ရသေးပါ။ “သင်တန်း ထည့်ရန်” ကို နှိပ်ပါ သို့မဟုတ် ဖျက်ပါ။</translation>
    </message>
    <message>
        <source>Type the course before adding the training.</source>
        <translation>သင်တန်းကို မထည့်မီ သင်တန်းအမည် ရိုက်ပါ။</translation>
    </message>
    <message>
        <source>Type who gave the course (the provider).</source>
        <translation>သင်တန်းပေးသူကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <source>The training date is in the future: record a course once it has been completed.</source>
        <translation>သင်တန်း ရက်စွဲသည် အနာဂတ်ဖြစ်နေသည်။ သင်တန်း ပြီးဆုံးမှ မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>သက်တမ်းကုန်ပြီ</translation>
    </message>
</context>
<context>
    <name>DirectoryErrors</name>
    <message>
        <source>An establishment needs a name.</source>
        <translation>လုပ်ငန်းဌာနတွင် အမည် ရှိရမည်။</translation>
    </message>
    <message>
        <source>{code} is not a province code.</source>
        <translation>{code} သည် ခရိုင်ကုဒ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{code} is not a district of province {province}.</source>
        <translation>{code} သည် ခရိုင် {province} ၏ မြို့နယ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{code} is not a subdistrict of district {district}.</source>
        <translation>{code} သည် မြို့နယ် {district} ၏ ကျေးရွာအုပ်စု မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>An establishment needs its province.</source>
        <translation>လုပ်ငန်းဌာနတွင် ခရိုင် ဖော်ပြရမည်။</translation>
    </message>
    <message>
        <source>A language coordinator needs a name.</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးတွင် အမည် ရှိရမည်။</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Change a document</source>
        <translation>စာရွက်စာတမ်း ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>စာရွက်စာတမ်း ထည့်ရန်</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>ကိုင်ထားသူ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>နံပါတ်</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>သက်တမ်းကုန်ဆုံးရက်</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>ခွင့်ပြုချက် အခြေအနေ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ပြရန်</translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation>နံပါတ်ကို ပြရန်</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>သက်တမ်းကုန်ရက်</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>သက်တမ်းကုန်ဆုံးရက်</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>စာရွက်စာတမ်းပေါ်တွင် ရိုက်နှိပ်ထားသည့်အတိုင်း</translation>
    </message>
    <message>
        <source>e.g. seen at the broker&apos;s office</source>
        <translation>ဥပမာ - ပွဲစား၏ ရုံးတွင် တွေ့ရှိသည်</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>The note may hold at most %1 characters.</source>
        <translation>မှတ်ချက်သည် စာလုံး %1 လုံးထက် မပိုရပါ။</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>A document number must be text.</source>
        <translation>စာရွက်စာတမ်း နံပါတ်သည် စာသား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>A document number holds letters and digits (spaces, &apos;-&apos;, &apos;/&apos; and &apos;.&apos; allowed), at most {limit} characters.</source>
        <translation>စာရွက်စာတမ်း နံပါတ်တွင် စာလုံးနှင့် ဂဏန်းများသာ ပါရမည် (နေရာလွတ်၊ &apos;-&apos;၊ &apos;/&apos; နှင့် &apos;.&apos; ခွင့်ပြုသည်)၊ အများဆုံး စာလုံး {limit} လုံး။</translation>
    </message>
    <message>
        <source>A document&apos;s note may hold at most {limit} characters.</source>
        <translation>စာရွက်စာတမ်း၏ မှတ်ချက်တွင် စာလုံး {limit} လုံးအထိသာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <source>That document belongs to another interview.</source>
        <translation>ထိုစာရွက်စာတမ်းသည် အခြား တွေ့ဆုံမေးမြန်းမှုမှ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>A worker document needs its type: {types}.</source>
        <translation>အလုပ်သမား၏ စာရွက်စာတမ်းတွင် အမျိုးအစား ဖော်ပြရမည်: {types}။</translation>
    </message>
    <message>
        <source>A worker document needs its type.</source>
        <translation>အလုပ်သမား၏ စာရွက်စာတမ်းတွင် အမျိုးအစား ဖော်ပြရမည်။</translation>
    </message>
    <message>
        <source>Each document needs its type.</source>
        <translation>စာရွက်စာတမ်း တစ်ခုစီတွင် အမျိုးအစား ဖော်ပြရမည်။</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents</source>
        <translation>စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>လူမှုဖူလုံရေး မှတ်ပုံတင်ခြင်း</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>စာရွက်စာတမ်း ထည့်ရန်</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <source>Change the document</source>
        <translation>စာရွက်စာတမ်းကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Remove the document (recorded in error)</source>
        <translation>စာရွက်စာတမ်းကို ဖယ်ရှားရန် (မှားယွင်း မှတ်တမ်းတင်မိသည်)</translation>
    </message>
    <message>
        <source>The worker&apos;s documents</source>
        <translation>အလုပ်သမား၏ စာရွက်စာတမ်းများ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents held by the employer or a broker: retention of identity documents is a forced-labour indicator.</source>
        <translation>
            <numerusform>⚠ အလုပ်ရှင် သို့မဟုတ် ပွဲစားက စာရွက်စာတမ်း %n ခုကို ကိုင်ထားသည်။ ကိုယ်ရေးအထောက်အထား စာရွက်စာတမ်းများကို သိမ်းထားခြင်းသည် အတင်းအဓမ္မ လုပ်အားခိုင်းစေမှု လက္ခဏာ ဖြစ်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents expired.</source>
        <translation>
            <numerusform>⚠ စာရွက်စာတမ်း %n ခု သက်တမ်းကုန်ပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>စာရွက်စာတမ်းကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Remove %1 from this interview? Do this only for a document recorded in error.</source>
        <translation>%1 ကို ဤတွေ့ဆုံမေးမြန်းမှုမှ ဖယ်ရှားမည်လား။ မှားယွင်း မှတ်တမ်းတင်မိသော စာရွက်စာတမ်းအတွက်သာ ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ထားရှိရန်</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>ကိုင်ထားသူ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>နံပါတ်</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>သက်တမ်းကုန်ရက်</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>ခွင့်ပြုချက်</translation>
    </message>
    <message>
        <source>Held by someone other than the worker: retention of identity documents is a forced-labour indicator.</source>
        <translation>အလုပ်သမား မဟုတ်သူက ကိုင်ထားသည်။ ကိုယ်ရေးအထောက်အထား စာရွက်စာတမ်းများကို သိမ်းထားခြင်းသည် အတင်းအဓမ္မ လုပ်အားခိုင်းစေမှု လက္ခဏာ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Only the last characters are shown. The number is sealed before it leaves this laptop.</source>
        <translation>နောက်ဆုံး စာလုံးများကိုသာ ပြထားသည်။ နံပါတ်ကို ဤလက်ပ်တော့မှ မထွက်မီ တံဆိပ်ခတ် ကာကွယ်ထားသည်။</translation>
    </message>
    <message>
        <source>⚠ %1: retained</source>
        <translation>⚠ %1: သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>⚠ %1: expired</source>
        <translation>⚠ %1: သက်တမ်းကုန်ပြီ</translation>
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
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>တွေ့ဆုံမေးမြန်းမှုများ</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>စကားပြန် မှတ်စုများ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ပူးတွဲဖိုင်များ</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>လက်မှတ်ထိုးခြင်း</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>This inspection is no longer on this laptop.</source>
        <translation>ဤစစ်ဆေးမှုသည် ဤလက်ပ်တော့ပေါ်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>ကြီးကြပ်သူက ပြန်ပို့ထားသည်: %1</translation>
    </message>
    <message>
        <source>This is revision %1. Revision %2 was signed and is kept unchanged; complete and sign this revision again.</source>
        <translation>ဤသည်မှာ ပြင်ဆင်မူ %1 ဖြစ်သည်။ ပြင်ဆင်မူ %2 ကို လက်မှတ်ထိုးပြီးဖြစ်၍ မပြောင်းလဲဘဲ ထိန်းသိမ်းထားသည်။ ဤပြင်ဆင်မူကို ပြီးဆုံးအောင် ဖြည့်ပြီး ထပ်မံ လက်မှတ်ထိုးပါ။</translation>
    </message>
    <message>
        <source>Signed and frozen. Any change starts a new revision.</source>
        <translation>လက်မှတ်ထိုးပြီး ပြင်ဆင်၍ မရအောင် ပိတ်ထားသည်။ မည်သည့် ပြောင်းလဲမှုမဆို ပြင်ဆင်မူ အသစ်တစ်ခုကို စတင်ပါမည်။</translation>
    </message>
    <message>
        <source>Not saved: check the date</source>
        <translation>မသိမ်းရသေးပါ: ရက်စွဲကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>သိမ်းနေသည်…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>မသိမ်းနိုင်ပါ: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>ပြင်ဆင်မှု စိစစ်ခြင်း</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>လုပ်ငန်းဌာန မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Every visit of this workplace, open findings, repeated violations and the workforce over time</source>
        <translation>ဤလုပ်ငန်းခွင်ကို စစ်ဆေးမှုအားလုံး၊ မပြုပြင်ရသေးသော တွေ့ရှိချက်များ၊ ထပ်ခါထပ်ခါ ချိုးဖောက်မှုများနှင့် အချိန်အလိုက် အလုပ်သမားအင်အား</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>saving</source>
        <translation>သိမ်းဆည်းခြင်း</translation>
    </message>
    <message>
        <source>The disk is full ({what}); free some space and try again. Nothing was lost: everything saved before is intact.</source>
        <translation>ဒစ်ခ် ပြည့်နေသည် ({what})။ နေရာလွတ် ဖယ်ရှားပေးပြီး ထပ်ကြိုးစားပါ။ ဘာမှ မပျောက်ပါ: ယခင်က သိမ်းထားသမျှ အားလုံး ရှိနေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Could not finish {what}: {reason}.</source>
        <translation>{what} ကို မပြီးဆုံးနိုင်ပါ: {reason}။</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what} သည် အနုတ်ကိန်း မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed} (got {value}).</source>
        <translation>{what} သည် {allowed} ထဲမှ တစ်ခု ဖြစ်ရမည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>နံပါတ် {id} ရှိသော {what} မရှိပါ။</translation>
    </message>
    <message>
        <source>{what} must be a whole number (got {value}).</source>
        <translation>{what} သည် ကိန်းပြည့် ဖြစ်ရမည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>{what} must be a date as YYYY-MM-DD (got {value}).</source>
        <translation>{what} သည် YYYY-MM-DD ပုံစံ ရက်စွဲ ဖြစ်ရမည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>{what} must be a number.</source>
        <translation>{what} သည် ကိန်းဂဏန်း ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>ပြောင်းလဲမှုကို သိမ်းဆည်းခြင်း</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid Unicode (a lone surrogate), which cannot be stored or sent to HQ; nothing was saved. Type or paste it again.</source>
        <translation>စာသားထဲတွင် မှန်ကန်သော Unicode မဟုတ်သည့် စာလုံးများ (တစ်ခုတည်းသော surrogate) ပါနေသဖြင့် သိမ်းဆည်း၍ သို့မဟုတ် HQ သို့ ပို့၍ မရပါ။ ဘာမျှ မသိမ်းရသေးပါ။ ထပ်မံ ရိုက်ထည့်ပါ သို့မဟုတ် ကူးထည့်ပါ။</translation>
    </message>
    <message>
        <source>The {field} of this {record}{part} holds {what}, which cannot be stored or sent to HQ; nothing was saved. Type or paste the text again without it.</source>
        <translation>ဤ {record} ၏ {field}{part} တွင် {what} ပါနေသဖြင့် သိမ်းဆည်း၍ သို့မဟုတ် HQ သို့ ပို့၍ မရပါ။ ဘာမျှ မသိမ်းရသေးပါ။ ၎င်းမပါဘဲ စာသားကို ထပ်မံ ရိုက်ထည့်ပါ သို့မဟုတ် ကူးထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>Edit establishment</source>
        <translation>လုပ်ငန်းဌာနကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>လုပ်ငန်းဌာန အသစ်</translation>
    </message>
    <message>
        <source>Name in Thai</source>
        <translation>ထိုင်းဘာသာဖြင့် အမည်</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>အင်္ဂလိပ်ဘာသာဖြင့် အမည်</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>မှတ်ပုံတင် နံပါတ်</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>လူမှုဖူလုံရေး နံပါတ်</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>အလုပ်ရှင် အမည်</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>လိပ်စာ အပြည့်အစုံ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>လတ္တီတွဒ်</translation>
    </message>
    <message>
        <source>e.g. 16.7132</source>
        <translation>ဥပမာအားဖြင့် 16.7132</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>လောင်ဂျီတွဒ်</translation>
    </message>
    <message>
        <source>e.g. 98.5749</source>
        <translation>ဥပမာအားဖြင့် 98.5749</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 နှစ်အောက်</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>အမှား</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>လုပ်ငန်းဌာန</translation>
    </message>
    <message>
        <source>Name (&amp;Thai)</source>
        <translation>အမည် (ထိုင်း) (&amp;T)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>အမည် (အင်္ဂလိပ်) (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation>မှတ်ပုံတင် အမှတ် (&amp;R)</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>လူမှုဖူလုံရေး အမှတ်</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>လုပ်ငန်းကဏ္ဍ (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>အလုပ်ရှင် (&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ဖုန်း (&amp;H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>လိပ်စာ အပြည့်အစုံ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;GPS (optional)</source>
        <translation>GPS (မဖြည့်လည်း ရသည်) (&amp;G)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>အမျိုးသမီး (&amp;W)</translation>
    </message>
    <message>
        <source>Me&amp;n</source>
        <translation>အမျိုးသား (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18 နှစ်အောက် (&amp;U)</translation>
    </message>
    <message>
        <source>By nationality:</source>
        <translation>နိုင်ငံသားအလိုက်:</translation>
    </message>
    <message>
        <source>This establishment no longer exists.</source>
        <translation>ဤလုပ်ငန်းဌာန မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>The province you typed is not in the list; choose one of the suggestions.</source>
        <translation>သင် ရိုက်ထည့်သော ခရိုင်သည် စာရင်းတွင် မပါပါ။ အကြံပြုထားသည်များထဲမှ တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The district you typed is not in the list; choose one of the suggestions.</source>
        <translation>သင် ရိုက်ထည့်သော မြို့နယ်သည် စာရင်းတွင် မပါပါ။ အကြံပြုထားသည်များထဲမှ တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The subdistrict you typed is not in the list; choose one of the suggestions.</source>
        <translation>သင် ရိုက်ထည့်သော မြို့နယ်ခွဲသည် စာရင်းတွင် မပါပါ။ အကြံပြုထားသည်များထဲမှ တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>လတ္တီတွဒ်နှင့် လောင်ဂျီတွဒ် နှစ်ခုလုံးကို ထည့်ပါ၊ သို့မဟုတ် နှစ်ခုလုံး မထည့်ပါနှင့်။</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>လတ္တီတွဒ်သည် -90 နှင့် 90 ကြား၊ လောင်ဂျီတွဒ်သည် -180 နှင့် 180 ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>There cannot be more workers under 18 than workers in total.</source>
        <translation>18 နှစ်အောက် အလုပ်သမား အရေအတွက်သည် စုစုပေါင်း အလုပ်သမား အရေအတွက်ထက် မများရပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%1 And %n more problems: see the fields marked in red.</source>
        <translation>
            <numerusform>%1 နောက်ထပ် ပြဿနာ %n ခု ရှိသေးသည်- အနီရောင် အမှတ်အသားပြထားသော အကွက်များကို ကြည့်ပါ။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentFileWindow</name>
    <message>
        <source>Establishment file</source>
        <translation>လုပ်ငန်းဌာန မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Establishment file — %1</source>
        <translation>လုပ်ငန်းဌာန မှတ်တမ်း — %1</translation>
    </message>
    <message>
        <source>Registration no. %1</source>
        <translation>မှတ်ပုံတင် အမှတ် %1</translation>
    </message>
    <message>
        <source>Social Security no. %1</source>
        <translation>လူမှုဖူလုံရေး အမှတ် %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ counts %n records made on other laptops as this same workplace; their visits are listed here without any sealed content.</source>
        <translation>
            <numerusform>ဌာနချုပ်က အခြားလက်ပ်တော့များတွင် ပြုလုပ်ထားသော မှတ်တမ်း %n ခုကို ဤလုပ်ငန်းခွင်တစ်ခုတည်းအဖြစ် သတ်မှတ်ထားသည်။ ၎င်းတို့၏ စစ်ဆေးမှုများကို တံဆိပ်ခတ်ထားသော အကြောင်းအရာမပါဘဲ ဤနေရာတွင် ဖော်ပြထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has no record of this workplace yet: what is shown comes from HQ.</source>
        <translation>ဤလက်ပ်တော့တွင် ဤလုပ်ငန်းခွင်၏ မှတ်တမ်း မရှိသေးပါ။ ပြသထားသည်များမှာ ဌာနချုပ်မှ ဖြစ်သည်။</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n), newest first</source>
        <translation>
            <numerusform>စစ်ဆေးမှုများ (%n)၊ နောက်ဆုံးအရင်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open findings (%n)</source>
        <translation>
            <numerusform>မပြုပြင်ရသေးသော တွေ့ရှိချက်များ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>သတ်မှတ်ရက် ကျော်လွန် %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated violations: the same item cited at two or more visits (%n)</source>
        <translation>
            <numerusform>ထပ်ခါထပ်ခါ ချိုးဖောက်မှုများ- တူညီသော အချက်ကို စစ်ဆေးမှု နှစ်ကြိမ်နှင့်အထက်တွင် ဖော်ပြခဲ့သည် (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workforce and nationality mix over time</source>
        <translation>အချိန်အလိုက် အလုပ်သမားအင်အားနှင့် နိုင်ငံသား အချိုးအစား</translation>
    </message>
    <message>
        <source>No visit is recorded yet.</source>
        <translation>စစ်ဆေးမှု မှတ်တမ်း မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>No finding is open.</source>
        <translation>မပြုပြင်ရသေးသော တွေ့ရှိချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>No checklist item has been cited at more than one visit.</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက် မည်သည့်အချက်ကိုမျှ စစ်ဆေးမှု တစ်ကြိမ်ထက်ပို၍ ဖော်ပြခြင်း မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ စာရွက်စာတမ်း ထပ်မံ သိမ်းဆည်းထားခြင်း (ဌာနချုပ်က တွေ့ရှိ)- အလုပ်ရှင်က အလုပ်သမားများ၏ စာရွက်စာတမ်း (%1) ကို စစ်ဆေးမှု %n ကြိမ်တွင် ကိုင်ထားသည်- %2။</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>စာရွက်စာတမ်းများ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ HQ flag %1 at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ ဌာနချုပ် သတိပေးချက် %1၊ စစ်ဆေးမှု %n ကြိမ်- %2။</numerusform>
        </translation>
    </message>
    <message>
        <source>Last S1 finding (possible forced labour, trafficking or child labour): %1 — visit %2 on %3; now: %4.</source>
        <translation>နောက်ဆုံး S1 တွေ့ရှိချက် (အဓမ္မလုပ်အား၊ လူကုန်ကူးမှု သို့မဟုတ် ကလေးလုပ်သား ဖြစ်နိုင်ခြေ)- %1 — စစ်ဆေးမှု %2၊ %3 တွင်၊ ယခု- %4။</translation>
    </message>
    <message>
        <source>Last verified: %1.</source>
        <translation>နောက်ဆုံး စိစစ်ချက်- %1။</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>စစ်ဆေးမှုကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Visits recorded on other laptops are shown here only: HQ keeps them.</source>
        <translation>အခြားလက်ပ်တော့များတွင် မှတ်တမ်းတင်ထားသော စစ်ဆေးမှုများကို ဤနေရာတွင်သာ ပြသသည်- ဌာနချုပ်က သိမ်းဆည်းထားသည်။</translation>
    </message>
    <message>
        <source>Start a follow-up of this visit…</source>
        <translation>ဤစစ်ဆေးမှုအတွက် နောက်ဆက်တွဲ စစ်ဆေးမှု စတင်ရန်…</translation>
    </message>
    <message>
        <source>A new visit of this workplace that verifies the open findings of the chosen visit, wherever it was recorded.</source>
        <translation>ရွေးထားသော စစ်ဆေးမှု၏ မပြုပြင်ရသေးသော တွေ့ရှိချက်များကို ပြန်စစ်ရန် ဤလုပ်ငန်းခွင်သို့ အသစ်သွားရောက် စစ်ဆေးမှု (မည်သည့်စက်တွင် မှတ်တမ်းတင်ထားသည်ဖြစ်စေ)။</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
</context>
<context>
    <name>EstablishmentPicker</name>
    <message>
        <source>Type part of the name, employer or place</source>
        <translation>အမည်၊ အလုပ်ရှင် သို့မဟုတ် နေရာ၏ တစ်စိတ်တစ်ပိုင်းကို ရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>လုပ်ငန်းဌာနများကို ရှာရန်</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>လုပ်ငန်းဌာနများ</translation>
    </message>
</context>
<context>
    <name>EstablishmentStep</name>
    <message>
        <source>Establishment</source>
        <translation>လုပ်ငန်းဌာန</translation>
    </message>
    <message>
        <source>Which workplace are you inspecting?</source>
        <translation>မည်သည့် အလုပ်ခွင်ကို စစ်ဆေးမည်နည်း။</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>အသစ် ဖန်တီးရန်… (&amp;C)</translation>
    </message>
    <message>
        <source>Create a new establishment</source>
        <translation>လုပ်ငန်းဌာန အသစ် ဖန်တီးရန်</translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Name (Thai)</source>
        <translation>အမည် (ထိုင်း)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>အမည် (အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <source>District</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Men: %1, women: %2, under 18: %3</source>
        <translation>အမျိုးသား: %1၊ အမျိုးသမီး: %2၊ 18 နှစ်အောက်: %3</translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Search name, employer, registration no. or place</source>
        <translation>အမည်၊ အလုပ်ရှင်၊ မှတ်ပုံတင် အမှတ် သို့မဟုတ် နေရာဖြင့် ရှာရန်</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>လုပ်ငန်းဌာနများကို ရှာရန်</translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation>လုပ်ငန်းဌာန အသစ်… (&amp;N)</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>လုပ်ငန်းဌာန အသစ်</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ပြင်ဆင်ရန်… (&amp;E)</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>လုပ်ငန်းဌာနကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>လုပ်ငန်းဌာနများ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishments</source>
        <translation>
            <numerusform>လုပ်ငန်းဌာန %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%2 ခုအနက် %1 ခု ပြထားသည်</translation>
    </message>
    <message>
        <source>Administrative areas: %1</source>
        <translation>အုပ်ချုပ်ရေး နယ်မြေများ: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <source>course</source>
        <translation>သင်တန်း</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>သင်တန်းပေးသူ</translation>
    </message>
    <message>
        <source>Training {number}: the date</source>
        <translation>သင်တန်း {number}: ရက်စွဲ</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>အသိအမှတ်ပြုချက် သက်တမ်းကုန်ရက်</translation>
    </message>
    <message>
        <source>Male workers</source>
        <translation>အမျိုးသား အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Female workers</source>
        <translation>အမျိုးသမီး အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Workers under 18</source>
        <translation>အသက် 18 နှစ်အောက် အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>လတ္တီတွဒ်</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>လောင်ဂျီတွဒ်</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Declaration date</source>
        <translation>ကြေညာသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>စာရွက်စာတမ်း အမျိုးအစား</translation>
    </message>
    <message>
        <source>Document holder</source>
        <translation>စာရွက်စာတမ်း ကိုင်ဆောင်သူ</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>ပါမစ် အခြေအနေ</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>သက်တမ်းကုန်ဆုံးရက်</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ပြင်းထန်မှု အဆင့်</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>တွေ့ရှိချက် အခြေအနေ</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>လွှဲပြောင်းပေးပို့မည့် အဖွဲ့</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>ထိခိုက်ခံရသော အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Workers of nationality {code}</source>
        <translation>{code} နိုင်ငံသား အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Signature role</source>
        <translation>လက်မှတ်ထိုးသူ၏ အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ကျား/မ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>အသက်အပိုင်းအခြား</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>အလုပ်လာရောက်သည့် လမ်းကြောင်း</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>လူမှုဖူလုံရေး မှတ်ပုံတင်ခြင်း</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <source>Forced-labour indicator</source>
        <translation>အတင်းအဓမ္မ လုပ်အား ညွှန်ကိန်း</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>ဆက်သွယ်ရမည့်သူ အမည်</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>ဆက်သွယ်ရန် ဖုန်း</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>အမှုနံပါတ်</translation>
    </message>
    <message>
        <source>contact notes</source>
        <translation>ဆက်သွယ်မှု မှတ်စုများ</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>လက်ခံမည့် အဖွဲ့</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>လွှဲပြောင်းသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>လွှဲပြောင်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <source>district</source>
        <translation>မြို့နယ်</translation>
    </message>
</context>
<context>
    <name>FindingErrors</name>
    <message>
        <source>A finding needs a title, in Thai or in English.</source>
        <translation>တွေ့ရှိချက်တွင် ထိုင်း သို့မဟုတ် အင်္ဂလိပ်ဘာသာဖြင့် ခေါင်းစဉ် ရှိရမည်။</translation>
    </message>
    <message>
        <source>A finding needs a severity (S1–S4).</source>
        <translation>တွေ့ရှိချက်တွင် ပြင်းထန်မှု အဆင့် (S1–S4) ရှိရမည်။</translation>
    </message>
</context>
<context>
    <name>FindingStatus</name>
    <message>
        <source>Open</source>
        <translation>မပြုပြင်ရသေး</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>ပြုပြင်ပြီး</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>လွှဲပြောင်းပေးပို့ပြီး</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>တရားစွဲဆိုပြီး</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>ပယ်ချပြီး</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>ပြင်းထန်မှု</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ဥပဒေ အခြေခံ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Legal basis</source>
        <translation>ဥပဒေ အခြေခံ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ပြင်းထန်မှု</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>ထိခိုက်သည့် အလုပ်သမား</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>Finding (Thai)</source>
        <translation>တွေ့ရှိချက် (ထိုင်းဘာသာ)</translation>
    </message>
    <message>
        <source>Finding (English)</source>
        <translation>တွေ့ရှိချက် (အင်္ဂလိပ်ဘာသာ)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>အသေးစိတ် (ထိုင်းဘာသာ)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>အသေးစိတ် (အင်္ဂလိပ်ဘာသာ)</translation>
    </message>
    <message>
        <source>Required action (Thai)</source>
        <translation>လုပ်ဆောင်ရမည့်အရာ (ထိုင်းဘာသာ)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Required action (English)</source>
        <translation>လုပ်ဆောင်ရမည့်အရာ (အင်္ဂလိပ်ဘာသာ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>လွှဲပြောင်းပေးပို့ခြင်း</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>တွေ့ရှိချက် အသစ်</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ထည့်ရန်</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>ဥပဒေ ကိုးကားချက်</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>သတ်မှတ်ရက် ထားမည်</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>%1 သို့ လွှဲပြောင်းပေးပို့ခြင်း: %2</translation>
    </message>
    <message>
        <source>The referral record is being made…</source>
        <translation>လွှဲပြောင်းပေးပို့မှု မှတ်တမ်းကို ပြုလုပ်နေသည်…</translation>
    </message>
    <message>
        <source>No referral record to %1 yet.</source>
        <translation>%1 သို့ လွှဲပြောင်းပေးပို့မှု မှတ်တမ်း မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>S1: protect the workers and refer them. Choose the receiving body under Referral: a referral record is made, to follow on the Referrals page.</source>
        <translation>S1: အလုပ်သမားများကို ကာကွယ်ပြီး လွှဲပြောင်းပေးပို့ပါ။ လွှဲပြောင်းပေးပို့ခြင်း အကွက်တွင် လက်ခံမည့် အဖွဲ့အစည်းကို ရွေးပါ။ လွှဲပြောင်းပေးပို့မှု မှတ်တမ်းတစ်ခု ပြုလုပ်ပေးမည်ဖြစ်ပြီး လွှဲပြောင်းပေးပို့မှုများ စာမျက်နှာတွင် ဆက်လက် စောင့်ကြည့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Make the referral record</source>
        <translation>လွှဲပြောင်းပေးပို့မှု မှတ်တမ်း ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>Open referral…</source>
        <translation>လွှဲပြောင်းပေးပို့မှုကို ဖွင့်ရန်…</translation>
    </message>
    <message>
        <source>Open a referral</source>
        <translation>လွှဲပြောင်းပေးပို့မှု တစ်ခုကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>The checklist answer for %1 shows no violation now, yet this finding stands. Correct the answer on the Checklist tab, or set this finding&apos;s status (Dismissed if it does not hold).</source>
        <translation>%1 အတွက် စစ်ဆေးစာရင်း၏ အဖြေသည် ယခု ချိုးဖောက်မှုကို မပြတော့သော်လည်း ဤတွေ့ရှိချက် ရှိနေဆဲဖြစ်သည်။ စစ်ဆေးရန်စာရင်း တဘ်တွင် အဖြေကို ပြင်ပါ၊ သို့မဟုတ် ဤတွေ့ရှိချက်၏ အခြေအနေကို သတ်မှတ်ပါ (မမှန်ပါက ပယ်ချပြီး)။</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>description</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>required action</source>
        <translation>လုပ်ဆောင်ရမည့်အရာ</translation>
    </message>
    <message>
        <source>Written in Thai only: %1.</source>
        <translation>ထိုင်းဘာသာဖြင့်သာ ရေးထားသည်- %1။</translation>
    </message>
    <message>
        <source>Written in English only: %1.</source>
        <translation>အင်္ဂလိပ်ဘာသာဖြင့်သာ ရေးထားသည်- %1။</translation>
    </message>
    <message>
        <source>Reports print such a text as written and mark it as written in one language.</source>
        <translation>အစီရင်ခံစာများတွင် ထိုစာသားကို ရေးထားသည့်အတိုင်း ပုံနှိပ်ပြီး ဘာသာစကားတစ်ခုတည်းဖြင့် ရေးထားကြောင်း မှတ်သားပါမည်။</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>နောက်ဆုံး စိစစ်ချက်</translation>
    </message>
    <message>
        <source>Not verified at a follow-up visit yet.</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှုတွင် မစိစစ်ရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Field Inspector</source>
        <translation>Field Inspector ကို စတင် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>အသုံးပြုသူ အမည်</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>အမည် အပြည့်အစုံ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>စကားဝှက်ကို ထပ်ရိုက်ပါ</translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this laptop with your passphrase. It cannot be recovered if forgotten: HQ keeps what you have synced.</source>
        <translation>သင် မှတ်တမ်းတင်သမျှကို ဤလက်ပ်တော့ပေါ်တွင် သင့်စကားဝှက်ဖြင့် ကုဒ်ဝှက်ထားသည်။ စကားဝှက် မေ့သွားပါက ပြန်ယူ၍ မရပါ: ထပ်တူပြုပြီးသော အချက်အလက်များကိုသာ ဌာနချုပ်က သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>အသုံးပြုသူ အမည် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>အမည် အပြည့်အစုံ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>စကားဝှက် (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>ထပ်ရိုက်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>စကားဝှက် နှစ်ခု မတူပါ။</translation>
    </message>
    <message>
        <source>Creating the encrypted data store…</source>
        <translation>ကုဒ်ဝှက်ထားသော ဒေတာသိုလှောင်ရာကို ဖန်တီးနေသည်…</translation>
    </message>
</context>
<context>
    <name>FollowUpErrors</name>
    <message>
        <source>A follow-up visit needs a visit date.</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှုတွင် စစ်ဆေးသည့် ရက်စွဲ ရှိရမည်။</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} on this laptop or published by HQ.</source>
        <translation>ဤလက်ပ်တော့ပေါ်တွင် သို့မဟုတ် ဌာနချုပ်က ထုတ်ပြန်ထားသည်များတွင် နံပါတ် {id} ရှိသော ယခင် စစ်ဆေးမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>A follow-up is recorded against the same establishment as the earlier visit.</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှုကို ယခင် စစ်ဆေးမှုနှင့် တူညီသော လုပ်ငန်းဌာနတွင်သာ မှတ်တမ်းတင်သည်။</translation>
    </message>
    <message>
        <source>No base checklist is loaded on this laptop to start the follow-up with.</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှု စတင်ရန် အခြေခံ စစ်ဆေးရန်စာရင်း ဤလက်ပ်တော့ပေါ်တွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>No establishment with id {id}.</source>
        <translation>နံပါတ် {id} ရှိသော လုပ်ငန်းဌာန မရှိပါ။</translation>
    </message>
    <message>
        <source>HQ does not count that establishment as the workplace of the earlier visit; choose the one HQ lists, or let the app make the record.</source>
        <translation>ဌာနချုပ်က ထိုလုပ်ငန်းဌာနကို ယခင် စစ်ဆေးမှု၏ လုပ်ငန်းခွင်အဖြစ် မသတ်မှတ်ပါ။ ဌာနချုပ် ဖော်ပြထားသည့် တစ်ခုကို ရွေးပါ သို့မဟုတ် အက်ပ်က မှတ်တမ်း ပြုလုပ်ပါစေ။</translation>
    </message>
    <message>
        <source>HQ has not described the workplace of this visit yet; sync, then try again.</source>
        <translation>ဌာနချုပ်က ဤစစ်ဆေးမှု၏ လုပ်ငန်းခွင်ကို မဖော်ပြရသေးပါ။ ထပ်တူပြုပြီးမှ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>A verification&apos;s outcome is one of {allowed} (got {value}).</source>
        <translation>စိစစ်အတည်ပြုချက်၏ ရလဒ်သည် {allowed} ထဲမှ တစ်ခု ဖြစ်ရမည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>A verification note may hold at most {limit} characters.</source>
        <translation>စိစစ်အတည်ပြုချက် မှတ်စုတွင် စာလုံး {limit} လုံးအထိသာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <source>Evidence for a verification must be attached to the follow-up visit.</source>
        <translation>စိစစ်အတည်ပြုချက်အတွက် အထောက်အထားကို နောက်ဆက်တွဲ စစ်ဆေးမှုတွင် ပူးတွဲရမည်။</translation>
    </message>
    <message>
        <source>No inspection with id {id} on this laptop or published by HQ.</source>
        <translation>ဤလက်ပ်တော့ပေါ်တွင် သို့မဟုတ် ဌာနချုပ်က ထုတ်ပြန်ထားသည်များတွင် နံပါတ် {id} ရှိသော စစ်ဆေးမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Look ahead {low} to {high} days.</source>
        <translation>ရှေ့ရက် {low} မှ {high} ရက်အထိ ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>A district is a four-digit DOPA code, e.g. 6306 for Mae Sot (got {value}).</source>
        <translation>မြို့နယ်သည် ဂဏန်း လေးလုံးပါ DOPA ကုဒ် ဖြစ်ရမည်၊ ဥပမာ မဲဆောက်အတွက် 6306 ({value} ကို ရရှိသည်)။</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>OVERDUE by %Ln days</source>
        <translation>
            <numerusform>သတ်မှတ်ရက် %n ရက် ကျော်လွန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ယနေ့ သတ်မှတ်ရက်</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln days</source>
        <translation>
            <numerusform>နောက် %n ရက်တွင် သတ်မှတ်ရက်</numerusform>
        </translation>
    </message>
    <message>
        <source>Another laptop (from HQ)</source>
        <translation>အခြားလက်ပ်တော့ (ဌာနချုပ်မှ)</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>ဤလက်ပ်တော့</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>နောက်ဆက်တွဲများ</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>မြို့နယ်အားလုံး</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>မြို့နယ်အလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>ကျော်လွန်သည်များသာ</translation>
    </message>
    <message>
        <source>Look ahead (days):</source>
        <translation>ကြိုကြည့်ရန် (ရက်):</translation>
    </message>
    <message>
        <source>Look ahead, in days</source>
        <translation>ကြိုကြည့်ရန် ရက်အရေအတွက်</translation>
    </message>
    <message>
        <source>Findings due and planned follow-up visits</source>
        <translation>သတ်မှတ်ရက်ရောက်သော တွေ့ရှိချက်များနှင့် စီစဉ်ထားသော နောက်ဆက်တွဲ စစ်ဆေးမှုများ</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>လုပ်ငန်းဌာန မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Nothing is due: no open finding has a deadline in this period, and no follow-up visit is planned.</source>
        <translation>သတ်မှတ်ရက်ရောက်သည် မရှိပါ- ဤကာလအတွင်း သတ်မှတ်ရက်ရှိသော မပြုပြင်ရသေးသည့် တွေ့ရှိချက် မရှိ၊ စီစဉ်ထားသော နောက်ဆက်တွဲ စစ်ဆေးမှုလည်း မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings due</source>
        <translation>
            <numerusform>သတ်မှတ်ရက်ရောက် တွေ့ရှိချက် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up visits</source>
        <translation>
            <numerusform>စီစဉ်ထားသော နောက်ဆက်တွဲ စစ်ဆေးမှု %n ကြိမ်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>သတ်မှတ်ရက် ကျော်လွန် %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the follow-up visit</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှုကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Start follow-up visit</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှု စတင်ရန်</translation>
    </message>
    <message>
        <source>Could not start the follow-up visit: %1</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမှုကို စတင်၍ မရပါ- %1</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>မဖော်ပြထား</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြားတစ်မျိုး</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>to be confirmed</source>
        <translation>အတည်ပြုရန် ကျန်သေးသည်</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (edition %1)</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးများ လက်စွဲ (ထုတ်ဝေမှု %1)</translation>
    </message>
    <message>
        <source>Find a term in Thai, Burmese, Khmer, Lao or English</source>
        <translation>ထိုင်း၊ မြန်မာ၊ ခမာ၊ လာအို သို့မဟုတ် အင်္ဂလိပ် ဝေါဟာရ ရှာရန်</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>ဝေါဟာရ အဘိဓာန်တွင် ရှာရန်</translation>
    </message>
    <message>
        <source>Print or save booklet</source>
        <translation>စာအုပ်ငယ် ပုံနှိပ်ရန် သို့မဟုတ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Print or save the handbook as a booklet</source>
        <translation>လက်စွဲကို စာအုပ်ငယ်အဖြစ် ပုံနှိပ်ရန် သို့မဟုတ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>ကျင့်ဝတ်</translation>
    </message>
    <message>
        <source>Interview safeguards</source>
        <translation>တွေ့ဆုံမေးမြန်းရာတွင် ကာကွယ်စောင့်ရှောက်မှုများ</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>ဝေါဟာရ အဘိဓာန်</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>ဝေါဟာရများ</translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>ဝေါဟာရ %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Burmese typed in Zawgyi was searched as Unicode.</source>
        <translation>Zawgyi ဖြင့် ရိုက်ထားသော မြန်မာစာကို Unicode အဖြစ် ရှာဖွေခဲ့သည်။</translation>
    </message>
    <message>
        <source>Making the booklet…</source>
        <translation>စာအုပ်ငယ် ပြုလုပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>InspectionErrors</name>
    <message>
        <source>Inspection {reference} is {status}; it cannot become {target}.</source>
        <translation>စစ်ဆေးမှု {reference} သည် {status} အခြေအနေတွင် ရှိသဖြင့် {target} သို့ မပြောင်းနိုင်ပါ။</translation>
    </message>
    <message>
        <source>Inspection {reference} is approved and closed; record a follow-up visit instead.</source>
        <translation>စစ်ဆေးမှု {reference} ကို အတည်ပြုပြီး ပိတ်ထားပြီ ဖြစ်သည်။ ၎င်းအစား နောက်ဆက်တွဲ စစ်ဆေးမှုကို မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>The complaint source must be text.</source>
        <translation>တိုင်ကြားချက်၏ ရင်းမြစ်သည် စာသား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>The complaint source may hold at most {limit} characters.</source>
        <translation>တိုင်ကြားချက်၏ ရင်းမြစ်တွင် စာလုံး {limit} လုံးအထိသာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <source>An inspection needs a visit date.</source>
        <translation>စစ်ဆေးမှုတွင် စစ်ဆေးသည့် ရက်စွဲ ရှိရမည်။</translation>
    </message>
    <message>
        <source>Template {code} is an add-on; start from a base checklist.</source>
        <translation>ပုံစံ {code} သည် ဖြည့်စွက်စာရင်း ဖြစ်သည်။ အခြေခံ စစ်ဆေးရန်စာရင်းမှ စတင်ပါ။</translation>
    </message>
    <message>
        <source>No previous inspection with id {id} (on this laptop or published by HQ).</source>
        <translation>နံပါတ် {id} ရှိသော ယခင် စစ်ဆေးမှု မရှိပါ (ဤလက်ပ်တော့ပေါ်တွင် သို့မဟုတ် ဌာနချုပ်က ထုတ်ပြန်ထားသည်များတွင်)။</translation>
    </message>
    <message>
        <source>Template {code} is a base checklist, not an add-on.</source>
        <translation>ပုံစံ {code} သည် အခြေခံ စစ်ဆေးရန်စာရင်း ဖြစ်ပြီး ဖြည့်စွက်စာရင်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} (on this laptop or published by HQ).</source>
        <translation>နံပါတ် {id} ရှိသော ယခင် စစ်ဆေးမှု မရှိပါ (ဤလက်ပ်တော့ပေါ်တွင် သို့မဟုတ် ဌာနချုပ်က ထုတ်ပြန်ထားသည်များတွင်)။</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items} and {more} more.</source>
        <translation>မဖြေရသေးသော မဖြစ်မနေ ဖြေရမည့် အချက် {count} ခု ရှိသည်: {items} နှင့် နောက်ထပ် {more} ခု။</translation>
    </message>
    <message>
        <source>{count} required item is not answered yet: {items}.</source>
        <translation>မဖြေရသေးသော မဖြစ်မနေ ဖြေရမည့် အချက် {count} ခု ရှိသည်: {items}။</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items}.</source>
        <translation>မဖြေရသေးသော မဖြစ်မနေ ဖြေရမည့် အချက် {count} ခု ရှိသည်: {items}။</translation>
    </message>
    <message>
        <source>A finding is recorded for {items}, but the checklist answer shows no violation. Correct the answer, or set the finding&apos;s status on the Findings tab (Dismissed if it does not hold).</source>
        <translation>{items} အတွက် တွေ့ရှိချက် မှတ်တမ်းတင်ထားသော်လည်း စစ်ဆေးစာရင်း၏ အဖြေသည် ချိုးဖောက်မှုကို မပြပါ။ အဖြေကို ပြင်ပါ၊ သို့မဟုတ် တွေ့ရှိချက်များ တဘ်တွင် တွေ့ရှိချက်၏ အခြေအနေကို သတ်မှတ်ပါ (မမှန်ပါက ပယ်ချပြီး)။</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>လက်မှတ်တွင် လက်မှတ်ထိုးသူ၏ အမည် ပါရမည်။</translation>
    </message>
    <message>
        <source>A signature must be a PNG image.</source>
        <translation>လက်မှတ်သည် PNG ပုံ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>Complete inspection {reference} before it is signed (it is {status}).</source>
        <translation>လက်မှတ်မထိုးမီ စစ်ဆေးမှု {reference} ကို ပြီးဆုံးအောင် ပြုလုပ်ပါ (လက်ရှိ {status} ဖြစ်သည်)။</translation>
    </message>
    <message>
        <source>Revision {revision} already has the {role}&apos;s signature.</source>
        <translation>မူ {revision} တွင် {role} ၏ လက်မှတ် ရှိပြီး ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်း အမှတ်</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>လုပ်ငန်းဌာန</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <source>District</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>%1 r%2</source>
        <comment>an inspection&apos;s reference and its revision number</comment>
        <translation>%1 မူ %2</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Search establishment, reference or district</source>
        <translation>လုပ်ငန်းဌာန၊ ရည်ညွှန်း အမှတ် သို့မဟုတ် မြို့နယ်ဖြင့် ရှာရန်</translation>
    </message>
    <message>
        <source>Search inspections</source>
        <translation>စစ်ဆေးမှုများကို ရှာရန်</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>အခြေအနေအလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား အားလုံး</translation>
    </message>
    <message>
        <source>Visit type filter</source>
        <translation>စစ်ဆေးမှု အမျိုးအစားအလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ခရိုင် အားလုံး</translation>
    </message>
    <message>
        <source>Province filter</source>
        <translation>ခရိုင်အလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>From</source>
        <translation>စတင်ရက်</translation>
    </message>
    <message>
        <source>To</source>
        <translation>အဆုံးရက်</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ (မှ)</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ (အထိ)</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>စစ်ဆေးမှု အသစ်… (&amp;N)</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>စစ်ဆေးမှု အသစ်</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>အနှစ်ချုပ် အစီရင်ခံစာ…</translation>
    </message>
    <message>
        <source>Summary report for a province or district</source>
        <translation>ခရိုင် သို့မဟုတ် မြို့နယ်အတွက် အနှစ်ချုပ် အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>စစ်ဆေးမှုများ</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>လုပ်ငန်းဌာန မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Establishment file of the selected inspection</source>
        <translation>ရွေးထားသော စစ်ဆေးမှု၏ လုပ်ငန်းဌာန မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>InterpreterNotesTab</name>
    <message>
        <source>Coordinator</source>
        <translation>ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>From</source>
        <translation>မူရင်း ဘာသာ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ပြန်ဆိုသည့် ဘာသာ</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>မူရင်းစာ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ဘာသာပြန်</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>စကားပြန် မှတ်စုများ</translation>
    </message>
    <message>
        <source>Add as new note</source>
        <translation>မှတ်စု အသစ်အဖြစ် ထည့်ရန်</translation>
    </message>
    <message>
        <source>No interpreter note yet. Write what was said and its translation below, then press “Add as new note”.</source>
        <translation>စကားပြန် မှတ်စု မရှိသေးပါ။ ပြောခဲ့သည့်အရာနှင့် ၎င်း၏ ဘာသာပြန်ကို အောက်တွင် ရေးပြီး “မှတ်စု အသစ်အဖြစ် ထည့်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>InterviewErrors</name>
    <message>
        <source>An interpreter note needs its original text.</source>
        <translation>စကားပြန် မှတ်စုတွင် မူရင်းစာသား ပါရမည်။</translation>
    </message>
    <message>
        <source>Age must be below 100.</source>
        <translation>အသက်သည် 100 အောက် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>Daily wage must be a number (got {value}).</source>
        <translation>နေ့စားလုပ်ခသည် ကိန်းဂဏန်း ဖြစ်ရမည် ({value} ကို ရရှိသည်)။</translation>
    </message>
    <message>
        <source>Interview notes can be recorded only after the worker has consented and the interview is private with the employer absent.</source>
        <translation>အလုပ်သမားက သဘောတူပြီး အလုပ်ရှင် မရှိဘဲ သီးသန့် တွေ့ဆုံမှသာ တွေ့ဆုံမေးမြန်းမှု မှတ်စုများကို မှတ်တမ်းတင်နိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ခမာ (ကမ္ဘောဒီးယား)</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>လာအို (လာအိုနိုင်ငံ)</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>ကရင်</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>ရှမ်း</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>မွန်</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ထိုင်း</translation>
    </message>
    <message>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြားတစ်မျိုး</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>မြန်မာနိုင်ငံ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ကမ္ဘောဒီးယားနိုင်ငံ</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>လာအိုနိုင်ငံ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ထိုင်းနိုင်ငံ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>ဗီယက်နမ်နိုင်ငံ</translation>
    </message>
    <message>
        <source>MOU recruitment</source>
        <translation>MOU ဖြင့် ခေါ်ယူခြင်း</translation>
    </message>
    <message>
        <source>Border pass (s.64)</source>
        <translation>နယ်စပ်ဖြတ်သန်းခွင့် လက်မှတ် (ပုဒ်မ 64)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>မှတ်ပုံတင်ခြင်း</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>တရားဝင် မဟုတ်</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိရှိပါ</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>နိုင်ငံကူးလက်မှတ်</translation>
    </message>
    <message>
        <source>Certificate of Identity</source>
        <translation>ကိုယ်ရေးအထောက်အထား လက်မှတ် (CI)</translation>
    </message>
    <message>
        <source>Pink card</source>
        <translation>ပန်းရောင်ကတ်</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>အလုပ်လုပ်ခွင့် လက်မှတ်</translation>
    </message>
    <message>
        <source>Seabook</source>
        <translation>သင်္ဘောသားစာအုပ် (ဆီးဘွတ်)</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>အလုပ်သမား ကိုယ်တိုင်</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>အလုပ်ရှင်</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>ပွဲစား</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>မည်သူမျှ မကိုင်ထား</translation>
    </message>
    <message>
        <source>Abuse of vulnerability</source>
        <translation>အားနည်းချက်ကို အခွင့်ကောင်းယူခြင်း</translation>
    </message>
    <message>
        <source>Deception</source>
        <translation>လှည့်စားခြင်း</translation>
    </message>
    <message>
        <source>Restriction of movement</source>
        <translation>သွားလာခွင့် ကန့်သတ်ခြင်း</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>အထီးကျန်အောင် ထားခြင်း</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>ကိုယ်ထိလက်ရောက် သို့မဟုတ် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု</translation>
    </message>
    <message>
        <source>Intimidation and threats</source>
        <translation>ခြိမ်းခြောက်ခြင်းနှင့် ကြောက်ရွံ့အောင် ပြုလုပ်ခြင်း</translation>
    </message>
    <message>
        <source>Retention of identity documents</source>
        <translation>ကိုယ်ရေးအထောက်အထား စာရွက်စာတမ်းများကို သိမ်းထားခြင်း</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <translation>လုပ်ခလစာကို ထိန်းထားခြင်း</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>ကြွေးမြီဖြင့် ချုပ်နှောင်ခြင်း</translation>
    </message>
    <message>
        <source>Abusive working and living conditions</source>
        <translation>မတရားသော အလုပ်နှင့် နေထိုင်မှု အခြေအနေများ</translation>
    </message>
    <message>
        <source>Excessive overtime</source>
        <translation>အချိန်ပို အလွန်အကျွံ ခိုင်းစေခြင်း</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New interview</source>
        <translation>တွေ့ဆုံမေးမြန်းမှု အသစ်</translation>
    </message>
    <message>
        <source>No interview recorded yet. Press “New interview” to record one; its form opens beside this list.</source>
        <translation>မှတ်တမ်းတင်ထားသော တွေ့ဆုံမေးမြန်းမှု မရှိသေးပါ။ မှတ်တမ်းတင်ရန် “တွေ့ဆုံမေးမြန်းမှု အသစ်” ကို နှိပ်ပါ။ ၎င်း၏ ပုံစံသည် ဤစာရင်းဘေးတွင် ပွင့်လာမည်။</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>တွေ့ဆုံမေးမြန်းမှုများ</translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation>အလုပ်သမား ကုဒ်</translation>
    </message>
    <message>
        <source>Name (never printed)</source>
        <translation>အမည် (မည်သည့်အခါမျှ ပုံနှိပ်မည် မဟုတ်)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ကျား/မ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ပြောသည့် ဘာသာစကား</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>ဝင်ရောက်လာသည့် နည်းလမ်း</translation>
    </message>
    <message>
        <source>Daily wage (THB)</source>
        <translation>နေ့စား လုပ်ခ (ဘတ်)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <source>The worker consents, knows they may stop at any time and limit sharing</source>
        <translation>သဘောတူ၊ အချိန်မရွေး ရပ်နိုင်၊ မျှဝေမှု ကန့်သတ်နိုင်ကြောင်း သိသည်</translation>
    </message>
    <message>
        <source>Private place: nobody else can hear</source>
        <translation>သီးသန့်နေရာ: အခြား မည်သူမျှ မကြားနိုင်</translation>
    </message>
    <message>
        <source>Employer, supervisor and broker are absent</source>
        <translation>အလုပ်ရှင်၊ ကြီးကြပ်သူနှင့် ပွဲစား မရှိကြ</translation>
    </message>
    <message>
        <source>Notes can be typed only after all three confirmations.</source>
        <translation>အတည်ပြုချက် သုံးခုလုံး ပြီးမှသာ မှတ်စုများကို ရိုက်ထည့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Forced-labour indicators observed</source>
        <translation>တွေ့ရှိရသော အတင်းအဓမ္မ လုပ်အားခိုင်းစေမှု လက္ခဏာများ</translation>
    </message>
    <message>
        <source>Notes in the worker&apos;s language</source>
        <translation>အလုပ်သမား၏ ဘာသာစကားဖြင့် မှတ်စုများ</translation>
    </message>
    <message>
        <source>Translation (Thai)</source>
        <translation>ဘာသာပြန် (ထိုင်း)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ဘာသာပြန်</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{0} [English]</source>
        <translation>{0} [အင်္ဂလိပ်]</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ခမာ (ကမ္ဘောဒီးယား)</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>လာအို (လာအိုနိုင်ငံ)</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>ကရင်</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>ရှမ်း</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>မွန်</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ထိုင်း</translation>
    </message>
    <message>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Could not read this: %1</source>
        <translation>ဤအရာကို ဖတ်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
</context>
<context>
    <name>LocalDateEdit</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 သို့မဟုတ် %2</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes only %2.</source>
        <translation>“%1” ကို မသိမ်းပါ။ ဤအကွက်သည် %2 ရက်စွဲကိုသာ လက်ခံသည်။</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 on.</source>
        <translation>“%1” ကို မသိမ်းပါ။ ဤအကွက်သည် %2 နှင့် နောက်ပိုင်း ရက်စွဲများကိုသာ လက်ခံသည်။</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates up to %2.</source>
        <translation>“%1” ကို မသိမ်းပါ။ ဤအကွက်သည် %2 အထိ ရက်စွဲများကိုသာ လက်ခံသည်။</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 to %3.</source>
        <translation>“%1” ကို မသိမ်းပါ။ ဤအကွက်သည် %2 မှ %3 အထိ ရက်စွဲများကိုသာ လက်ခံသည်။</translation>
    </message>
    <message>
        <source>“%1” is not a date, so it was not saved. Write dates like %2.</source>
        <translation>“%1” သည် ရက်စွဲ မဟုတ်သဖြင့် မသိမ်းပါ။ ရက်စွဲကို %2 ကဲ့သို့ ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Not a date yet, so not saved. Write it like %1.</source>
        <translation>ရက်စွဲ မဟုတ်သေးသဖြင့် မသိမ်းရသေးပါ။ %1 ကဲ့သို့ ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked. Enter the passphrase of %1 to continue.</source>
        <translation>သော့ခတ်ထားသည်။ ဆက်လုပ်ရန် %1 ၏ စကားဝှက်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>စကားဝှက် မှားနေသည်။</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n seconds.</source>
        <translation>
            <numerusform>စကားဝှက် အကြိမ်များစွာ မှားနေသည်။ %n စက္ကန့် ကြာလျှင် ထပ်ကြိုးစားပါ။</numerusform>
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
        <translation>စစ်ဆေးမှုများ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>လုပ်ငန်းဌာနများ</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>ညှိနှိုင်းရေးမှူးများ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>လွှဲပြောင်းပေးပို့မှုများ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ထပ်တူပြုရန်</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ကဏ္ဍများ</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (F1)</source>
        <translation>ညှိနှိုင်းရေးမှူး လက်စွဲ (F1)</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးများ လက်စွဲ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>ထပ်တူပြုရန် စောင့်နေသော ပြောင်းလဲမှု %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1 (USB)</source>
        <translation>နောက်ဆုံး ထပ်တူပြုချိန်: %1 (USB)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>နောက်ဆုံး ထပ်တူပြုချိန်: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ထပ်တူ မပြုရသေးပါ</translation>
    </message>
    <message>
        <source>Access revoked by HQ</source>
        <translation>ဌာနချုပ်က ဝင်ရောက်ခွင့်ကို ရုပ်သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ထပ်တူပြုနေသည်…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>အွန်လိုင်း</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>အော့ဖ်လိုင်း</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>နောက်ဆက်တွဲများ</translation>
    </message>
    <message>
        <source>The handbook cannot be opened: its data on this laptop is damaged. Reinstall the app or ask HQ for help, and give them this detail: %1</source>
        <translation>လက်စွဲစာအုပ်ကို ဖွင့်၍ မရပါ: ဤလက်ပ်တော့ပေါ်ရှိ ၎င်း၏ ဒေတာ ပျက်စီးနေသည်။ အက်ပ်ကို ပြန်ထည့်ပါ သို့မဟုတ် ဌာနချုပ်ထံ အကူအညီတောင်းပြီး ဤအသေးစိတ်ကို ပေးပါ: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost: everything saved before is intact, and your text is still in the form.</source>
        <translation>ဒစ်ခ်ပြည့်နေပါသည်။ နေရာလွတ်အချို့ ရှင်းလင်းပြီးမှ ထပ်မံကြိုးစားပါ။ ဘာမှမပျောက်ပါ။ ယခင်သိမ်းထားသမျှ အပြည့်အစုံရှိနေပြီး ရိုက်ထားသောစာသားသည် ဖောင်ထဲတွင် ရှိနေဆဲဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <source>Could not save ({0}). Your text is still in the form; try again. Details are in the error log.</source>
        <translation>သိမ်း၍ မရပါ ({0})။ သင့်စာသားသည် ဖောင်ထဲတွင် ရှိနေဆဲဖြစ်သည်၊ ထပ်ကြိုးစားပါ။ အသေးစိတ်ကို အမှားမှတ်တမ်းတွင် ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>, </source>
        <translation>၊ </translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>Myanmar</source>
        <translation>မြန်မာနိုင်ငံ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ကမ္ဘောဒီးယားနိုင်ငံ</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>လာအိုနိုင်ငံ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ထိုင်းနိုင်ငံ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြားနိုင်ငံ</translation>
    </message>
</context>
<context>
    <name>NewInspectionWizard</name>
    <message>
        <source>New inspection</source>
        <translation>စစ်ဆေးမှု အသစ်</translation>
    </message>
    <message>
        <source>Create &amp;inspection</source>
        <translation>စစ်ဆေးမှု ဖန်တီးရန် (&amp;I)</translation>
    </message>
</context>
<context>
    <name>OpenFindingsModel</name>
    <message>
        <source>Deadline</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>ကျော်လွန်ပြီလား</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ပြင်းထန်မှု</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ဥပဒေ အခြေခံ</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>နောက်ဆုံး စိစစ်ချက်</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>သတ်မှတ်ရက် မရှိ</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Visit type</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>အနှစ်ချုပ်</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 နှစ်အောက်</translation>
    </message>
    <message>
        <source>From Myanmar</source>
        <translation>မြန်မာနိုင်ငံမှ</translation>
    </message>
    <message>
        <source>From Cambodia</source>
        <translation>ကမ္ဘောဒီးယားနိုင်ငံမှ</translation>
    </message>
    <message>
        <source>From Laos</source>
        <translation>လာအိုနိုင်ငံမှ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ထိုင်းနိုင်ငံသား</translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation>အခြား နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Complaint source</source>
        <translation>တိုင်ကြားချက်၏ ရင်းမြစ်</translation>
    </message>
    <message>
        <source>Who or what raised the complaint. Printed only in the confidential full report, never in the employer&apos;s notice.</source>
        <translation>တိုင်ကြားချက်ကို မည်သူ သို့မဟုတ် မည်သည့်အရာက တင်ပြခဲ့သနည်း။ လျှို့ဝှက် အစီရင်ခံစာ အပြည့်အစုံတွင်သာ ဖော်ပြမည်ဖြစ်ပြီး အလုပ်ရှင်ထံ ပေးသော အကြောင်းကြားစာတွင် မည်သည့်အခါမျှ ဖော်ပြမည် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The visit follows a complaint whose source must stay confidential</source>
        <translation>ဤစစ်ဆေးမှုသည် တိုင်ကြားချက်တစ်ခုကြောင့် ဖြစ်ပြီး တိုင်ကြားသူကို လျှို့ဝှက်ထားရမည်</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ကွင်းဆင်းစစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>Workforce seen on the day</source>
        <translation>ထိုနေ့တွင် တွေ့ရသော အလုပ်သမားများ</translation>
    </message>
</context>
<context>
    <name>PermitStatus</name>
    <message>
        <source>Valid</source>
        <translation>သက်တမ်းရှိ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>သက်တမ်းကုန်ပြီ</translation>
    </message>
    <message>
        <source>Pending renewal</source>
        <translation>သက်တမ်းတိုးရန် စောင့်ဆိုင်းဆဲ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ရုပ်သိမ်းခံရသည်</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>ခွင့်ပြုချက် မရှိ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>မသိရှိပါ</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Province</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation>ခရိုင်ကို ရိုက်ထည့်ပါ သို့မဟုတ် ရွေးပါ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>မြို့နယ် (&amp;D)</translation>
    </message>
    <message>
        <source>Type or choose a district</source>
        <translation>မြို့နယ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် ရွေးပါ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>မြို့နယ်ခွဲ</translation>
    </message>
    <message>
        <source>Type or choose a subdistrict</source>
        <translation>မြို့နယ်ခွဲကို ရိုက်ထည့်ပါ သို့မဟုတ် ရွေးပါ</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>ခရိုင် (&amp;P)</translation>
    </message>
    <message>
        <source>Su&amp;bdistrict</source>
        <translation>မြို့နယ်ခွဲ (&amp;B)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>user</source>
        <translation>အသုံးပြုသူ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <source>language coordinator</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>လုပ်ငန်းဌာန</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>စစ်ဆေးရန်စာရင်း ပုံစံ</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက်</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>checklist add-on of an inspection</source>
        <translation>စစ်ဆေးမှု၏ ဖြည့်စွက် စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <source>coordinator of an inspection</source>
        <translation>စစ်ဆေးမှု၏ ဘာသာစကား ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>signed revision</source>
        <translation>လက်မှတ်ထိုးပြီး မူ</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>စစ်ဆေးရန်စာရင်း အဖြေ</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>တွေ့ဆုံမေးမြန်းမှု</translation>
    </message>
    <message>
        <source>worker document</source>
        <translation>အလုပ်သမား၏ စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>interpreter note</source>
        <translation>စကားပြန် မှတ်စု</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>စိစစ်အတည်ပြုချက်</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>လွှဲပြောင်းပေးပို့မှု</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ပူးတွဲဖိုင်</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>လက်မှတ်</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Multidisciplinary team (MDT)</source>
        <translation>ဘက်စုံ ကျွမ်းကျင်သူ အဖွဲ့ (MDT)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>ရဲတပ်ဖွဲ့</translation>
    </message>
    <message>
        <source>Employment Department</source>
        <translation>အလုပ်အကိုင် ဦးစီးဌာန</translation>
    </message>
    <message>
        <source>Social Security Office</source>
        <translation>လူမှုဖူလုံရေး ရုံး</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Receiving body</source>
        <translation>လက်ခံမည့် အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>လွှဲပြောင်းပေးပို့သည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>အမှုနံပါတ်</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>လက်ခံသည့် အရာရှိ</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>အရာရှိ၏ ဖုန်း</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>ဆက်သွယ်မှု မှတ်စုများ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Workers concerned (codes)</source>
        <translation>သက်ဆိုင်သည့် အလုပ်သမားများ (ကုဒ်)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>ပေးပို့ပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <source>Mark as accepted</source>
        <translation>လက်ခံပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <source>Day of the step</source>
        <translation>အဆင့်၏ ရက်စွဲ</translation>
    </message>
    <message>
        <source>Given by the receiving body</source>
        <translation>လက်ခံသည့် အဖွဲ့အစည်းက ပေးသည့်အတိုင်း</translation>
    </message>
    <message>
        <source>What the receiving body did, or why it went no further</source>
        <translation>လက်ခံသည့် အဖွဲ့အစည်းက ဘာလုပ်ခဲ့သည်၊ သို့မဟုတ် အဘယ်ကြောင့် ဆက်မလုပ်ခဲ့သနည်း</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>လွှဲပြောင်းပေးပို့မှု ပုံစံ ပရင့်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Use the stored text</source>
        <translation>သိမ်းထားသော စာသားကို သုံးရန်</translation>
    </message>
    <message>
        <source>This referral is no longer on this laptop.</source>
        <translation>ဤလွှဲပြောင်းပေးပို့မှုသည် ဤလက်ပ်တော့ပေါ်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ဗလာ)</translation>
    </message>
    <message>
        <source>%1 (now stored: %2)</source>
        <translation>%1 (ယခု သိမ်းထားသည်: %2)</translation>
    </message>
    <message>
        <source>Changed elsewhere (a sync or another window) while you were typing: %1. Your text is kept on screen and replaces it when you save.</source>
        <translation>သင် စာရိုက်နေစဉ် အခြားနေရာမှ (ဆင့်ခ် သို့မဟုတ် အခြားဝင်းဒိုး) ပြောင်းလဲခဲ့သည်: %1။ သင့်စာသားကို မျက်နှာပြင်ပေါ်တွင် ထားရှိပြီး သိမ်းသည့်အခါ ၎င်းကို အစားထိုးမည်။</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>လွှဲပြောင်းပေးပို့မှုကို ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>လွှဲပြောင်းပေးပို့ခြင်း</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>%1 သို့ လွှဲပြောင်းပေးပို့ခြင်း</translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation>(တွေ့ရှိချက် မရှိ)</translation>
    </message>
    <message>
        <source>%1 · %2, visit of %3 · %4</source>
        <translation>%1 · %2၊ %3 တွင် စစ်ဆေးခဲ့သည် · %4</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>စီစဉ် %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>ပေးပို့ %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>လက်ခံ %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>ပိတ် %1</translation>
    </message>
    <message>
        <source>sent (day not recorded)</source>
        <translation>ပေးပို့ပြီး (ရက်စွဲ မှတ်မထားပါ)</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>ယခု: %1 (%2)</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>မပေးပို့ဘဲ ပိတ်ရန်</translation>
    </message>
    <message>
        <source>This referral is closed. A new referral to another body starts from the finding.</source>
        <translation>ဤလွှဲပြောင်းပေးပို့မှုကို ပိတ်ပြီးဖြစ်သည်။ အခြား အဖွဲ့အစည်းသို့ လွှဲပြောင်းပေးပို့မှုအသစ်ကို တွေ့ရှိချက်မှ စတင်ပါ။</translation>
    </message>
    <message>
        <source>Fixed once the referral is sent: to refer to another body, choose it on the finding and a new referral is made.</source>
        <translation>ပေးပို့ပြီးနောက် ပြောင်း၍ မရပါ။ အခြား အဖွဲ့အစည်းသို့ လွှဲပြောင်းလိုပါက တွေ့ရှိချက်တွင် ရွေးပါ၊ လွှဲပြောင်းပေးပို့မှု အသစ် ပြုလုပ်ပေးပါမည်။</translation>
    </message>
    <message>
        <source>%1 (reported an indicator)</source>
        <translation>%1 (လက္ခဏာ တစ်ခု ပြောပြခဲ့သည်)</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>စာလုံး %1 လုံးအထိသာ (ယခု %2)။</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is stored.</source>
        <translation>သိမ်းစရာ မရှိပါ။ ပုံစံတွင် သိမ်းထားသည့်အတိုင်း ပြထားသည်။</translation>
    </message>
    <message>
        <source>Write the outcome before closing: what the receiving body did, or why the referral went no further.</source>
        <translation>မပိတ်မီ ရလဒ်ကို ရေးပါ- လက်ခံသည့် အဖွဲ့အစည်းက ဘာလုပ်ခဲ့သည်၊ သို့မဟုတ် လွှဲပြောင်းပေးပို့မှု အဘယ်ကြောင့် ဆက်မလုပ်ခဲ့သနည်း။</translation>
    </message>
    <message>
        <source>Choose a day from %1 to today.</source>
        <translation>%1 မှ ယနေ့အထိ ရက်တစ်ရက်ကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>ReferralErrors</name>
    <message>
        <source>The referral&apos;s {field} must be text.</source>
        <translation>လွှဲပြောင်းမှု၏ {field} သည် စာသား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>The referral&apos;s {field} may hold at most {limit} characters.</source>
        <translation>လွှဲပြောင်းမှု၏ {field} တွင် စာလုံး {limit} လုံးအထိသာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <source>A referral needs its receiving body: {bodies}.</source>
        <translation>လွှဲပြောင်းမှုတွင် လက်ခံမည့် အဖွဲ့ ဖော်ပြရမည်: {bodies}။</translation>
    </message>
    <message>
        <source>A referral needs the date it was decided.</source>
        <translation>လွှဲပြောင်းမှုတွင် ဆုံးဖြတ်သည့် ရက်စွဲ ပါရမည်။</translation>
    </message>
    <message>
        <source>{worker} is not a worker interviewed in this inspection; a referral names only the coded workers of its own inspection.</source>
        <translation>{worker} သည် ဤစစ်ဆေးမှုတွင် တွေ့ဆုံမေးမြန်းခဲ့သော အလုပ်သမား မဟုတ်ပါ။ လွှဲပြောင်းမှုတွင် ၎င်း၏ စစ်ဆေးမှုမှ ကုဒ်ပေးထားသော အလုပ်သမားများကိုသာ ဖော်ပြသည်။</translation>
    </message>
    <message>
        <source>The referral date ({referral_date}) is before the visit ({visit_date}).</source>
        <translation>လွှဲပြောင်းသည့် ရက်စွဲ ({referral_date}) သည် စစ်ဆေးသည့်နေ့ ({visit_date}) မတိုင်မီ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>This referral was already {status}; its receiving body stays {body}. Record a new referral for another body.</source>
        <translation>ဤလွှဲပြောင်းမှုသည် {status} ဖြစ်ပြီးပြီ။ လက်ခံမည့် အဖွဲ့မှာ {body} အဖြစ် ဆက်ရှိမည်။ အခြား အဖွဲ့အတွက် လွှဲပြောင်းမှုအသစ် မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>nothing: it is closed</source>
        <translation>ဘာမှ မဖြစ်နိုင်တော့ပါ: ပိတ်ထားပြီ</translation>
    </message>
    <message>
        <source>This referral is {status}; it can become {allowed}, not {target}.</source>
        <translation>ဤလွှဲပြောင်းမှုသည် {status} ဖြစ်သည်။ {allowed} သို့ ပြောင်းနိုင်သော်လည်း {target} သို့ မပြောင်းနိုင်ပါ။</translation>
    </message>
    <message>
        <source>A referral cannot become {status} on {day}, before its earlier step ({earlier}).</source>
        <translation>လွှဲပြောင်းမှုသည် ယခင်အဆင့် ({earlier}) မတိုင်မီ {day} တွင် {status} မဖြစ်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>{day} is in the future; record the step on the day it happens.</source>
        <translation>{day} သည် အနာဂတ်တွင် ဖြစ်သည်။ အဆင့်ကို ဖြစ်ပွားသည့်နေ့တွင် မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>Closing a referral needs its outcome (what the receiving body did, or why it went no further).</source>
        <translation>လွှဲပြောင်းမှုကို ပိတ်ရန် ၎င်း၏ ရလဒ် လိုအပ်သည် (လက်ခံသည့် အဖွဲ့က ဘာလုပ်ခဲ့သည်၊ သို့မဟုတ် ဘာကြောင့် ဆက်မလုပ်ခဲ့သည်)။</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Planned</source>
        <translation>စီစဉ်ထားသည်</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ပေးပို့ပြီး</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>လက်ခံပြီး</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>စီစဉ်ထား</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ပေးပို့ပြီး</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>လက်ခံပြီး</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>လက်ခံသည့် အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>အမှုနံပါတ်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>လုပ်ငန်းဌာန</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>အလုပ်သမားများ</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Show</source>
        <translation>ပြရန်</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>လွှဲပြောင်းပေးပို့မှု အားလုံး</translation>
    </message>
    <message>
        <source>Open (planned, sent, accepted)</source>
        <translation>မပိတ်ရသေး (စီစဉ်၊ ပေးပို့၊ လက်ခံ)</translation>
    </message>
    <message>
        <source>Show referrals by status</source>
        <translation>အခြေအနေအလိုက် လွှဲပြောင်းပေးပို့မှုများကို ပြရန်</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>ဖွင့်ရန်…</translation>
    </message>
    <message>
        <source>Open the referral</source>
        <translation>လွှဲပြောင်းပေးပို့မှုကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>လွှဲပြောင်းပေးပို့မှု ပုံစံ ပရင့်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>စစ်ဆေးမှုကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>လွှဲပြောင်းပေးပို့မှုများ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>လွှဲပြောင်းပေးပို့မှု %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedModel</name>
    <message>
        <source>Checklist item</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက်</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Most serious</source>
        <translation>အပြင်းထန်ဆုံး</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>ဖော်ပြခံရမှု</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>စစ်ဆေးမှုများ</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n ကြိမ်</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation>အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>အစီရင်ခံစာ ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>Full inspection report (confidential)</source>
        <translation>စစ်ဆေးမှု အစီရင်ခံစာ အပြည့်အစုံ (လျှို့ဝှက်)</translation>
    </message>
    <message>
        <source>Notice to the employer</source>
        <translation>အလုပ်ရှင်ထံ အကြောင်းကြားစာ</translation>
    </message>
    <message>
        <source>Information sheet for workers</source>
        <translation>အလုပ်သမားများအတွက် သတင်းအချက်အလက် စာရွက်</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <source>A summary needs a province (DOPA code or name).</source>
        <translation>အကျဉ်းချုပ် အစီရင်ခံစာတွင် ခရိုင် (DOPA ကုဒ် သို့မဟုတ် အမည်) လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>A summary needs a period: a start and an end date.</source>
        <translation>အကျဉ်းချုပ် အစီရင်ခံစာတွင် ကာလ လိုအပ်သည်: စတင်ရက်နှင့် ပြီးဆုံးရက်။</translation>
    </message>
    <message>
        <source>No inspection with id or reference {key} in this data store.</source>
        <translation>ဤဒေတာသိုလှောင်ရာတွင် နံပါတ် သို့မဟုတ် အမှတ်စဉ် {key} ရှိသော စစ်ဆေးမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}. Its referrals: {referrals}.</source>
        <translation>စစ်ဆေးမှု {reference} တွင် လွှဲပြောင်းမှု {id} မရှိပါ။ ၎င်း၏ လွှဲပြောင်းမှုများ: {referrals}။</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}.</source>
        <translation>စစ်ဆေးမှု {reference} တွင် လွှဲပြောင်းမှု {id} မရှိပါ။</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral: give a finding a referral target (or record a referral) first.</source>
        <translation>စစ်ဆေးမှု {reference} တွင် လွှဲပြောင်းမှု မရှိပါ: တွေ့ရှိချက်တစ်ခုတွင် လွှဲပြောင်းပေးပို့မည့် အဖွဲ့ကို ဦးစွာ သတ်မှတ်ပါ (သို့မဟုတ် လွှဲပြောင်းမှု မှတ်တမ်းတင်ပါ)။</translation>
    </message>
    <message>
        <source>Inspection {reference} has {count} referrals; choose one with --referral: {referrals}.</source>
        <translation>စစ်ဆေးမှု {reference} တွင် လွှဲပြောင်းမှု {count} ခု ရှိသည်။ --referral ဖြင့် တစ်ခု ရွေးပါ: {referrals}။</translation>
    </message>
    <message>
        <source>Unknown district {query} in province {province}: give its DOPA code or its name.</source>
        <translation>ခရိုင် {province} တွင် မြို့နယ် {query} ကို မသိပါ: ၎င်း၏ DOPA ကုဒ် သို့မဟုတ် အမည်ကို ပေးပါ။</translation>
    </message>
    <message>
        <source>Unknown {level} {query}: give its DOPA code or its name.</source>
        <translation>{level} {query} ကို မသိပါ: ၎င်း၏ DOPA ကုဒ် သို့မဟုတ် အမည်ကို ပေးပါ။</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>ကာလ စတင်ရက် ({start}) သည် ပြီးဆုံးရက် ({end}) နောက်တွင် ဖြစ်နေသည်။</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Report preview: {0}</source>
        <translation>အစီရင်ခံစာ အစမ်းကြည့်ရှုခြင်း: {0}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>အစီရင်ခံစာ အစမ်းကြည့်ရှုခြင်း</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>အစီရင်ခံစာ စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ချုံ့ရန်</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ချဲ့ရန်</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>အကျယ်နှင့် ကိုက်ရန်</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>စာမျက်နှာ အကျယ်နှင့် ကိုက်ရန်</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>လက်ရှိ စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>ပရင့်ထုတ်ရန်…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>အစီရင်ခံစာကို ပရင့်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>အမည်သစ်ဖြင့် သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>အစီရင်ခံစာကို PDF ဖိုင်အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>အစမ်းကြည့်ရှုခြင်းကို ပိတ်ရန်</translation>
    </message>
    <message>
        <source>The report could not be shown; you can still save it.</source>
        <translation>အစီရင်ခံစာကို ပြသ၍ မရပါ။ သို့သော် သိမ်းဆည်းနိုင်ပါသေးသည်။</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>စာမျက်နှာ {0} / {1}</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>အစီရင်ခံစာ ပရင့်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is connected and try again.</source>
        <translation>ပရင်တာကို ဖွင့်၍ မရပါ။ ချိတ်ဆက်ထားခြင်း ရှိ၊ မရှိ စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>အစီရင်ခံစာ သိမ်းရန်</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>အစီရင်ခံစာကို {0} တွင် သိမ်း၍ မရပါ: {1}</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Making the report…</source>
        <translation>အစီရင်ခံစာ ပြုလုပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>General</source>
        <translation>အထွေထွေ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ဆောက်လုပ်ရေး</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>စက်ရုံ</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>ငါးဖမ်းလုပ်ငန်း</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>စိုက်ပျိုးရေး</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>အိမ်အကူ လုပ်ငန်း</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System default</source>
        <translation>စနစ်၏ မူလ ဆက်တင်</translation>
    </message>
    <message>
        <source>Language and documents</source>
        <translation>ဘာသာစကားနှင့် စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>လုံခြုံရေး</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ဓာတ်ပုံများ</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>ထပ်တူပြုခြင်း</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ဘာသာစကား ရွေးချယ်ရန် (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>အသုံးမပြုဘဲ ထားလျှင် သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>လက်ရှိ စကားဝှက် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>စကားဝှက် အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation>စကားဝှက် အသစ်ကို ထပ်ရိုက်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Longest &amp;side</source>
        <translation>အရှည်ဆုံးဘက် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;HQ address</source>
        <translation>ဌာနချုပ် လိပ်စာ (&amp;H)</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>အက်ပ်တွင် သုံးမည့် ဘာသာစကား</translation>
    </message>
    <message>
        <source>Use &amp;Thai digits (๑๒๓) in formal documents</source>
        <translation>တရားဝင် စာရွက်စာတမ်းများတွင် ထိုင်းဂဏန်း (๑๒๓) သုံးရန် (&amp;T)</translation>
    </message>
    <message>
        <source>Thai digits in formal documents</source>
        <translation>တရားဝင် စာရွက်စာတမ်းများတွင် ထိုင်းဂဏန်း</translation>
    </message>
    <message>
        <source> min</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>အသုံးမပြုဘဲ ဤမိနစ်အရေအတွက် ကြာလျှင် သော့ခတ်ရန်</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>လက်ရှိ စကားဝှက်</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>စကားဝှက် အသစ်</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>စကားဝှက် အသစ်ကို ထပ်ရိုက်ပါ</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>စကားဝှက် ပြောင်းရန် (&amp;C)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>စကားဝှက် ပြောင်းရန်</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ပစ်ဇယ်</translation>
    </message>
    <message>
        <source>Longest side of stored photos, in pixels</source>
        <translation>သိမ်းထားသော ဓာတ်ပုံများ၏ အရှည်ဆုံးဘက် (ပစ်ဇယ်ဖြင့်)</translation>
    </message>
    <message>
        <source>&amp;Keep the original photo beside the reduced copy</source>
        <translation>အရွယ်ချုံ့ထားသော မိတ္တူနှင့်အတူ မူရင်းဓာတ်ပုံကိုလည်း သိမ်းထားရန် (&amp;K)</translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation>မူရင်းဓာတ်ပုံများကို သိမ်းထားရန်</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ဌာနချုပ် လိပ်စာ</translation>
    </message>
    <message>
        <source>Enter the HQ address as https://… (or http://… on a test network).</source>
        <translation>ဌာနချုပ် လိပ်စာကို https://… ပုံစံဖြင့် ထည့်ပါ (စမ်းသပ် ကွန်ရက်တွင် http://…)။</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>လက်ရှိ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Type the new passphrase.</source>
        <translation>စကားဝှက် အသစ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the new one again.</source>
        <translation>စကားဝှက် အသစ် နှစ်ခု မတူပါ။ အသစ်ကို ထပ်ရိုက်ပါ။</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>စကားဝှက် အသစ်သည် လက်ရှိ စကားဝှက်နှင့် အတူတူ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>စကားဝှက် ပြောင်းနေသည်…</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one the next time you unlock.</source>
        <translation>စကားဝှက် ပြောင်းပြီးပါပြီ။ နောက်တစ်ကြိမ် သော့ဖွင့်သည့်အခါ အသစ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>လက်ရှိ စကားဝှက် မှားနေသည်။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ: %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>S1 — possible forced labour, trafficking or child labour: protect and refer</source>
        <translation>S1 — အတင်းအဓမ္မ လုပ်အားခိုင်းစေမှု၊ လူကုန်ကူးမှု သို့မဟုတ် ကလေးလုပ်သား ခိုင်းစေမှု ဖြစ်နိုင်ခြေ: ကာကွယ်ပြီး လွှဲပြောင်းပေးပို့ရန်</translation>
    </message>
    <message>
        <source>S2 — serious violation: order and prosecution or fine</source>
        <translation>S2 — ပြင်းထန်သော ချိုးဖောက်မှု: အမိန့်ထုတ်ပြီး တရားစွဲဆိုရန် သို့မဟုတ် ဒဏ်ငွေချရန်</translation>
    </message>
    <message>
        <source>S3 — order to comply by a deadline</source>
        <translation>S3 — သတ်မှတ်ရက်အတွင်း လိုက်နာရန် အမိန့်</translation>
    </message>
    <message>
        <source>S4 — advice</source>
        <translation>S4 — အကြံပြုချက်</translation>
    </message>
</context>
<context>
    <name>SignoffTab</name>
    <message>
        <source>Mark completed</source>
        <translation>ပြီးစီးကြောင်း မှတ်ရန်</translation>
    </message>
    <message>
        <source>Reopen for edits</source>
        <translation>ပြင်ဆင်ရန် ပြန်ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>စစ်ဆေးရေးမှူး</translation>
    </message>
    <message>
        <source>Employer representative</source>
        <translation>အလုပ်ရှင် ကိုယ်စားလှယ်</translation>
    </message>
    <message>
        <source>Language coordinator</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation>လက်မှတ်ထိုးသူ၏ အမည်</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: အမည်</translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation>%1: လက်မှတ်</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>လက်မှတ်ထိုးရန်</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ရှင်းရန်</translation>
    </message>
    <message>
        <source>Status: %1 (revision %2)</source>
        <translation>အခြေအနေ: %1 (ပြင်ဆင်မူ %2)</translation>
    </message>
    <message>
        <source>Signatures can be added once the inspection is completed. Press “%1” first.</source>
        <translation>စစ်ဆေးမှု ပြီးစီးမှသာ လက်မှတ်ထိုးနိုင်ပါသည်။ “%1” ကို အရင် နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>%1 လက်မှတ်ထိုးထားသည်</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>လက်မှတ် မထိုးထားပါ</translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation>လက်မှတ်ကို အရင် ဆွဲပါ။</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>လက်မှတ်ထိုးသူ၏ အမည်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>SocialSecurity</name>
    <message>
        <source>Registered</source>
        <translation>မှတ်ပုံတင်ထားပြီး</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>မှတ်ပုံမတင်ရသေး</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>မသိရှိပါ</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>မူကြမ်းအဆင့်</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ပြီးစီး</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>လက်မှတ်ထိုးပြီး</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>တင်သွင်းပြီး</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ပြန်ပို့ထား</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>{path} cannot be opened with this key: the passphrase does not match this database, or the file is damaged.</source>
        <translation>{path} ကို ဤသော့ဖြင့် ဖွင့်၍ မရပါ: စကားဝှက်သည် ဤဒေတာဘေ့စ်နှင့် မကိုက်ညီပါ၊ သို့မဟုတ် ဖိုင် ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} ကို ဖွင့်၍ မရပါ: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for user {user}.</source>
        <translation>အသုံးပြုသူ {user} အတွက် စကားဝှက် မှားနေသည်။</translation>
    </message>
    <message>
        <source>{path}: unsupported key slot format {format}.</source>
        <translation>{path}: သော့အကွက် ပုံစံ {format} ကို မပံ့ပိုးပါ။</translation>
    </message>
    <message>
        <source>No data store in {folder} (run &apos;inspector-app init&apos; first).</source>
        <translation>{folder} တွင် ဒေတာသိုလှောင်ရာ မရှိပါ (&apos;inspector-app init&apos; ကို ဦးစွာ လုပ်ဆောင်ပါ)။</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} ပျက်စီးနေပြီး ဖတ်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <source>writing the key slots {path}</source>
        <translation>သော့အကွက်များ {path} ကို ရေးသားခြင်း</translation>
    </message>
    <message>
        <source>No local user {user} on this laptop.</source>
        <translation>ဤလက်ပ်တော့ပေါ်တွင် အသုံးပြုသူ {user} မရှိပါ။</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>စကားဝှက် မှားနေသည်။</translation>
    </message>
    <message>
        <source>User {user} already has a key slot.</source>
        <translation>အသုံးပြုသူ {user} တွင် သော့အကွက် ရှိပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>စကားဝှက်တွင် အနည်းဆုံး စာလုံး {count} လုံး ပါရမည်။</translation>
    </message>
    <message>
        <source>copying the database aside before an upgrade; nothing was migrated</source>
        <translation>အဆင့်မြှင့်မတင်မီ ဒေတာဘေ့စ်ကို အရန်ကူးယူခြင်း၊ ဘာမှ မပြောင်းရွှေ့ရသေးပါ</translation>
    </message>
    <message>
        <source>Cannot copy the database aside before an upgrade ({reason}); nothing was migrated.</source>
        <translation>အဆင့်မြှင့်မတင်မီ ဒေတာဘေ့စ်ကို အရန်ကူး၍ မရပါ ({reason})။ ဘာမှ မပြောင်းရွှေ့ရသေးပါ။</translation>
    </message>
    <message>
        <source>The safety copy of the database failed its check ({result}); nothing was migrated.</source>
        <translation>ဒေတာဘေ့စ်၏ အရန်မိတ္တူသည် စစ်ဆေးမှု မအောင်ပါ ({result})။ ဘာမှ မပြောင်းရွှေ့ရသေးပါ။</translation>
    </message>
    <message>
        <source>Migration would leave {count} broken references (first in table {table}); the database was left unchanged.</source>
        <translation>ပြောင်းရွှေ့မှုကြောင့် ချိတ်ဆက်မှု ပျက် {count} ခု ကျန်မည် (ပထမဆုံးမှာ ဇယား {table} တွင်)။ ဒေတာဘေ့စ်ကို မပြောင်းလဲဘဲ ထားခဲ့သည်။</translation>
    </message>
    <message>
        <source>Migration failed the integrity check ({result}); database unchanged.</source>
        <translation>ပြောင်းရွှေ့မှုသည် ခိုင်မာမှု စစ်ဆေးချက် မအောင်ပါ ({result})။ ဒေတာဘေ့စ် မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of {roles}.</source>
        <translation>အခန်းကဏ္ဍ {role} ကို မသိပါ။ {roles} ထဲမှ တစ်ခုကို သုံးပါ။</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>အသုံးပြုသူ {user} ရှိပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{folder} already holds a data store.</source>
        <translation>{folder} တွင် ဒေတာသိုလှောင်ရာ ရှိပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Data dir {folder} does not exist.</source>
        <translation>ဒေတာဖိုင်တွဲ {folder} မရှိပါ။</translation>
    </message>
    <message>
        <source>{folder} holds no data store (run &apos;inspector-app init&apos; first).</source>
        <translation>{folder} တွင် ဒေတာသိုလှောင်ရာ မရှိပါ (&apos;inspector-app init&apos; ကို ဦးစွာ လုပ်ဆောင်ပါ)။</translation>
    </message>
    <message>
        <source>The database file is missing from {folder}.</source>
        <translation>{folder} တွင် ဒေတာဘေ့စ် ဖိုင် မရှိပါ။</translation>
    </message>
    <message>
        <source>Cannot make {folder} private to you ({reason}); check who owns it.</source>
        <translation>{folder} ကို သင်တစ်ဦးတည်းသာ သုံးနိုင်အောင် မပြုလုပ်နိုင်ပါ ({reason})။ ပိုင်ရှင် မည်သူဖြစ်သည်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Field Inspector database; it was not changed. Restore it from {backups} or from HQ.</source>
        <translation>{path} ပျက်စီးနေသည် သို့မဟုတ် Field Inspector ဒေတာဘေ့စ် မဟုတ်ပါ။ ၎င်းကို မပြောင်းလဲပါ။ {backups} မှ သို့မဟုတ် ဌာနချုပ်မှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Field Inspector (schema {schema}). It is open read-only: update the app to make changes.</source>
        <translation>ဤဒေတာကို Field Inspector ဗားရှင်းအသစ်က ရေးသားထားသည် (ဒေတာဖွဲ့စည်းပုံ {schema})။ ဖတ်ရန်သာ ဖွင့်ထားသည်: ပြင်ဆင်ရန် အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>{path} has no local device record; the data store is incomplete.</source>
        <translation>{path} တွင် ဤစက်၏ မှတ်တမ်း မရှိပါ။ ဒေတာသိုလှောင်ရာ မပြည့်စုံပါ။</translation>
    </message>
    <message>
        <source>A user name needs 1–64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>အသုံးပြုသူအမည်တွင် စာလုံး၊ ဂဏန်း၊ &apos;.&apos;၊ &apos;-&apos; သို့မဟုတ် &apos;_&apos; 1–64 လုံး ပါရမည်။</translation>
    </message>
    <message>
        <source>storing an attachment file</source>
        <translation>ပူးတွဲဖိုင်ကို သိမ်းဆည်းခြင်း</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged.</source>
        <translation>ပူးတွဲဖိုင် {name} ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged or was replaced.</source>
        <translation>ပူးတွဲဖိုင် {name} ပျက်စီးနေသည် သို့မဟုတ် အစားထိုးခံထားရသည်။</translation>
    </message>
    <message>
        <source>Attachment {name}… is missing from this laptop.</source>
        <translation>ပူးတွဲဖိုင် {name}… သည် ဤလက်ပ်တော့ပေါ်တွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>Attachment file {name} does not match its hash.</source>
        <translation>ပူးတွဲဖိုင် {name} သည် ၎င်း၏ စစ်ဆေးကုဒ်နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <source>This data store is open read-only.</source>
        <translation>ဤဒေတာသိုလှောင်ရာကို ဖတ်ရန်သာ ဖွင့်ထားသည်။</translation>
    </message>
    <message>
        <source>This data store has no local device record; it is damaged.</source>
        <translation>ဤဒေတာသိုလှောင်ရာတွင် ဤစက်၏ မှတ်တမ်း မရှိပါ: ပျက်စီးနေသည်။</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>အနှစ်ချုပ် အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <source>District</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <source>From</source>
        <translation>စတင်ရက်</translation>
    </message>
    <message>
        <source>To</source>
        <translation>အဆုံးရက်</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>အစီရင်ခံစာ ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>ခရိုင် တစ်ခုလုံး</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>အဆုံးရက်သည် စတင်ရက်ထက် စောနေသည်။</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Sync stopped by an unexpected error ({name}).</source>
        <translation>မမျှော်လင့်ထားသော အမှားကြောင့် ထပ်တူပြုခြင်း ရပ်သွားသည် ({name})။</translation>
    </message>
    <message>
        <source>Stopped by an unexpected error ({name}); nothing was lost.</source>
        <translation>မမျှော်လင့်ထားသော အမှားကြောင့် ရပ်သွားသည် ({name})။ ဘာမှ မပျောက်ပါ။</translation>
    </message>
    <message>
        <source>HQ at {url} did not answer in time ({reason}).</source>
        <translation>{url} ရှိ ဌာနချုပ်က အချိန်မီ မတုံ့ပြန်ပါ ({reason})။</translation>
    </message>
    <message>
        <source>Cannot reach HQ at {url} ({reason}).</source>
        <translation>{url} ရှိ ဌာနချုပ်ကို ဆက်သွယ်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <source>HQ at {url} sent an answer this app does not understand ({request}); is it a Field Inspector HQ of a compatible version?</source>
        <translation>{url} ရှိ ဌာနချုပ်က ဤအက်ပ် နားမလည်သော အဖြေ ပို့လိုက်သည် ({request})။ ၎င်းသည် ကိုက်ညီသော ဗားရှင်းရှိ Field Inspector ဌာနချုပ် ဟုတ်ပါသလား။</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP {status}); will try again.</source>
        <translation>ဌာနချုပ် အလုပ်များနေသည် သို့မဟုတ် ချို့ယွင်းနေသည် (HTTP {status})။ ထပ်ကြိုးစားပါမည်။</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired; ask HQ for a new one.</source>
        <translation>ဤစာရင်းသွင်းကုဒ်ကို မသိပါ၊ သုံးပြီးသား သို့မဟုတ် သက်တမ်းကုန်နေသည်။ ဌာနချုပ်ထံမှ အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. The data on the laptop is safe; ask HQ to enrol it again.</source>
        <translation>ဌာနချုပ်က ဤလက်ပ်တော့၏ ဝင်ခွင့်ကို ရုပ်သိမ်းလိုက်သည်။ လက်ပ်တော့ပေါ်ရှိ ဒေတာ လုံခြုံသည်။ ပြန်လည် စာရင်းသွင်းပေးရန် ဌာနချုပ်ကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <source>HQ does not know this laptop&apos;s token; enrol the laptop again.</source>
        <translation>ဌာနချုပ်က ဤလက်ပ်တော့၏ တိုကင်ကို မသိပါ။ လက်ပ်တော့ကို ပြန်လည် စာရင်းသွင်းပါ။</translation>
    </message>
    <message>
        <source>This request needs the laptop&apos;s device token.</source>
        <translation>ဤတောင်းဆိုချက်တွင် လက်ပ်တော့၏ စက် တိုကင် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>This laptop is being enrolled at this moment; try again.</source>
        <translation>ဤလက်ပ်တော့ကို ယခု စာရင်းသွင်းနေဆဲ ဖြစ်သည်။ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Another laptop is already enrolled with this device id; this data dir cannot take its place.</source>
        <translation>ဤစက်နံပါတ်ဖြင့် အခြား လက်ပ်တော့ တစ်လုံး စာရင်းသွင်းပြီး ဖြစ်သည်။ ဤဒေတာဖိုင်တွဲက ၎င်းနေရာကို အစားထိုး၍ မရပါ။</translation>
    </message>
    <message>
        <source>HQ already knows a laptop with this device id. Enrolling it again needs that laptop&apos;s own signature over a challenge from HQ (this app version does it by itself; update the app). A new or wiped laptop has a new data dir and enrols as a new device.</source>
        <translation>ဌာနချုပ်က ဤစက်နံပါတ် ရှိ လက်ပ်တော့ကို သိပြီး ဖြစ်သည်။ ပြန်လည် စာရင်းသွင်းရန် ဌာနချုပ်၏ စိန်ခေါ်ချက်အပေါ် ထိုလက်ပ်တော့၏ ကိုယ်ပိုင် လက်မှတ် လိုအပ်သည် (ဤအက်ပ် ဗားရှင်းက အလိုအလျောက် ပြုလုပ်သည်: အက်ပ်ကို အဆင့်မြှင့်ပါ)။ လက်ပ်တော့ အသစ် သို့မဟုတ် ရှင်းလင်းထားသော လက်ပ်တော့တွင် ဒေတာဖိုင်တွဲ အသစ် ရှိပြီး စက်အသစ်အဖြစ် စာရင်းသွင်းသည်။</translation>
    </message>
    <message>
        <source>HQ answered: {detail}</source>
        <translation>ဌာနချုပ်၏ အဖြေ: {detail}</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access, so it no longer syncs. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ဌာနချုပ်က ဤလက်ပ်တော့၏ ဝင်ခွင့်ကို ရုပ်သိမ်းလိုက်သဖြင့် ထပ်တူပြု၍ မရတော့ပါ။ လက်ပ်တော့ပေါ်ရှိ အရာအားလုံးကို သိမ်းထားသည်။ ပြန်လည် စာရင်းသွင်းပေးရန် ဌာနချုပ်ကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <source>{count} change sent</source>
        <translation>ပြောင်းလဲမှု {count} ခု ပို့ပြီး</translation>
    </message>
    <message>
        <source>{count} changes sent</source>
        <translation>ပြောင်းလဲမှု {count} ခု ပို့ပြီး</translation>
    </message>
    <message>
        <source>{count} already at HQ</source>
        <translation>{count} ခု ဌာနချုပ်တွင် ရှိပြီး</translation>
    </message>
    <message>
        <source>{count} conflict kept for review</source>
        <translation>ကွဲလွဲမှု {count} ခု ပြန်လည်သုံးသပ်ရန် သိမ်းထား</translation>
    </message>
    <message>
        <source>{count} conflicts kept for review</source>
        <translation>ကွဲလွဲမှု {count} ခု ပြန်လည်သုံးသပ်ရန် သိမ်းထား</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>{count} ခု ငြင်းပယ်ခံရ</translation>
    </message>
    <message>
        <source>{count} file uploaded</source>
        <translation>ဖိုင် {count} ခု တင်ပြီး</translation>
    </message>
    <message>
        <source>{count} files uploaded</source>
        <translation>ဖိုင် {count} ခု တင်ပြီး</translation>
    </message>
    <message>
        <source>{count} item received</source>
        <translation>{count} ခု လက်ခံရရှိ</translation>
    </message>
    <message>
        <source>{count} items received</source>
        <translation>{count} ခု လက်ခံရရှိ</translation>
    </message>
    <message>
        <source>{count} still to send</source>
        <translation>ပို့ရန် {count} ခု ကျန်</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}။</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet: enrol it on the Sync page (or run &apos;inspector-app enrol --hq URL --code C&apos;) with a code from HQ.</source>
        <translation>ဤလက်ပ်တော့ကို ဌာနချုပ်တွင် စာရင်းမသွင်းရသေးပါ: ဌာနချုပ်မှ ကုဒ်ဖြင့် ထပ်တူပြုရေး စာမျက်နှာတွင် စာရင်းသွင်းပါ (&apos;inspector-app enrol --hq URL --code C&apos; ကိုလည်း သုံးနိုင်သည်)။</translation>
    </message>
    <message>
        <source>No HQ address is known for this laptop; give one with --hq URL.</source>
        <translation>ဤလက်ပ်တော့အတွက် ဌာနချုပ် လိပ်စာ မသိပါ။ --hq URL ဖြင့် ပေးပါ။</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>ထပ်တူပြုခြင်း လုပ်ဆောင်နေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Connecting to {url}</source>
        <translation>{url} သို့ ချိတ်ဆက်နေသည်</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {theirs}; this app speaks {ours}. Update the app.</source>
        <translation>ဌာနချုပ်သည် ထပ်တူပြုရေး ပရိုတိုကော {theirs} ကို သုံးပြီး ဤအက်ပ်က {ours} ကို သုံးသည်။ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>ထပ်တူပြုခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet.</source>
        <translation>ဤလက်ပ်တော့ကို ဌာနချုပ်တွင် စာရင်းမသွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>Sending {count} change</source>
        <translation>ပြောင်းလဲမှု {count} ခု ပို့နေသည်</translation>
    </message>
    <message>
        <source>Sending {count} changes</source>
        <translation>ပြောင်းလဲမှု {count} ခု ပို့နေသည်</translation>
    </message>
    <message>
        <source>{done} of {total} change sent</source>
        <translation>ပြောင်းလဲမှု {total} ခုအနက် {done} ခု ပို့ပြီး</translation>
    </message>
    <message>
        <source>{done} of {total} changes sent</source>
        <translation>ပြောင်းလဲမှု {total} ခုအနက် {done} ခု ပို့ပြီး</translation>
    </message>
    <message>
        <source>Uploading {count} file ({done} of {total} KB)</source>
        <translation>ဖိုင် {count} ခု တင်နေသည် ({total} KB အနက် {done} KB)</translation>
    </message>
    <message>
        <source>Uploading {count} files ({done} of {total} KB)</source>
        <translation>ဖိုင် {count} ခု တင်နေသည် ({total} KB အနက် {done} KB)</translation>
    </message>
    <message>
        <source>Receiving updates from HQ</source>
        <translation>ဌာနချုပ်မှ အပ်ဒိတ်များ လက်ခံနေသည်</translation>
    </message>
    <message>
        <source>This data store has no device key; it is damaged.</source>
        <translation>ဤဒေတာသိုလှောင်ရာတွင် စက်သော့ မရှိပါ: ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <source>{url} is not an HQ address; give one like https://hq.example.go.th</source>
        <translation>{url} သည် ဌာနချုပ် လိပ်စာ မဟုတ်ပါ။ https://hq.example.go.th ကဲ့သို့ ပေးပါ</translation>
    </message>
    <message>
        <source>{code} is not an enrolment code; HQ gives one like K7QM-2XWD-PN4R-HT9A.</source>
        <translation>{code} သည် စာရင်းသွင်းကုဒ် မဟုတ်ပါ။ ဌာနချုပ်က K7QM-2XWD-PN4R-HT9A ကဲ့သို့ ပေးသည်။</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} change with interview notes waits on this laptop (testimony never leaves it unsealed). It goes once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ဌာနချုပ်က ၎င်း၏ အထောက်အထား သော့ကို မထုတ်ပြန်ရသေးသဖြင့် တွေ့ဆုံမေးမြန်းမှု မှတ်စုပါသော ပြောင်းလဲမှု {count} ခု ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေသည် (ထွက်ဆိုချက်ကို တံဆိပ်မခတ်ဘဲ ဘယ်တော့မှ အပြင်မပို့ပါ)။ ဌာနချုပ်က &apos;inspector-hq init-keys&apos; ကို လုပ်ဆောင်ပြီး ဤလက်ပ်တော့ ထပ်မံ ထပ်တူပြုပြီးနောက် ပို့ပါမည်။</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} changes with interview notes wait on this laptop (testimony never leaves it unsealed). They go once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ဌာနချုပ်က ၎င်း၏ အထောက်အထား သော့ကို မထုတ်ပြန်ရသေးသဖြင့် တွေ့ဆုံမေးမြန်းမှု မှတ်စုပါသော ပြောင်းလဲမှု {count} ခု ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေသည် (ထွက်ဆိုချက်ကို တံဆိပ်မခတ်ဘဲ ဘယ်တော့မှ အပြင်မပို့ပါ)။ ဌာနချုပ်က &apos;inspector-hq init-keys&apos; ကို လုပ်ဆောင်ပြီး ဤလက်ပ်တော့ ထပ်မံ ထပ်တူပြုပြီးနောက် ပို့ပါမည်။</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} change with worker document numbers waits on this laptop (a number leaves it only sealed, beside its keyed hash). It goes once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ဌာနချုပ်က ၎င်း၏ စာရွက်စာတမ်း သော့ကို မထုတ်ပြန်ရသေးသဖြင့် အလုပ်သမား စာရွက်စာတမ်း နံပါတ်ပါသော ပြောင်းလဲမှု {count} ခု ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေသည် (နံပါတ်ကို တံဆိပ်ခတ်ပြီး သော့ဖြင့် ပြုလုပ်ထားသော စစ်ဆေးကုဒ်နှင့်အတူသာ ပို့သည်)။ သော့ထုတ်ပြန်သော ဌာနချုပ်နှင့် ဤလက်ပ်တော့ ထပ်တူပြုပြီးနောက် ပို့ပါမည်။</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} changes with worker document numbers wait on this laptop (a number leaves it only sealed, beside its keyed hash). They go once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ဌာနချုပ်က ၎င်း၏ စာရွက်စာတမ်း သော့ကို မထုတ်ပြန်ရသေးသဖြင့် အလုပ်သမား စာရွက်စာတမ်း နံပါတ်ပါသော ပြောင်းလဲမှု {count} ခု ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေသည် (နံပါတ်ကို တံဆိပ်ခတ်ပြီး သော့ဖြင့် ပြုလုပ်ထားသော စစ်ဆေးကုဒ်နှင့်အတူသာ ပို့သည်)။ သော့ထုတ်ပြန်သော ဌာနချုပ်နှင့် ဤလက်ပ်တော့ ထပ်တူပြုပြီးနောက် ပို့ပါမည်။</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>ယခု ထပ်တူပြုရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>ထပ်တူပြုခြင်း ပြီးစီးမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>USB stick (when there is no network)</source>
        <translation>USB ဒရိုက် (ကွန်ရက် မရှိသည့်အခါ)</translation>
    </message>
    <message>
        <source>Write the changes waiting here to a USB stick and take it to HQ; read HQ&apos;s reply from the stick when it comes back. Only HQ can read the bundle, and HQ checks that it comes from this laptop.</source>
        <translation>ဤနေရာတွင် စောင့်နေသော ပြောင်းလဲမှုများကို USB ဒရိုက်ထဲသို့ ရေးပြီး ဌာနချုပ်သို့ ယူသွားပါ။ ဒရိုက် ပြန်ရောက်လာသည့်အခါ ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်ကို ၎င်းမှ ဖတ်ပါ။ ဒေတာအထုပ်ဖိုင်ကို ဌာနချုပ်သာ ဖတ်နိုင်ပြီး ဤလက်ပ်တော့မှ လာကြောင်း ဌာနချုပ်က စစ်ဆေးသည်။</translation>
    </message>
    <message>
        <source>Write changes to a USB stick…</source>
        <translation>ပြောင်းလဲမှုများကို USB ဒရိုက်သို့ ရေးရန်…</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply…</source>
        <translation>ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်ကို ဖတ်ရန်…</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ</source>
        <translation>ဤလက်ပ်တော့ကို ဌာနချုပ်တွင် စာရင်းသွင်းရန်</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ဌာနချုပ် လိပ်စာ</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>တစ်ကြိမ်သုံး ကုဒ်</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>စာရင်းသွင်းရန်</translation>
    </message>
    <message>
        <source>Refused by HQ (kept on this laptop)</source>
        <translation>ဌာနချုပ်က လက်မခံသည်များ (ဤလက်ပ်တော့ပေါ်တွင် သိမ်းထားသည်)</translation>
    </message>
    <message>
        <source>Kept by HQ for a supervisor to compare</source>
        <translation>ကြီးကြပ်သူက နှိုင်းယှဉ်ကြည့်ရန် ဌာနချုပ်က သိမ်းထားသည်များ</translation>
    </message>
    <message>
        <source>Changes refused by HQ</source>
        <translation>ဌာနချုပ်က လက်မခံသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <source>Changes in conflict</source>
        <translation>ကွဲလွဲနေသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>This laptop (%1) syncs with %2.</source>
        <translation>ဤလက်ပ်တော့ (%1) သည် %2 နှင့် ထပ်တူပြုသည်။</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Changes are kept safely here until it is.</source>
        <translation>ဤလက်ပ်တော့ကို ဌာနချုပ်တွင် စာရင်းမသွင်းရသေးပါ။ စာရင်းသွင်းပြီးသည်အထိ ပြောင်းလဲမှုများကို ဤလက်ပ်တော့ပေါ်တွင် ဘေးကင်းစွာ သိမ်းထားပါမည်။</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ဌာနချုပ်က ဤလက်ပ်တော့၏ ဝင်ရောက်ခွင့်ကို ရုပ်သိမ်းလိုက်သည်။ လက်ပ်တော့ပေါ်ရှိ အရာအားလုံးကို သိမ်းထားဆဲ ဖြစ်သည်၊ ထပ်မံ စာရင်းသွင်းပေးရန် ဌာနချုပ်ကို တောင်းဆိုပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>ထပ်တူပြုရန် စောင့်နေသော ပြောင်းလဲမှု %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>နောက်ဆုံး အောင်မြင်စွာ ထပ်တူပြုချိန်: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ထပ်တူ မပြုရသေးပါ</translation>
    </message>
    <message>
        <source>Last successful sync: by USB stick. HQ made the reply on %1; it was read here on %2.</source>
        <translation>နောက်ဆုံး အောင်မြင်စွာ ထပ်တူပြုချိန်: USB ဒရိုက်ဖြင့်။ ဌာနချုပ်က အကြောင်းပြန်ဖိုင်ကို %1 တွင် ပြုလုပ်ခဲ့ပြီး ဤစက်တွင် %2 တွင် ဖတ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>နောက်ဆုံး ပြဿနာ: %1</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; what was not acknowledged is sent next time.</source>
        <translation>ထပ်တူပြုခြင်းကို ပယ်ဖျက်လိုက်သည်။ မည်သည့်အရာမျှ မပျောက်ပါ၊ လက်ခံရရှိကြောင်း ဌာနချုပ်က အတည်မပြုရသေးသည်များကို နောက်တစ်ကြိမ်တွင် ပို့ပါမည်။</translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>ထပ်တူပြုခြင်း မပြီးဆုံးပါ: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received, %3 of data.</source>
        <translation>ထပ်တူပြုခြင်း ပြီးဆုံးပါပြီ: ပို့ပြီး %1 ခု၊ လက်ခံရရှိ %2 ခု၊ ဒေတာ ပမာဏ %3။</translation>
    </message>
    <message>
        <source>Writing the changes to %1…</source>
        <translation>ပြောင်းလဲမှုများကို %1 သို့ ရေးနေသည်…</translation>
    </message>
    <message>
        <source>Reading HQ&apos;s reply %1…</source>
        <translation>ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင် %1 ကို ဖတ်နေသည်…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>ဒေတာအထုပ်ဖိုင်ကို မရေးရပါ: %1</translation>
    </message>
    <message>
        <source>HQ&apos;s reply was not read: %1</source>
        <translation>ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်ကို မဖတ်ရပါ: %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ&apos;s reply is read: %Ln changes acknowledged.</source>
        <translation>
            <numerusform>ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်ကို ဖတ်ပြီးပါပြီ: ပြောင်းလဲမှု %n ခုကို ဌာနချုပ်က လက်ခံကြောင်း အတည်ပြုသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</source>
        <translation>
            <numerusform>ဌာနချုပ်က လက်မခံသော ပြောင်းလဲမှု %n ခု: ဤလက်ပ်တော့ပေါ်တွင် သိမ်းထားပြီး ဌာနချုပ်၏ အကြောင်းပြချက်များနှင့်အတူ အောက်တွင် ဖော်ပြထားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes kept by HQ for a supervisor to compare.</source>
        <translation>
            <numerusform>ကြီးကြပ်သူက နှိုင်းယှဉ်ကြည့်ရန် ဌာနချုပ်က ပြောင်းလဲမှု %n ခုကို သိမ်းထားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updates from HQ applied.</source>
        <translation>
            <numerusform>ဌာနချုပ်မှ အပ်ဒိတ် %n ခုကို အသုံးပြုပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting here until HQ&apos;s reply is read (or the next sync).</source>
        <translation>
            <numerusform>ပြောင်းလဲမှု %n ခုကို %1 သို့ ရေးပြီးပါပြီ၊ ဌာနချုပ်သာ ဖတ်နိုင်အောင် တံဆိပ်ခတ်ထားသည်။ ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်ကို ဖတ်သည်အထိ (သို့မဟုတ် နောက်တစ်ကြိမ် ထပ်တူပြုသည်အထိ) ၎င်းတို့ ဤနေရာတွင် စောင့်နေမည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was waiting. The bundle written to %1 asks HQ for its decisions; HQ&apos;s reply brings them.</source>
        <translation>စောင့်နေသော ပြောင်းလဲမှု မရှိပါ။ %1 သို့ ရေးထားသော ဒေတာအထုပ်ဖိုင်သည် ဌာနချုပ်၏ ဆုံးဖြတ်ချက်များကို တောင်းသည်။ ၎င်းတို့ကို ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်က ယူဆောင်လာမည်။</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos or documents went with them.</source>
        <translation>
            <numerusform>ဓာတ်ပုံ သို့မဟုတ် စာရွက်စာတမ်း %n ခု ပါသွားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are missing on this laptop; HQ keeps the changes that need them until they arrive.</source>
        <translation>
            <numerusform>ဤလက်ပ်တော့ပေါ်တွင် ဖိုင် %n ခု ပျောက်နေသည်။ ၎င်းတို့ ရောက်လာသည်အထိ ၎င်းတို့ လိုအပ်သော ပြောင်းလဲမှုများကို ဌာနချုပ်က ထိန်းထားမည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the bundle: %1</source>
        <translation>ဒေတာအထုပ်ဖိုင်ထဲတွင် မပါပါ: %1</translation>
    </message>
    <message>
        <source>Write changes to a USB stick</source>
        <translation>ပြောင်းလဲမှုများကို USB ဒရိုက်သို့ ရေးရန်</translation>
    </message>
    <message>
        <source>Bundles for HQ (*.bundle)</source>
        <translation>ဌာနချုပ်အတွက် ဒေတာအထုပ်ဖိုင်များ (*.bundle)</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply</source>
        <translation>ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်ကို ဖတ်ရန်</translation>
    </message>
    <message>
        <source>HQ&apos;s replies (*.reply *.bundle)</source>
        <translation>ဌာနချုပ်၏ အကြောင်းပြန်ဖိုင်များ (*.reply *.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>စာရင်းသွင်းနေသည်…</translation>
    </message>
    <message>
        <source>Enrolled. This laptop now syncs with HQ.</source>
        <translation>စာရင်းသွင်းပြီးပါပြီ။ ဤလက်ပ်တော့သည် ယခုမှစ၍ ဌာနချုပ်နှင့် ထပ်တူပြုပါမည်။</translation>
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
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို ဖတ်မရပါ ({problem})။ ဤလက်ပ်တော့ရှိ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} holds an invisible NUL character (often pasted from another program). Correct that text and sync again.</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို သိမ်းမရပါ- {field} ရှိ စာသားတွင် မမြင်ရသော NUL စာလုံး ပါနေသည် (အခြားပရိုဂရမ်မှ ကူးထည့်ရာတွင် မကြာခဏ ပါလာတတ်သည်)။ ထိုစာသားကို ပြင်ပြီး ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} is not valid Unicode. Correct that text and sync again.</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို သိမ်းမရပါ- {field} ရှိ စာသားသည် မှန်ကန်သော Unicode မဟုတ်ပါ။ ထိုစာသားကို ပြင်ပြီး ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>HQ cannot read this change: the values in {field} are nested more than {limit} levels deep.</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို ဖတ်မရပါ- {field} ရှိ တန်ဖိုးများသည် အဆင့် {limit} ထက် ပိုနက်အောင် ထပ်နေသည်။</translation>
    </message>
    <message>
        <source>This change is too large for HQ ({size} bytes; at most {limit}). Photos and files travel separately; shorten the text and sync again.</source>
        <translation>ဤပြင်ဆင်ချက်သည် ဌာနချုပ်အတွက် ကြီးလွန်းသည် ({size} ဘိုက်၊ အများဆုံး {limit})။ ဓာတ်ပုံနှင့် ဖိုင်များကို သီးခြား ပို့သည်။ စာသားကို တိုအောင်လုပ်ပြီး ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>HQ already holds a different change under this change&apos;s number. Was this laptop restored from an old backup? Ask HQ before going on.</source>
        <translation>ဌာနချုပ်တွင် ဤပြင်ဆင်ချက်၏ နံပါတ်ဖြင့် အခြားပြင်ဆင်ချက်တစ်ခု ရှိပြီးဖြစ်သည်။ ဤလက်ပ်တော့ကို အရန်ဟောင်းမှ ပြန်ယူထားပါသလား။ ဆက်မလုပ်မီ ဌာနချုပ်ကို မေးပါ။</translation>
    </message>
    <message>
        <source>This change was made on another laptop; a laptop may send only its own changes.</source>
        <translation>ဤပြင်ဆင်ချက်ကို အခြားလက်ပ်တော့တွင် ပြုလုပ်ခဲ့သည်။ လက်ပ်တော့တစ်လုံးသည် ၎င်း၏ ကိုယ်ပိုင်ပြင်ဆင်ချက်များကိုသာ ပို့နိုင်သည်။</translation>
    </message>
    <message>
        <source>HQ does not take records of this kind ({entity}) from laptops.</source>
        <translation>ဌာနချုပ်က ဤအမျိုးအစား ({entity}) မှတ်တမ်းများကို လက်ပ်တော့များမှ လက်မခံပါ။</translation>
    </message>
    <message>
        <source>The record in this change carries a different id than the change itself.</source>
        <translation>ဤပြင်ဆင်ချက်ရှိ မှတ်တမ်းတွင် ပြင်ဆင်ချက်နှင့် မတူသော id ပါနေသည်။</translation>
    </message>
    <message>
        <source>Revision {rev} of this record cannot follow revision {base_rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>ဤမှတ်တမ်း၏ ပြင်ဆင်မှု {rev} သည် ပြင်ဆင်မှု {base_rev} နောက်တွင် မလိုက်နိုင်ပါ။ ဤလက်ပ်တော့ရှိ ၎င်း၏ မှတ်တမ်းသမိုင်း ပျက်စီးနေသည်။ ဌာနချုပ်ကို မေးပါ။</translation>
    </message>
    <message>
        <source>The record says revision {fields_rev}, the change says {rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>မှတ်တမ်းက ပြင်ဆင်မှု {fields_rev} ဟုဆိုပြီး ပြင်ဆင်ချက်က {rev} ဟုဆိုသည်။ ဤလက်ပ်တော့ရှိ ၎င်း၏ မှတ်တမ်းသမိုင်း ပျက်စီးနေသည်။ ဌာနချုပ်ကို မေးပါ။</translation>
    </message>
    <message>
        <source>The record names its inspection in a form HQ cannot read.</source>
        <translation>မှတ်တမ်းသည် ၎င်း၏ စစ်ဆေးမှုကို ဌာနချုပ် ဖတ်မရသော ပုံစံဖြင့် ဖော်ပြထားသည်။</translation>
    </message>
    <message>
        <source>This change carries interview testimony unsealed ({fields}); HQ takes testimony only sealed. Update the app on this laptop.</source>
        <translation>ဤပြင်ဆင်ချက်တွင် တံဆိပ်မခတ်ရသေးသော အင်တာဗျူး ထွက်ဆိုချက် ({fields}) ပါနေသည်။ ဌာနချုပ်က တံဆိပ်ခတ်ထားသော ထွက်ဆိုချက်ကိုသာ လက်ခံသည်။ ဤလက်ပ်တော့ရှိ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>This change is sealed to evidence key {key_id}, which this HQ does not hold. Was the laptop enrolled with another HQ?</source>
        <translation>ဤပြင်ဆင်ချက်ကို သက်သေသော့ {key_id} ဖြင့် တံဆိပ်ခတ်ထားပြီး ဤဌာနချုပ်တွင် ထိုသော့ မရှိပါ။ လက်ပ်တော့ကို အခြားဌာနချုပ်တွင် စာရင်းသွင်းထားပါသလား။</translation>
    </message>
    <message>
        <source>A worker document must travel with its number&apos;s keyed hash; update the app on this laptop.</source>
        <translation>အလုပ်သမား စာရွက်စာတမ်းတစ်ခုကို ၎င်း၏ နံပါတ်၏ သော့ပါ ဟက်ရှ်နှင့်အတူ ပို့ရမည်။ ဤလက်ပ်တော့ရှိ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>The keyed hash of a worker document&apos;s number is damaged; HQ cannot check it.</source>
        <translation>အလုပ်သမား စာရွက်စာတမ်းနံပါတ်၏ သော့ပါ ဟက်ရှ် ပျက်စီးနေသဖြင့် ဌာနချုပ်က စစ်ဆေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>A worker document&apos;s number was hashed with key {key_id}, which this HQ did not issue. Was the laptop enrolled with another HQ?</source>
        <translation>အလုပ်သမား စာရွက်စာတမ်းနံပါတ်ကို ဤဌာနချုပ်က မထုတ်ပေးသော သော့ {key_id} ဖြင့် ဟက်ရှ်လုပ်ထားသည်။ လက်ပ်တော့ကို အခြားဌာနချုပ်တွင် စာရင်းသွင်းထားပါသလား။</translation>
    </message>
    <message>
        <source>Waits for an earlier change of the same record ({op_id}); it is sent after that one.</source>
        <translation>တူညီသော မှတ်တမ်း၏ ယခင်ပြင်ဆင်ချက် ({op_id}) ကို စောင့်နေသည်။ ၎င်းနောက်တွင် ပို့မည်။</translation>
    </message>
    <message>
        <source>HQ already holds another kind of record with this id.</source>
        <translation>ဌာနချုပ်တွင် ဤ id ဖြင့် အခြားအမျိုးအစား မှတ်တမ်းတစ်ခု ရှိပြီးဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} belongs to another laptop (the one that created it, or the one HQ reassigned it to). HQ takes changes to it only from that laptop.</source>
        <translation>စစ်ဆေးမှု {inspection_id} သည် အခြားလက်ပ်တော့ (၎င်းကို ဖန်တီးခဲ့သော သို့မဟုတ် ဌာနချုပ်က လွှဲပေးခဲ့သော လက်ပ်တော့) ၏ ပိုင်ဆိုင်မှု ဖြစ်သည်။ ဌာနချုပ်က ၎င်းအတွက် ပြင်ဆင်ချက်များကို ထိုလက်ပ်တော့မှသာ လက်ခံသည်။</translation>
    </message>
    <message>
        <source>The inspection&apos;s reference number is not text.</source>
        <translation>စစ်ဆေးမှု၏ ရည်ညွှန်းနံပါတ်သည် စာသား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>An inspection&apos;s reference number may hold at most {limit} characters.</source>
        <translation>စစ်ဆေးမှု၏ ရည်ညွှန်းနံပါတ်တွင် စာလုံး အများဆုံး {limit} လုံးသာ ပါနိုင်သည်။</translation>
    </message>
    <message>
        <source>HQ already holds another inspection with reference {reference}. References are unique: give this inspection a reference of its own.</source>
        <translation>ဌာနချုပ်တွင် ရည်ညွှန်းနံပါတ် {reference} ဖြင့် အခြားစစ်ဆေးမှုတစ်ခု ရှိပြီးဖြစ်သည်။ ရည်ညွှန်းနံပါတ်များ မထပ်ရပါ- ဤစစ်ဆေးမှုအတွက် ကိုယ်ပိုင် ရည်ညွှန်းနံပါတ် ပေးပါ။</translation>
    </message>
    <message>
        <source>This {entity} does not say which inspection it belongs to.</source>
        <translation>ဤ {entity} သည် မည်သည့် စစ်ဆေးမှုနှင့် သက်ဆိုင်ကြောင်း မဖော်ပြထားပါ။</translation>
    </message>
    <message>
        <source>This {entity} belongs to another inspection at HQ; a record cannot move to another inspection.</source>
        <translation>ဤ {entity} သည် ဌာနချုပ်တွင် အခြားစစ်ဆေးမှုနှင့် သက်ဆိုင်သည်။ မှတ်တမ်းတစ်ခုကို အခြားစစ်ဆေးမှုသို့ ရွှေ့၍ မရပါ။</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} is not at HQ yet; this {entity} is sent after it.</source>
        <translation>စစ်ဆေးမှု {inspection_id} သည် ဌာနချုပ်တွင် မရှိသေးပါ။ ဤ {entity} ကို ၎င်းနောက်တွင် ပို့မည်။</translation>
    </message>
    <message>
        <source>The field {field} must hold ids of records of this kind: {target_entity}.</source>
        <translation>{field} အကွက်တွင် ဤအမျိုးအစား မှတ်တမ်းများ၏ id များ ပါရမည်- {target_entity}။</translation>
    </message>
    <message>
        <source>The {target_entity} {target_id} this change points at is not at HQ yet; the change is sent after it.</source>
        <translation>ဤပြင်ဆင်ချက်က ညွှန်းသော {target_entity} {target_id} သည် ဌာနချုပ်တွင် မရှိသေးပါ။ ပြင်ဆင်ချက်ကို ၎င်းနောက်တွင် ပို့မည်။</translation>
    </message>
    <message>
        <source>The inspection this record names is not an inspection at HQ but a record of another kind ({entity}).</source>
        <translation>ဤမှတ်တမ်းက ဖော်ပြသော စစ်ဆေးမှုသည် ဌာနချုပ်တွင် စစ်ဆေးမှု မဟုတ်ဘဲ အခြားအမျိုးအစား မှတ်တမ်း ({entity}) ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Record {target_id} ({target_entity}) is not part of inspection {inspection_id}; a record may point only at records of its own inspection.</source>
        <translation>မှတ်တမ်း {target_id} ({target_entity}) သည် စစ်ဆေးမှု {inspection_id} ၏ အစိတ်အပိုင်း မဟုတ်ပါ။ မှတ်တမ်းတစ်ခုသည် ၎င်း၏ ကိုယ်ပိုင်စစ်ဆေးမှုရှိ မှတ်တမ်းများကိုသာ ညွှန်းနိုင်သည်။</translation>
    </message>
    <message>
        <source>This {entity} must name the record it checks ({target_entity}) and that record&apos;s inspection.</source>
        <translation>ဤ {entity} သည် ၎င်းစစ်ဆေးသော မှတ်တမ်း ({target_entity}) နှင့် ထိုမှတ်တမ်း၏ စစ်ဆေးမှုကို ဖော်ပြရမည်။</translation>
    </message>
    <message>
        <source>This {entity} must check a record ({target_entity}) of an earlier inspection, not one of its own.</source>
        <translation>ဤ {entity} သည် ယခင်စစ်ဆေးမှုတစ်ခု၏ မှတ်တမ်း ({target_entity}) ကို စစ်ဆေးရမည်၊ ၎င်း၏ ကိုယ်ပိုင်စစ်ဆေးမှုမှ မဟုတ်ရ။</translation>
    </message>
    <message>
        <source>A file of this change is not uploaded yet; the change is sent after it.</source>
        <translation>ဤပြင်ဆင်ချက်၏ ဖိုင်တစ်ခုကို မတင်ရသေးပါ။ ပြင်ဆင်ချက်ကို ဖိုင်နောက်တွင် ပို့မည်။</translation>
    </message>
    <message>
        <source>Kept for a supervisor: this {entity} was created by another laptop, so HQ keeps this change beside it as a proposal. A supervisor decides.</source>
        <translation>ကြီးကြပ်သူအတွက် သိမ်းထားသည်- ဤ {entity} ကို အခြားလက်ပ်တော့က ဖန်တီးခဲ့သဖြင့် ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို အဆိုပြုချက်အဖြစ် ဘေးတွင် သိမ်းထားသည်။ ကြီးကြပ်သူက ဆုံးဖြတ်မည်။</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record; this change was made on revision {base_rev}. Both versions are kept and a supervisor compares them.</source>
        <translation>ဌာနချုပ်တွင် ဤမှတ်တမ်း၏ ပြင်ဆင်မှု {hq_rev} ရှိပြီး ဤပြင်ဆင်ချက်ကို ပြင်ဆင်မှု {base_rev} ပေါ်တွင် ပြုလုပ်ခဲ့သည်။ ဗားရှင်းနှစ်ခုလုံးကို သိမ်းထားပြီး ကြီးကြပ်သူက နှိုင်းယှဉ်မည်။</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record, written by a supervisor&apos;s decision this change was not made on. Both versions are kept and a supervisor compares them.</source>
        <translation>ဌာနချုပ်တွင် ဤမှတ်တမ်း၏ ပြင်ဆင်မှု {hq_rev} ရှိပြီး ၎င်းကို ဤပြင်ဆင်ချက် အခြေမခံခဲ့သော ကြီးကြပ်သူ၏ ဆုံးဖြတ်ချက်က ရေးခဲ့သည်။ ဗားရှင်းနှစ်ခုလုံးကို သိမ်းထားပြီး ကြီးကြပ်သူက နှိုင်းယှဉ်မည်။</translation>
    </message>
    <message>
        <source>HQ refused this change: {text}</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို လက်မခံပါ- {text}</translation>
    </message>
    <message>
        <source>HQ refused this change.</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို လက်မခံပါ။</translation>
    </message>
    <message>
        <source>HQ kept this change for a supervisor: {text}</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို ကြီးကြပ်သူအတွက် သိမ်းထားသည်- {text}</translation>
    </message>
    <message>
        <source>HQ takes this change later: {text}</source>
        <translation>ဌာနချုပ်က ဤပြင်ဆင်ချက်ကို နောက်မှ လက်ခံမည်- {text}</translation>
    </message>
    <message>
        <source>HQ cannot read this laptop&apos;s key; the data store may be damaged. Ask HQ.</source>
        <translation>ဌာနချုပ်က ဤလက်ပ်တော့၏ သော့ကို ဖတ်မရပါ။ ဒေတာသိုလှောင်ရာ ပျက်စီးနေနိုင်သည်။ ဌာနချုပ်ကို မေးပါ။</translation>
    </message>
    <message>
        <source>HQ needs this laptop&apos;s signature over its challenge to enrol it again; update the app.</source>
        <translation>ပြန်လည် စာရင်းသွင်းရန် ဌာနချုပ်၏ စိန်ခေါ်ချက်ပေါ်တွင် ဤလက်ပ်တော့၏ လက်မှတ် လိုအပ်သည်။ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>HQ&apos;s enrolment challenge expired or was already used; enrol again.</source>
        <translation>ဌာနချုပ်၏ စာရင်းသွင်း စိန်ခေါ်ချက် သက်တမ်းကုန်သွားပြီ သို့မဟုတ် အသုံးပြုပြီးဖြစ်သည်။ ထပ်မံ စာရင်းသွင်းပါ။</translation>
    </message>
    <message>
        <source>HQ could not confirm that this is the laptop it enrolled under this id (the signature does not match). Nothing changed; ask HQ.</source>
        <translation>ဤ id ဖြင့် စာရင်းသွင်းထားသော လက်ပ်တော့ ဖြစ်ကြောင်း ဌာနချုပ်က အတည်မပြုနိုင်ပါ (လက်မှတ် မကိုက်ညီပါ)။ ဘာမှ မပြောင်းလဲပါ။ ဌာနချုပ်ကို မေးပါ။</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {protocol}; update the app on this laptop.</source>
        <translation>ဌာနချုပ်သည် ထပ်တူပြု ပရိုတိုကော {protocol} ကို သုံးသည်။ ဤလက်ပ်တော့ရှိ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>HQ says this request belongs to another laptop; enrol this laptop again.</source>
        <translation>ဤတောင်းဆိုချက်သည် အခြားလက်ပ်တော့နှင့် သက်ဆိုင်သည်ဟု ဌာနချုပ်က ဆိုသည်။ ဤလက်ပ်တော့ကို ထပ်မံ စာရင်းသွင်းပါ။</translation>
    </message>
    <message>
        <source>HQ has no upload of this file from this laptop; it is started again.</source>
        <translation>ဌာနချုပ်တွင် ဤလက်ပ်တော့မှ ဤဖိုင်တင်ခြင်း မရှိပါ။ ပြန်စမည်။</translation>
    </message>
    <message>
        <source>This file was announced to HQ before with another size; it cannot be uploaded under the same fingerprint.</source>
        <translation>ဤဖိုင်ကို ဌာနချုပ်သို့ ယခင်က အခြားအရွယ်အစားဖြင့် ကြေညာခဲ့သဖြင့် တူညီသော လက်ဗွေဖြင့် တင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>HQ received an empty piece of a file; sync again.</source>
        <translation>ဌာနချုပ်သည် ဖိုင်၏ အပိုင်းအလွတ်တစ်ခုကို လက်ခံရရှိသည်။ ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>A piece of a file is larger than HQ takes (at most {limit} bytes); update the app.</source>
        <translation>ဖိုင်၏ အပိုင်းတစ်ခုသည် ဌာနချုပ် လက်ခံသည်ထက် ကြီးသည် (အများဆုံး {limit} ဘိုက်)။ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>A piece of a file was damaged on the way to HQ; sync again.</source>
        <translation>ဖိုင်၏ အပိုင်းတစ်ခု ဌာနချုပ်သို့ သွားရာလမ်းတွင် ပျက်စီးသွားသည်။ ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>HQ holds another part of this file than expected; sync again.</source>
        <translation>ဌာနချုပ်တွင် မျှော်လင့်ထားသည်ထက် ဤဖိုင်၏ အခြားအပိုင်း ရှိနေသည်။ ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>A piece of a file goes past the file&apos;s size; sync again.</source>
        <translation>ဖိုင်၏ အပိုင်းတစ်ခုသည် ဖိုင်အရွယ်အစားကို ကျော်လွန်နေသည်။ ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>A file arrived at HQ damaged and was discarded; sync again to upload it again.</source>
        <translation>ဖိုင်တစ်ခု ဌာနချုပ်သို့ ပျက်စီးလျက် ရောက်ရှိပြီး ဖယ်ရှားလိုက်သည်။ ပြန်တင်ရန် ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>This request is too large for HQ (at most {limit} bytes).</source>
        <translation>ဤတောင်းဆိုချက်သည် ဌာနချုပ်အတွက် ကြီးလွန်းသည် (အများဆုံး {limit} ဘိုက်)။</translation>
    </message>
    <message>
        <source>HQ could not unpack this request (damaged on the way); sync again.</source>
        <translation>ဌာနချုပ်က ဤတောင်းဆိုချက်ကို ဖြည်၍ မရပါ (လမ်းတွင် ပျက်စီးသည်)။ ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>HQ could not accept this request ({detail}). Update the app on this laptop.</source>
        <translation>ဌာနချုပ်က ဤတောင်းဆိုချက်ကို လက်မခံနိုင်ပါ ({detail})။ ဤလက်ပ်တော့ရှိ အက်ပ်ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>HQ&apos;s disk is full; nothing was lost. Sync again after HQ has made room.</source>
        <translation>ဌာနချုပ်၏ ဒစ်ခ် ပြည့်နေသည်။ ဘာမှ မဆုံးရှုံးပါ။ ဌာနချုပ်က နေရာလွတ် ပြုလုပ်ပြီးနောက် ထပ်မံ ထပ်တူပြုပါ။</translation>
    </message>
    <message>
        <source>Too many failed attempts; HQ refuses for a while. Try again later.</source>
        <translation>မအောင်မြင်သော ကြိုးပမ်းမှု များလွန်းသဖြင့် ဌာနချုပ်က ခေတ္တ ငြင်းပယ်ထားသည်။ နောက်မှ ထပ်ကြိုးစားပါ။</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Team and language coordinator</source>
        <translation>အဖွဲ့နှင့် ဘာသာစကား ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Who is inspecting, and who interprets for the workers?</source>
        <translation>မည်သူက စစ်ဆေးမည်နည်း၊ အလုပ်သမားများအတွက် မည်သူက စကားပြန်ပေးမည်နည်း။</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>စစ်ဆေးရေး အဖွဲ့</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးများ</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>စစ်ဆေးရေးမှူးများ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language coordinators</source>
        <translation>ဘာသာစကား ညှိနှိုင်းရေးမှူးများ (&amp;L)</translation>
    </message>
    <message>
        <source>%1 (lead inspector)</source>
        <translation>%1 (ခေါင်းဆောင် စစ်ဆေးရေးမှူး)</translation>
    </message>
    <message>
        <source>Has not declared that they have no tie to the employer or a broker.</source>
        <translation>အလုပ်ရှင် သို့မဟုတ် ပွဲစားနှင့် ဆက်နွယ်မှု မရှိကြောင်း မကြေညာရသေးပါ။</translation>
    </message>
    <message>
        <source>Interpreter gender requested by a worker</source>
        <translation>အလုပ်သမား တောင်းဆိုသော စကားပြန်၏ လိင်</translation>
    </message>
    <message>
        <source>No worker has asked for an interpreter of a particular gender</source>
        <translation>မည်သည့် အလုပ်သမားမျှ သတ်မှတ်ထားသော လိင်ရှိ စကားပြန်ကို မတောင်းဆိုပါ</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter</source>
        <translation>အလုပ်သမားက အမျိုးသမီး စကားပြန် တောင်းဆိုသည်</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter</source>
        <translation>အလုပ်သမားက အမျိုးသား စကားပြန် တောင်းဆိုသည်</translation>
    </message>
    <message>
        <source>Interpreter &amp;request</source>
        <translation>စကားပြန် တောင်းဆိုချက် (&amp;R)</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter, but none of the chosen language coordinators is recorded as female.</source>
        <translation>အလုပ်သမားက အမျိုးသမီး စကားပြန် တောင်းဆိုသော်လည်း ရွေးထားသော ဘာသာစကား ညှိနှိုင်းရေးမှူးများထဲတွင် အမျိုးသမီးဟု မှတ်တမ်းတင်ထားသူ မရှိပါ။</translation>
    </message>
    <message>
        <source>Female coordinators you could add: %1.</source>
        <translation>ထည့်နိုင်သော အမျိုးသမီး ညှိနှိုင်းရေးမှူးများ - %1။</translation>
    </message>
    <message>
        <source>No female coordinator is recorded on this laptop.</source>
        <translation>ဤကွန်ပျူတာတွင် အမျိုးသမီး ညှိနှိုင်းရေးမှူး မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter, but none of the chosen language coordinators is recorded as male.</source>
        <translation>အလုပ်သမားက အမျိုးသား စကားပြန် တောင်းဆိုသော်လည်း ရွေးထားသော ဘာသာစကား ညှိနှိုင်းရေးမှူးများထဲတွင် အမျိုးသားဟု မှတ်တမ်းတင်ထားသူ မရှိပါ။</translation>
    </message>
    <message>
        <source>Male coordinators you could add: %1.</source>
        <translation>ထည့်နိုင်သော အမျိုးသား ညှိနှိုင်းရေးမှူးများ - %1။</translation>
    </message>
    <message>
        <source>No male coordinator is recorded on this laptop.</source>
        <translation>ဤကွန်ပျူတာတွင် အမျိုးသား ညှိနှိုင်းရေးမှူး မှတ်တမ်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <source>No term matches this search.</source>
        <translation>ဤရှာဖွေမှုနှင့် ကိုက်ညီသော ဝေါဟာရ မရှိပါ။</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>အခြားအခေါ်အဝေါ် - %1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ဥပဒေ အခြေခံ</translation>
    </message>
    <message>
        <source>No statutory definition</source>
        <translation>ဥပဒေတွင် အဓိပ္ပာယ်ဖွင့်ဆိုချက် မရှိ</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>years</source>
        <translation>နှစ်</translation>
    </message>
    <message>
        <source>THB/day</source>
        <translation>ဘတ်/ရက်</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Field Inspector</source>
        <translation>Field Inspector ကို သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>User</source>
        <translation>အသုံးပြုသူ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>အသုံးပြုသူ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>စကားဝှက် (&amp;P)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>သော့ဖွင့်နေသည်…</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Corrected</source>
        <translation>ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <source>Partly corrected</source>
        <translation>တစ်စိတ်တစ်ပိုင်း ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>မပြင်ဆင်ရသေး</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>မစစ်ဆေးရသေး</translation>
    </message>
    <message>
        <source>%1 — follow-up visit %2 on %3</source>
        <translation>%1 — နောက်ဆက်တွဲ စစ်ဆေးမှု %2၊ %3 တွင်</translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message>
        <source>What you found</source>
        <translation>သင် တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>What you saw, were shown or were told (e.g. passports back with the workers; pay slips for November)</source>
        <translation>သင်မြင်ခဲ့၊ ပြသခံရ သို့မဟုတ် ပြောပြခံရသည်များ (ဥပမာ- ပတ်စ်ပို့များ အလုပ်သမားများထံ ပြန်ရောက်ပြီ၊ နိုဝင်ဘာလ လစာစလစ်များ)</translation>
    </message>
    <message>
        <source>Evidence, in words</source>
        <translation>အထောက်အထား၊ စာဖြင့်</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ဓာတ်ပုံများ</translation>
    </message>
    <message>
        <source>Photos and documents of this visit; ticked ones are evidence</source>
        <translation>ဤစစ်ဆေးမှု၏ ဓာတ်ပုံနှင့် စာရွက်စာတမ်းများ- အမှန်ခြစ်ထားသည်များမှာ အထောက်အထား ဖြစ်သည်</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>ဓာတ်ပုံ ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Tick the photos and documents that show it. Photos added here are kept with this visit&apos;s attachments.</source>
        <translation>ထိုအချက်ကို ပြသသော ဓာတ်ပုံနှင့် စာရွက်စာတမ်းများကို အမှန်ခြစ်ပါ။ ဤနေရာတွင် ထည့်သော ဓာတ်ပုံများကို ဤစစ်ဆေးမှု၏ ပူးတွဲဖိုင်များနှင့်အတူ သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>Findings to verify</source>
        <translation>စိစစ်ရန် တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>This follow-up visit is approved: what it verified can no longer change.</source>
        <translation>ဤနောက်ဆက်တွဲ စစ်ဆေးမှုကို အတည်ပြုပြီးဖြစ်သည်- ၎င်း စိစစ်ခဲ့သည်များကို ပြောင်းလဲ၍ မရတော့ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>This follow-up visit checks the %n findings still open after visit %1 (%2). Record what you found for each. The earlier inspection stays exactly as it was signed: each finding takes its new status once this visit is signed.</source>
        <translation>
            <numerusform>ဤနောက်ဆက်တွဲ စစ်ဆေးမှုသည် စစ်ဆေးမှု %1 (%2) ပြီးနောက် မပြုပြင်ရသေးသော တွေ့ရှိချက် %n ခုကို စစ်ဆေးသည်။ တစ်ခုချင်းစီအတွက် သင်တွေ့ရှိသည်ကို မှတ်တမ်းတင်ပါ။ ယခင် စစ်ဆေးမှုသည် လက်မှတ်ထိုးခဲ့သည့်အတိုင်း မပြောင်းလဲဘဲ ရှိနေမည်- ဤစစ်ဆေးမှုကို လက်မှတ်ထိုးပြီးမှ တွေ့ရှိချက်တစ်ခုစီသည် အခြေအနေသစ် ရရှိမည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Found at visit %1</source>
        <translation>စစ်ဆေးမှု %1 တွင် တွေ့ရှိ</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>သတ်မှတ်ရက် %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက် %1</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>ဓာတ်ပုံ သို့မဟုတ် စာရွက်စာတမ်း ထည့်ရန်</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>ဓာတ်ပုံနှင့် စာရွက်စာတမ်းများ (*.jpg *.jpeg *.png *.pdf *.heic);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ကို ဖတ်၍ မရနိုင်ပါ: %2</translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>Visit</source>
        <translation>ကွင်းဆင်းစစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>What kind of visit is this, and when?</source>
        <translation>ဤသည်မှာ မည်သည့် အမျိုးအစား စစ်ဆေးမှု ဖြစ်ပြီး မည်သည့်နေ့တွင် ဖြစ်သနည်း။</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Keep the &amp;complaint source confidential</source>
        <translation>တိုင်ကြားသူကို လျှို့ဝှက်ထားရန် (&amp;C)</translation>
    </message>
    <message>
        <source>Complaint source confidential</source>
        <translation>တိုင်ကြားသူကို လျှို့ဝှက်ထားရမည်</translation>
    </message>
    <message>
        <source>The source is never named in the employer&apos;s notice (ILO C81 art. 15).</source>
        <translation>အလုပ်ရှင်ထံ ပေးသော အကြောင်းကြားစာတွင် တိုင်ကြားသူကို မည်သည့်အခါမျှ ဖော်ပြမည် မဟုတ်ပါ (ILO C81 အပိုဒ် 15)။</translation>
    </message>
    <message>
        <source>Follow-up of inspection</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမည့် ယခင် စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>&amp;Follow-up of</source>
        <translation>နောက်ဆက်တွဲ စစ်ဆေးမည့် ယခင် စစ်ဆေးမှု (&amp;F)</translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား (&amp;T)</translation>
    </message>
    <message>
        <source>Visit &amp;date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ (&amp;D)</translation>
    </message>
    <message>
        <source>another laptop&apos;s, from HQ</source>
        <translation>အခြားလက်ပ်တော့မှ၊ ဌာနချုပ်မှ ရရှိ</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>မပြုပြင်ရသေးသော တွေ့ရှိချက် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>This establishment has no earlier visit, on this laptop or from HQ, so there is nothing to link; the visit is recorded without one.</source>
        <translation>ဤလုပ်ငန်းဌာနတွင် ဤလက်ပ်တော့ပေါ်၌ဖြစ်စေ ဌာနချုပ်မှဖြစ်စေ ယခင် စစ်ဆေးမှု မရှိသဖြင့် ချိတ်ဆက်စရာ မရှိပါ။ ဤစစ်ဆေးမှုကို ချိတ်ဆက်မှုမပါဘဲ မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message numerus="yes">
        <source>The %n open findings of that visit come with this one, to verify on site: corrected, partly or not corrected.</source>
        <translation>
            <numerusform>ထိုစစ်ဆေးမှု၏ မပြုပြင်ရသေးသော တွေ့ရှိချက် %n ခုသည် ဤစစ်ဆေးမှုနှင့်အတူ ပါလာမည်ဖြစ်ပြီး နေရာတွင် ပြင်ဆင်ပြီး၊ တစ်စိတ်တစ်ပိုင်း ပြင်ဆင်ပြီး သို့မဟုတ် မပြင်ဆင်ရသေး ဟု စစ်ဆေးရန်ဖြစ်သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>That visit has no open finding left to verify; this visit is linked to it.</source>
        <translation>ထိုစစ်ဆေးမှုတွင် ပြန်စစ်ရန် မပြုပြင်ရသေးသော တွေ့ရှိချက် မကျန်တော့ပါ။ ဤစစ်ဆေးမှုကို ၎င်းနှင့် ချိတ်ဆက်ထားမည်။</translation>
    </message>
    <message>
        <source>None</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>Choose the inspection this visit follows up.</source>
        <translation>ဤစစ်ဆေးမှုက နောက်ဆက်တွဲ စစ်ဆေးမည့် ယခင် စစ်ဆေးမှုကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>VisitType</name>
    <message>
        <source>Routine</source>
        <translation>ပုံမှန်</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>တိုင်ကြားချက်</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <source>PIPO</source>
        <translation>PIPO</translation>
    </message>
    <message>
        <source>Special operation</source>
        <translation>အထူး စစ်ဆင်ရေး</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visit date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်း အမှတ်</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>စစ်ဆေးမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>မှတ်တမ်းတင်သည့်နေရာ</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>တွေ့ရှိချက် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>မပြုပြင်ရသေး %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n S1</source>
        <translation>
            <numerusform>S1 %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified %n earlier findings</source>
        <translation>
            <numerusform>ယခင် တွေ့ရှိချက် %n ခုကို စိစစ်ခဲ့သည်</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation>%1 ဖြင့် နောက်ဆက်တွဲ စစ်ဆေးပြီး</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>%1 အတွက် စီစဉ်ထား</translation>
    </message>
</context>
<context>
    <name>WorkforceModel</name>
    <message>
        <source>Visit date</source>
        <translation>စစ်ဆေးသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်း အမှတ်</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>စုစုပေါင်း</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 နှစ်အောက်</translation>
    </message>
    <message>
        <source>Nationality mix</source>
        <translation>နိုင်ငံသား အချိုးအစား</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>မှတ်တမ်းမတင်ထား</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>ကျော်လွန်ပြီလား</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>လုပ်ဆောင်ရမည့်အရာ</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>လုပ်ငန်းဌာန</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>ယခင် စစ်ဆေးမှု</translation>
    </message>
    <message numerus="yes">
        <source>Planned follow-up visit (%n open findings)</source>
        <translation>
            <numerusform>စီစဉ်ထားသော နောက်ဆက်တွဲ စစ်ဆေးမှု (မပြုပြင်ရသေးသော တွေ့ရှိချက် %n ခု)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
</context>
<context>
    <name>ZawgyiWatcher</name>
    <message>
        <source>This Burmese text is in the old Zawgyi encoding. It is converted to Unicode when saved.</source>
        <translation>ဤမြန်မာစာသားသည် ဇော်ဂျီ (Zawgyi) စနစ်ဟောင်းဖြင့် ရေးထားသည်။ သိမ်းသည့်အခါ ယူနီကုဒ် (Unicode) သို့ ပြောင်းပေးပါမည်။</translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode.</source>
        <translation>ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းပြီးပါပြီ။</translation>
    </message>
</context>
</TS>
