<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings (qtbase) that Field Inspector shows: wizard and standard dialog buttons, text-field
     and scroll-bar menus, the file dialog. Qt ships no catalogue for this language; `make qm` compiles
     this one and the app installs it before its own. Contexts and sources must stay exactly Qt's
     (tests/ui/test_qt_strings.py checks them against Qt's catalogues); `make translations` leaves this file alone. -->
<TS version="2.1" language="my_MM">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ဒရိုက်</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ဖြတ်လမ်း</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>အားလုံး ရွေးရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>တိုးရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>လျှော့ရန် (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>အပေါ်ဆင့် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>အပေါ်ဆင့် ဖိုင်တွဲသို့ သွားရန်</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ဖိုင်တွဲအသစ် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ဖိုင်တွဲအသစ် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>စာရင်းပုံစံ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>စာရင်းပုံစံသို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>အသေးစိတ်ပုံစံ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>အသေးစိတ်ပုံစံသို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ဘေးဘားတန်း</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>နေရာများနှင့် စာညှပ်များ စာရင်း</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ကြည့်ရန်နေရာ (&amp;L):</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ကြည့်ရန်နေရာ:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ဖိုင်အမျိုးအစား (&amp;T):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ဖိုင်အမျိုးအစား:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ဖိုင်အမည် (&amp;N):</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ဖိုင်တွဲ:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ရွေးရန် (&amp;C)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ပြရန် </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>အမည်ပြောင်းရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ဖျက်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ဝှက်ထားသော ဖိုင်များ ပြရန် (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ဖိုင်တွဲအသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ဖိုင်တွဲအသစ်</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ရှိပြီးသား ဖြစ်သည်။
အစားထိုးလိုပါသလား။</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ဖိုင်ကို ရှာမတွေ့ပါ။
ဖိုင်အမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ဖိုင်တွဲကို ရှာမတွေ့ပါ။
ဖိုင်တွဲအမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ကို ပြင်ခွင့် ပိတ်ထားသည်။
ဖျက်မည်မှာ သေချာပါသလား။</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; ကို ဖျက်မည်မှာ သေချာပါသလား။</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ဖိုင်တွဲကို ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>မကြာသေးမီက နေရာများ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>အမည်သစ်ဖြင့် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ဖိုင်တွဲများ</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ဖိုင်တွဲ ရှာရန်</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ဖိုင်</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ဒရိုက်</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ဖြတ်လမ်း</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ပြင်ဆင်သည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ဖိုင်အမည် မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;&quot;%1&quot; အမည်ကို သုံး၍ မရပါ။&lt;/b&gt;&lt;p&gt;စာလုံးနည်းသော သို့မဟုတ် သင်္ကေတမပါသော အခြားအမည်ကို သုံးကြည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>အိုကေ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ပယ်ဖျက်ရန် (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန် (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>မသိမ်းဘဲ ပိတ်ရန်</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>အသေးစိတ် ပြရန်...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>အသေးစိတ် ဖျောက်ရန်...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>အားလုံး သိမ်းရန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ဟုတ်ကဲ့ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>အားလုံး ဟုတ်ကဲ့ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>မဟုတ်ပါ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>အားလုံး မဟုတ်ပါ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ရပ်ဆိုင်းရန်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>အသုံးချရန်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ပြန်လည်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>ဤနေရာသို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>ဘယ်ဘက်အစွန်</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>ထိပ်ဆုံး</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ညာဘက်အစွန်</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>အောက်ဆုံး</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ဘယ်သို့ တစ်မျက်နှာ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>အပေါ်သို့ တစ်မျက်နှာ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ညာသို့ တစ်မျက်နှာ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>အောက်သို့ တစ်မျက်နှာ</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>ဘယ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>အပေါ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ညာသို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>အောက်သို့ ရွှေ့ရန်</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>ဘယ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ညာသို့ ရွှေ့ရန်</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>လင့်ခ်လိပ်စာ ကူးယူရန် (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; နောက်သို့ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ရှေ့သို့ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ရှေ့သို့ (&amp;N)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ပြီးဆုံးရန် (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
</context>
</TS>
