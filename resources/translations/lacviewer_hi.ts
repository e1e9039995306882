<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About LAC Viewer</source>
        <translation>LAC Viewer के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LAC Viewer %1&lt;/h3&gt;&lt;p&gt;A map of the India–China Line of Actual Control flashpoints in eastern Ladakh, their disengagement status over time, the events there and their sources.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LAC Viewer %1&lt;/h3&gt;&lt;p&gt;पूर्वी लद्दाख में भारत–चीन वास्तविक नियंत्रण रेखा के टकराव बिंदुओं का नक्शा: समय के साथ उनकी सैनिकों की वापसी की स्थिति, वहाँ की घटनाएँ और उनके स्रोत।&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;GNU GPL, संस्करण 3 या बाद के संस्करण के अंतर्गत लाइसेंस प्राप्त।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtlasLoader</name>
    <message>
        <source>duplicate id &quot;%1&quot; (first at line %2)</source>
        <translation>id &quot;%1&quot; दोहराया गया है (पहली बार पंक्ति %2 पर)</translation>
    </message>
    <message>
        <source>unknown flashpoint &quot;%1&quot;</source>
        <translation>अज्ञात टकराव बिंदु &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the marker of &quot;%1&quot; lies outside its area</source>
        <translation>&quot;%1&quot; का चिह्न उसके क्षेत्र से बाहर है</translation>
    </message>
    <message>
        <source>flashpoint &quot;%1&quot; is missing</source>
        <translation>टकराव बिंदु &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>buffer zone &quot;%1&quot; is valid from %2, but %3 becomes disengaged-buffer-zone on %4</source>
        <translation>बफ़र ज़ोन &quot;%1&quot; %2 से मान्य है, पर %3 %4 को disengaged-buffer-zone बनता है</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>events must be in date order: %1 comes after %2</source>
        <translation>घटनाएँ तारीख़ के क्रम में होनी चाहिए: %1, %2 के बाद आती है</translation>
    </message>
    <message>
        <source>a month-precision date is written as the 1st of the month</source>
        <translation>महीने की सटीकता वाली तारीख़ महीने की पहली तारीख़ के रूप में लिखी जाती है</translation>
    </message>
    <message>
        <source>only a &quot;range&quot; or &quot;between&quot; has a date_end</source>
        <translation>date_end केवल &quot;range&quot; या &quot;between&quot; में होता है</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation>अज्ञात स्थान &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sets the status of &quot;%1&quot;, which is not in its flashpoints</source>
        <translation>&quot;%1&quot; की स्थिति तय करती है, जो उसके टकराव बिंदुओं में नहीं है</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event cannot set status &quot;%2&quot;</source>
        <translation>&quot;%1&quot; घटना स्थिति &quot;%2&quot; तय नहीं कर सकती</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already changes status on %2 (event &quot;%3&quot;)</source>
        <translation>&quot;%1&quot; की स्थिति %2 को पहले ही बदलती है (घटना &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>cannot read the record&apos;s description: %1</source>
        <translation>रिकॉर्ड का विवरण पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>&quot;checked_to&quot; must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&quot;checked_to&quot; YYYY-MM-DD रूप की तारीख़ होनी चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>&quot;record_type&quot; must be &quot;event&quot; or &quot;place&quot;, not &quot;%1&quot;</source>
        <translation>&quot;record_type&quot; &quot;event&quot; या &quot;place&quot; होना चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is already used by the bundled record</source>
        <translation>id &quot;%1&quot; संलग्न रिकॉर्ड में पहले से इस्तेमाल हुआ है</translation>
    </message>
</context>
<context>
    <name>Bookmark</name>
    <message>
        <source>&quot;name&quot; is missing or empty</source>
        <translation>&quot;name&quot; नहीं है या खाली है</translation>
    </message>
    <message>
        <source>&quot;extent&quot; is not [west, south, east, north] in degrees</source>
        <translation>&quot;extent&quot; अंशों में [west, south, east, north] नहीं है</translation>
    </message>
    <message>
        <source>&quot;extent&quot; lies outside the map&apos;s data, lon %1 to %2, lat %3 to %4</source>
        <translation>&quot;extent&quot; नक्शे के डेटा से बाहर है, देशांतर %1 से %2, अक्षांश %3 से %4</translation>
    </message>
    <message>
        <source>&quot;window&quot; is not &quot;cumulative&quot;, &quot;instant&quot; or a number of days from 1 to 3650</source>
        <translation>&quot;window&quot; &quot;cumulative&quot;, &quot;instant&quot; या 1 से 3650 तक दिनों की संख्या नहीं है</translation>
    </message>
    <message>
        <source>&quot;hidden_layers&quot; is not a list of layer ids</source>
        <translation>&quot;hidden_layers&quot; परत id की सूची नहीं है</translation>
    </message>
    <message>
        <source>&quot;hidden_layers&quot; holds something that is not a layer id</source>
        <translation>&quot;hidden_layers&quot; में कुछ ऐसा है जो परत id नहीं है</translation>
    </message>
    <message>
        <source>&quot;compare&quot; is not two dates [A, B]</source>
        <translation>&quot;compare&quot; दो तारीख़ें [A, B] नहीं है</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>&amp;Go To</source>
        <translation>जाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>नाम बदलें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <source>Saved bookmarks</source>
        <translation>सहेजे गए बुकमार्क</translation>
    </message>
    <message>
        <source>Each saved view with its date and extent. Enter goes to it.</source>
        <translation>हर सहेजा गया दृश्य, उसकी तारीख़ और क्षेत्र के साथ। Enter दबाने पर उस दृश्य पर पहुँचें।</translation>
    </message>
    <message>
        <source>&amp;Saved views:</source>
        <translation>सहेजे गए दृश्य(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Rename Bookmark</source>
        <translation>बुकमार्क का नाम बदलें</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>बुकमार्क हटाएँ</translation>
    </message>
    <message>
        <source>Delete the bookmark &quot;%1&quot;?</source>
        <translation>बुकमार्क &quot;%1&quot; हटाएँ?</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>बुकमार्क आयात करें</translation>
    </message>
    <message>
        <source>Bookmarks (*.json);;All files (*)</source>
        <translation>बुकमार्क (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>बुकमार्क निर्यात करें</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>बुकमार्क (*.json)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>%1 — %2, lon %3–%4°E, lat %5–%6°N</source>
        <translation>%1 — %2, देशांतर %3–%4°पू, अक्षांश %5–%6°उ</translation>
    </message>
</context>
<context>
    <name>BookmarkFile</name>
    <message>
        <source>%1:%2: not JSON: %3</source>
        <translation>%1:%2: JSON नहीं है: %3</translation>
    </message>
    <message>
        <source>%1: not a LAC Viewer bookmarks file (expected {&quot;%2&quot;: 1, &quot;bookmarks&quot;: [...]})</source>
        <translation>%1: LAC Viewer की बुकमार्क फ़ाइल नहीं है (अपेक्षित {&quot;%2&quot;: 1, &quot;bookmarks&quot;: [...]})</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <translation>बुकमार्क %1</translation>
    </message>
    <message>
        <source>bookmark %1 &quot;%2&quot;</source>
        <translation>बुकमार्क %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>%1: %2: the name is used twice</source>
        <translation>%1: %2: यह नाम दो बार इस्तेमाल हुआ है</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>%1: too large for a bookmarks file</source>
        <translation>%1: बुकमार्क फ़ाइल के लिए बहुत बड़ी है</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: लिखी नहीं जा सकती: %2</translation>
    </message>
</context>
<context>
    <name>BookmarkMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>बुकमार्क(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarks: %1</source>
        <translation>बुकमार्क: %1</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>बुकमार्क जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>बुकमार्क प्रबंधित करें(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks…</source>
        <translation>बुकमार्क आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>बुकमार्क आयात करें</translation>
    </message>
    <message>
        <source>Bookmarks (*.json);;All files (*)</source>
        <translation>बुकमार्क (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Import Bookmarks</source>
        <translation>बुकमार्क आयात करें</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>कुछ भी आयात नहीं हुआ।

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bookmark(s)</source>
        <translation>
            <numerusform>%n बुकमार्क आयात किया गया</numerusform>
            <numerusform>%n बुकमार्क आयात किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Bookmarks…</source>
        <translation>बुकमार्क निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>बुकमार्क निर्यात करें</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>बुकमार्क (*.json)</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>बुकमार्क निर्यात करें</translation>
    </message>
    <message>
        <source>Nothing was written.

%1</source>
        <translation>कुछ नहीं लिखा गया।

%1</translation>
    </message>
    <message>
        <source>Bookmark &quot;%1&quot;</source>
        <translation>बुकमार्क &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>बुकमार्क जोड़ें</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>इस दृश्य का नाम:</translation>
    </message>
    <message>
        <source>A bookmark called &quot;%1&quot; exists. Replace it with this view?</source>
        <translation>&quot;%1&quot; नाम का बुकमार्क पहले से मौजूद है। क्या उसे इस दृश्य से बदल दें?</translation>
    </message>
</context>
<context>
    <name>BookmarkStore</name>
    <message>
        <source>%1 (moved aside to %2)</source>
        <translation>%1 (फ़ाइल हटाकर %2 के रूप में अलग रखी गई)</translation>
    </message>
    <message>
        <source>A bookmark needs a name.</source>
        <translation>बुकमार्क का एक नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>No such bookmark.</source>
        <translation>ऐसा कोई बुकमार्क नहीं है।</translation>
    </message>
    <message>
        <source>A bookmark called &quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot; नाम का बुकमार्क पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ऐसी कोई फ़ाइल नहीं</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Events since</source>
        <translation>इस तारीख़ से घटनाएँ</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>ब्रीफ़िंग निर्यात करें</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Unticked, each flashpoint&apos;s page lists the events since its last status change</source>
        <translation>न चुनने पर, हर टकराव बिंदु का पृष्ठ उसकी पिछली स्थिति-परिवर्तन के बाद की घटनाएँ दिखाता है</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा (लैंडस्केप)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख़ तक</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>A multi-page PDF: the region map and every flashpoint&apos;s status as of the date, a page per flashpoint with its map, history and sourced events, and every citation. The disclaimer and the record&apos;s date are on every page.</source>
        <translation>कई पृष्ठों वाली PDF: क्षेत्र का नक्शा और उस तारीख़ तक हर टकराव बिंदु की स्थिति, हर टकराव बिंदु का एक पृष्ठ जिसमें उसका नक्शा, इतिहास और स्रोत सहित घटनाएँ हों, और हर उद्धरण। अस्वीकरण और रिकॉर्ड की तारीख़ हर पृष्ठ पर है।</translation>
    </message>
    <message>
        <source>Choose a file to write the briefing to.</source>
        <translation>वह फ़ाइल चुनें जिसमें ब्रीफ़िंग लिखी जाए।</translation>
    </message>
    <message>
        <source>&quot;Events since&quot; %1 is after the briefing&apos;s date %2.</source>
        <translation>&quot;इस तारीख़ से घटनाएँ&quot; %1 ब्रीफ़िंग की तारीख़ %2 के बाद है।</translation>
    </message>
    <message>
        <source>Export the briefing to</source>
        <translation>ब्रीफ़िंग यहाँ निर्यात करें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BriefingWriter</name>
    <message>
        <source>&lt;h2&gt;Status of each flashpoint on %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 को हर टकराव बिंदु की स्थिति&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>after </source>
        <translation>इसके बाद: </translation>
    </message>
    <message>
        <source>, since %1 (%2)</source>
        <translation>, %1 से (%2)</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;margin-left:24px&quot;&gt;&lt;b&gt;%1&apos;s account&lt;/b&gt; — %2%3: %4%5&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;margin-left:24px&quot;&gt;&lt;b&gt;%1 का पक्ष&lt;/b&gt; — %2%3: %4%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other name: %1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;दूसरा नाम: %1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status on %1: %2&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 को स्थिति: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, since %1 (%2 “%3”)</source>
        <translation>, %1 से (%2 “%3”)</translation>
    </message>
    <message>
        <source>after</source>
        <translation>इसके बाद:</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>इससे तय:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Status history to %1&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;%1 तक स्थिति का इतिहास&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 और %2 के बीच</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Events from %1 to %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 से %2 तक की घटनाएँ&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No event at this flashpoint in these dates.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;इन तारीख़ों में इस टकराव बिंदु पर कोई घटना नहीं।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;&lt;p&gt;Every source cited above, by number. A government&apos;s statement is cited at its own release where one could be read, otherwise at the outlet that reported it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;स्रोत&lt;/h2&gt;&lt;p&gt;ऊपर उद्धृत हर स्रोत, क्रमांक के अनुसार। किसी सरकार का बयान जहाँ पढ़ा जा सका वहाँ उसकी अपनी विज्ञप्ति से उद्धृत है, अन्यथा उसे प्रकाशित करने वाले समाचार माध्यम से।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>अज्ञात तारीख़</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Eastern Ladakh: the LAC flashpoints as of %1&lt;/h1&gt;&lt;p&gt;A briefing from the LAC Viewer record, checked to %2. Numbers in brackets refer to the list of sources at the end. Where the two governments&apos; accounts differ, each is given as its own, labelled by side.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;पूर्वी लद्दाख: %1 तक वास्तविक नियंत्रण रेखा के टकराव बिंदु&lt;/h1&gt;&lt;p&gt;LAC Viewer रिकॉर्ड से एक ब्रीफ़िंग, %2 तक जाँचा गया। कोष्ठक में दी गई संख्याएँ अंत में दी गई स्रोत-सूची की ओर संकेत करती हैं। जहाँ दोनों सरकारों के विवरण अलग हैं, वहाँ हर एक को उसके अपने पक्ष के नाम से अलग-अलग दिया गया है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Eastern Ladakh: the LAC flashpoints as of %1</source>
        <translation>पूर्वी लद्दाख: %1 तक वास्तविक नियंत्रण रेखा के टकराव बिंदु</translation>
    </message>
</context>
<context>
    <name>CategoryIndex</name>
    <message>
        <source>(no value)</source>
        <translation>(कोई मान नहीं)</translation>
    </message>
    <message>
        <source>no field to colour by</source>
        <translation>रंगने के लिए कोई फ़ील्ड नहीं</translation>
    </message>
    <message>
        <source>Other (1 value)</source>
        <translation>अन्य (1 मान)</translation>
    </message>
    <message>
        <source>Other (%L1 values)</source>
        <translation>अन्य (%L1 मान)</translation>
    </message>
</context>
<context>
    <name>ChangeListPanel</name>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Changes between the two dates</source>
        <translation>दोनों तारीख़ों के बीच बदलाव</translation>
    </message>
    <message>
        <source>Compare two dates (View › Compare Dates) to list what changed between them.</source>
        <translation>दो तारीख़ों की तुलना करें (दृश्य › तारीख़ों की तुलना) ताकि उनके बीच के बदलाव दिखें।</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n status change(s), %3 line change(s), %4 event(s).</source>
        <translation>
            <numerusform>%1 से %2 तक: %n स्थिति-परिवर्तन, %3 रेखा-परिवर्तन, %4 घटनाएँ।</numerusform>
            <numerusform>%1 से %2 तक: %n स्थिति-परिवर्तन, %3 रेखा-परिवर्तन, %4 घटनाएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>स्थिति-परिवर्तन</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>after </source>
        <translation>इसके बाद: </translation>
    </message>
    <message>
        <source>Lines and buffer zones</source>
        <translation>रेखाएँ और बफ़र ज़ोन</translation>
    </message>
    <message>
        <source>%1 appeared</source>
        <translation>%1 प्रकट हुई</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 समाप्त हुई</translation>
    </message>
    <message>
        <source>Events in between</source>
        <translation>बीच की घटनाएँ</translation>
    </message>
    <message>
        <source>Nothing changed between these dates.</source>
        <translation>इन तारीख़ों के बीच कुछ नहीं बदला।</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <source>Status changes from %1 to %2</source>
        <translation>%1 से %2 तक स्थिति-परिवर्तन</translation>
    </message>
    <message>
        <source>No flashpoint&apos;s status changed.</source>
        <translation>किसी टकराव बिंदु की स्थिति नहीं बदली।</translation>
    </message>
    <message>
        <source>On</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>नई स्थिति</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>इससे तय</translation>
    </message>
    <message>
        <source>after </source>
        <translation>इसके बाद: </translation>
    </message>
    <message>
        <source>Lines and buffer zones that appeared or ended</source>
        <translation>रेखाएँ और बफ़र ज़ोन जो प्रकट या समाप्त हुए</translation>
    </message>
    <message>
        <source>No line or buffer zone appeared or ended.</source>
        <translation>कोई रेखा या बफ़र ज़ोन प्रकट या समाप्त नहीं हुआ।</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Line or zone</source>
        <translation>रेखा या ज़ोन</translation>
    </message>
    <message>
        <source>Events after %1, up to %2 (%3)</source>
        <translation>%1 के बाद, %2 तक की घटनाएँ (%3)</translation>
    </message>
    <message>
        <source>No event is recorded in these dates.</source>
        <translation>इन तारीख़ों में कोई घटना दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Nothing above cites a source.</source>
        <translation>ऊपर किसी स्रोत का उद्धरण नहीं है।</translation>
    </message>
    <message>
        <source>The numbers in brackets above refer to these. A government&apos;s statement is cited at its own release where one could be read, otherwise at the outlet that reported it.</source>
        <translation>ऊपर कोष्ठक में दी गई संख्याएँ इन्हीं की ओर संकेत करती हैं। किसी सरकार का बयान जहाँ पढ़ा जा सका वहाँ उसकी अपनी विज्ञप्ति से उद्धृत है, अन्यथा उसे प्रकाशित करने वाले समाचार माध्यम से।</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Source and its address</source>
        <translation>स्रोत और उसका पता</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>long date format (QLocale::toString)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ColourBy</name>
    <message>
        <source>%1 (CAMEO root code)</source>
        <translation>%1 (CAMEO मूल कोड)</translation>
    </message>
    <message>
        <source>%1 (first character)</source>
        <translation>%1 (पहला अक्षर)</translation>
    </message>
    <message>
        <source>%1 (first %2 characters)</source>
        <translation>%1 (पहले %2 अक्षर)</translation>
    </message>
    <message>
        <source>Make public statement</source>
        <translation>सार्वजनिक बयान देना</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>अपील करना</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>सहयोग का इरादा जताना</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>परामर्श करना</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>राजनयिक सहयोग करना</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>भौतिक सहयोग करना</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>सहायता देना</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>रियायत देना</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>जाँच करना</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>माँग करना</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>असहमति जताना</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करना</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>धमकी देना</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>विरोध प्रदर्शन करना</translation>
    </message>
    <message>
        <source>Exhibit military posture</source>
        <translation>सैन्य शक्ति का प्रदर्शन करना</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>संबंध घटाना</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>बलपूर्वक दबाव डालना</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>हमला करना</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>लड़ाई करना</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>अपरंपरागत सामूहिक हिंसा का प्रयोग करना</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the field is neither &quot;root&quot; (a CAMEO root code) nor a number of characters from 1 to %2</source>
        <translation>फ़ील्ड के बाद का &quot;%1&quot; न तो &quot;root&quot; (CAMEO मूल कोड) है, न 1 से %2 तक अक्षरों की संख्या</translation>
    </message>
    <message>
        <source>no field named</source>
        <translation>किसी फ़ील्ड का नाम नहीं दिया गया</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>संस्करण दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Read the bundled data set from DIR.</source>
        <translation>साथ आया डेटा सेट DIR से पढ़ें।</translation>
    </message>
    <message>
        <source>Show or export the map as of this date.</source>
        <translation>इस तारीख़ तक का नक्शा दिखाएँ या निर्यात करें।</translation>
    </message>
    <message>
        <source>Render the map to OUT (.png, .svg or .pdf) and exit (no display needed).</source>
        <translation>नक्शे को OUT (.png, .svg या .pdf) में बनाएँ और बाहर निकलें (डिस्प्ले की ज़रूरत नहीं)।</translation>
    </message>
    <message>
        <source>Write one numbered PNG per --step from --from to --to into DIR.</source>
        <translation>--from से --to तक हर --step पर एक क्रमांकित PNG, DIR में लिखें।</translation>
    </message>
    <message>
        <source>Write an animated GIF, one frame per --step from --from to --to.</source>
        <translation>एक एनिमेटेड GIF लिखें, --from से --to तक हर --step पर एक फ़्रेम।</translation>
    </message>
    <message>
        <source>Export size in pixels (default 1600x1000; PNG, SVG, GIF); with --compare, each map&apos;s (default 760x900).</source>
        <translation>निर्यात का आकार पिक्सेल में (डिफ़ॉल्ट 1600x1000; PNG, SVG, GIF); --compare के साथ, हर नक्शे का (डिफ़ॉल्ट 760x900)।</translation>
    </message>
    <message>
        <source>With --export: the map as of A beside the map as of B (A before B), one legend, and what changed in between as a table with its sources; PNG, SVG or PDF. Without: the window opens comparing A and B (View › Compare Dates).</source>
        <translation>--export के साथ: A तक का नक्शा B तक के नक्शे के बगल में (A, B से पहले), एक लेजेंड, और बीच में हुए बदलावों की तालिका उनके स्रोतों सहित; PNG, SVG या PDF। इसके बिना: विंडो A और B की तुलना करते हुए खुलती है (दृश्य › तारीख़ों की तुलना)।</translation>
    </message>
    <message>
        <source>Frame one flashpoint, or all (default), in the window or an export.</source>
        <translation>विंडो या निर्यात में एक टकराव बिंदु, या सभी (डिफ़ॉल्ट), फ़्रेम में दिखाएँ।</translation>
    </message>
    <message>
        <source>Frame this lon/lat box in the window or an export (degrees; inside 72,28,86,38).</source>
        <translation>विंडो या निर्यात में यह देशांतर/अक्षांश क्षेत्र फ़्रेम में दिखाएँ (डिग्री में; 72,28,86,38 के भीतर)।</translation>
    </message>
    <message>
        <source>Which events to show: cumulative (up to the date, the default), instant (on the date only) or the last N days.</source>
        <translation>कौन-सी घटनाएँ दिखें: cumulative (तारीख़ तक, डिफ़ॉल्ट), instant (केवल उसी तारीख़ की) या पिछले N दिन।</translation>
    </message>
    <message>
        <source>Leave a layer out of the window or an export (repeatable): basemap, terrain, roads, lac-india, lac-china, claims, buffer-zones, places, events, or a FILE&apos;s name.</source>
        <translation>विंडो या निर्यात से एक परत हटाएँ (दोहराया जा सकता है): basemap, terrain, roads, lac-india, lac-china, claims, buffer-zones, places, events, या किसी FILE का नाम।</translation>
    </message>
    <message>
        <source>Shade the terrain of an elevation raster (GeoTIFF, SRTM .hgt, VRT) under the map.</source>
        <translation>नक्शे के नीचे ऊँचाई रास्टर (GeoTIFF, SRTM .hgt, VRT) से भूभाग की छाया दिखाएँ।</translation>
    </message>
    <message>
        <source>Highlight a flashpoint, place or line in the window or an export.</source>
        <translation>विंडो या निर्यात में एक टकराव बिंदु, स्थान या रेखा को उभारें।</translation>
    </message>
    <message>
        <source>Symbol and text scale of an export, in dots per inch (24 to 2400; default 96, PDF 300). A PNG keeps --size in pixels.</source>
        <translation>निर्यात में प्रतीकों और पाठ का पैमाना, डॉट्स प्रति इंच में (24 से 2400; डिफ़ॉल्ट 96, PDF 300)। PNG अपना --size पिक्सेल में रखता है।</translation>
    </message>
    <message>
        <source>Export title (default &quot;Eastern Ladakh, as of YYYY-MM-DD&quot;); {date} is replaced by the date.</source>
        <translation>निर्यात का शीर्षक (डिफ़ॉल्ट &quot;Eastern Ladakh, as of YYYY-MM-DD&quot;); {date} की जगह तारीख़ आती है।</translation>
    </message>
    <message>
        <source>Export without the title.</source>
        <translation>शीर्षक के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export without the legend.</source>
        <translation>लेजेंड के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export without the scale bar.</source>
        <translation>स्केल बार के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export without the north arrow.</source>
        <translation>उत्तर दिशा तीर के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export without the footer (sources and disclaimer).</source>
        <translation>फ़ुटर (स्रोत और अस्वीकरण) के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export a zoomed view without the locator inset (the region with the view outlined).</source>
        <translation>ज़ूम किए गए दृश्य को लोकेटर इनसेट (दृश्य को रेखांकित करता क्षेत्र का नक्शा) के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export the map alone: no title, date, legend, scale bar, north arrow or footer.</source>
        <translation>केवल नक्शा निर्यात करें: शीर्षक, तारीख़, लेजेंड, स्केल बार, उत्तर दिशा तीर या फ़ुटर नहीं।</translation>
    </message>
    <message>
        <source>Replace export files that already exist.</source>
        <translation>पहले से मौजूद निर्यात फ़ाइलों को बदल दें।</translation>
    </message>
    <message>
        <source>Also write OUT.json: version, date, extent, size, dpi, data files&apos; SHA-256.</source>
        <translation>साथ में OUT.json भी लिखें: संस्करण, तारीख़, क्षेत्र, आकार, dpi, डेटा फ़ाइलों का SHA-256।</translation>
    </message>
    <message>
        <source>Frame step: Nd, Nw, Nm (days, weeks, months) or events (each event date; the default).</source>
        <translation>फ़्रेम का अंतराल: Nd, Nw, Nm (दिन, सप्ताह, महीने) या events (हर घटना की तारीख़; डिफ़ॉल्ट)।</translation>
    </message>
    <message>
        <source>GIF frame time in milliseconds (20 to 60000; default 500).</source>
        <translation>GIF के हर फ़्रेम का समय मिलीसेकंड में (20 से 60000; डिफ़ॉल्ट 500)।</translation>
    </message>
    <message>
        <source>PDF page size: A5, A4 (default), A3, A2, Letter, Legal, Tabloid.</source>
        <translation>PDF पृष्ठ का आकार: A5, A4 (डिफ़ॉल्ट), A3, A2, Letter, Legal, Tabloid।</translation>
    </message>
    <message>
        <source>PDF page orientation: landscape (default) or portrait.</source>
        <translation>PDF पृष्ठ की दिशा: landscape (आड़ा, डिफ़ॉल्ट) या portrait (खड़ा)।</translation>
    </message>
    <message>
        <source>Write a briefing PDF as of --date: cover map, status table, a page per flashpoint with its map, history and events (each side&apos;s account, numbered citations), and the sources.</source>
        <translation>--date तक की ब्रीफ़िंग PDF लिखें: आवरण नक्शा, स्थिति तालिका, हर टकराव बिंदु का एक पृष्ठ जिसमें उसका नक्शा, इतिहास और घटनाएँ (हर पक्ष का विवरण, क्रमांकित उद्धरण), और स्रोत।</translation>
    </message>
    <message>
        <source>With --report: list events from this date (default: since each flashpoint&apos;s status began).</source>
        <translation>--report के साथ: इस तारीख़ से घटनाएँ दिखाएँ (डिफ़ॉल्ट: जब से हर टकराव बिंदु की मौजूदा स्थिति शुरू हुई)।</translation>
    </message>
    <message>
        <source>Check the bundled data, or the FILEs given, and exit.</source>
        <translation>साथ आया डेटा, या दी गई FILEs, जाँचें और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Print every flashpoint&apos;s status at --date (default today).</source>
        <translation>--date (डिफ़ॉल्ट आज) पर हर टकराव बिंदु की स्थिति छापें।</translation>
    </message>
    <message>
        <source>List events in date order (--from, --to, --flashpoint).</source>
        <translation>घटनाएँ तारीख़ के क्रम में दिखाएँ (--from, --to, --flashpoint)।</translation>
    </message>
    <message>
        <source>Report the record&apos;s citations by kind and publisher under the source policy, and the events that rest on one publisher or one side&apos;s sources.</source>
        <translation>स्रोत नीति के अनुसार रिकॉर्ड के उद्धरणों की प्रकार और प्रकाशक के हिसाब से रिपोर्ट दें, और वे घटनाएँ जो एक ही प्रकाशक या एक ही पक्ष के स्रोतों पर टिकी हैं।</translation>
    </message>
    <message>
        <source>List what changed from --from to --to: status changes, the events in between, lines and buffer zones that appeared or ended.</source>
        <translation>--from से --to तक क्या बदला, दिखाएँ: स्थिति-परिवर्तन, बीच की घटनाएँ, रेखाएँ और बफ़र ज़ोन जो प्रकट या समाप्त हुए।</translation>
    </message>
    <message>
        <source>With --status, --events, --sources or --changes: print JSON.</source>
        <translation>--status, --events, --sources या --changes के साथ: JSON छापें।</translation>
    </message>
    <message>
        <source>First date of --events, --export-frames or --export-animation.</source>
        <translation>--events, --export-frames या --export-animation की पहली तारीख़।</translation>
    </message>
    <message>
        <source>Last date of --events, --export-frames or --export-animation.</source>
        <translation>--events, --export-frames या --export-animation की आख़िरी तारीख़।</translation>
    </message>
    <message>
        <source>With --events: only events at flashpoint ID.</source>
        <translation>--events के साथ: केवल टकराव बिंदु ID की घटनाएँ।</translation>
    </message>
    <message>
        <source>For FILEs of dated points with several date fields: the field that dates each event.</source>
        <translation>कई तारीख़ फ़ील्ड वाले तारीख़युक्त बिंदुओं की FILEs के लिए: वह फ़ील्ड जो हर घटना की तारीख़ बताती है।</translation>
    </message>
    <message>
        <source>With --date-field: the field where each event ends.</source>
        <translation>--date-field के साथ: वह फ़ील्ड जहाँ हर घटना समाप्त होती है।</translation>
    </message>
    <message>
        <source>The language of the window, exports and this help: %1 (default: the desktop&apos;s language).</source>
        <translation>विंडो, निर्यात और इस सहायता की भाषा: %1 (डिफ़ॉल्ट: डेस्कटॉप की भाषा)।</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2</source>
        <translation>--lang: &quot;%1&quot; का अनुवाद नहीं है; उपलब्ध: %2</translation>
    </message>
    <message>
        <source>not four numbers W,S,E,N in degrees</source>
        <translation>डिग्री में चार संख्याएँ W,S,E,N नहीं</translation>
    </message>
    <message>
        <source>west %1 is not less than east %2</source>
        <translation>पश्चिम %1, पूर्व %2 से कम नहीं है</translation>
    </message>
    <message>
        <source>south %1 is not less than north %2</source>
        <translation>दक्षिण %1, उत्तर %2 से कम नहीं है</translation>
    </message>
    <message>
        <source>outside the map&apos;s data, lon %1 to %2, lat %3 to %4</source>
        <translation>नक्शे के डेटा से बाहर: देशांतर %1 से %2, अक्षांश %3 से %4</translation>
    </message>
    <message>
        <source>use only one of --export, --export-frames, --export-animation, --validate, --status, --events, --sources, --changes, --report</source>
        <translation>--export, --export-frames, --export-animation, --validate, --status, --events, --sources, --changes, --report में से केवल एक का उपयोग करें</translation>
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation>--export को एक फ़ाइल नाम चाहिए</translation>
    </message>
    <message>
        <source>--compare: a comparison is one PNG, SVG or PDF, not a GIF</source>
        <translation>--compare: तुलना एक PNG, SVG या PDF होती है, GIF नहीं</translation>
    </message>
    <message>
        <source>--export: &quot;%1&quot; does not end in .png, .svg or .pdf (for a GIF use --export-animation)</source>
        <translation>--export: &quot;%1&quot; के अंत में .png, .svg या .pdf नहीं है (GIF के लिए --export-animation का उपयोग करें)</translation>
    </message>
    <message>
        <source>--export-frames needs a directory</source>
        <translation>--export-frames को एक डायरेक्टरी चाहिए</translation>
    </message>
    <message>
        <source>--export-animation: &quot;%1&quot; does not end in .gif</source>
        <translation>--export-animation: &quot;%1&quot; के अंत में .gif नहीं है</translation>
    </message>
    <message>
        <source>--report: &quot;%1&quot; does not end in .pdf</source>
        <translation>--report: &quot;%1&quot; के अंत में .pdf नहीं है</translation>
    </message>
    <message>
        <source>--compare goes with --export, or opens the window comparing the dates</source>
        <translation>--compare, --export के साथ चलता है, या विंडो को इन तारीख़ों की तुलना करते हुए खोलता है</translation>
    </message>
    <message>
        <source>--compare shows its own two dates; it does not take --date</source>
        <translation>--compare अपनी दो तारीख़ें दिखाता है; यह --date नहीं लेता</translation>
    </message>
    <message>
        <source>--%1 does not go with --compare</source>
        <translation>--%1, --compare के साथ नहीं चलता</translation>
    </message>
    <message>
        <source>--compare &quot;%1&quot;: %2</source>
        <translation>--compare &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1, --from %2 से पहले है</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT with each side 16 to 16384</source>
        <translation>--size: &quot;%1&quot; WIDTHxHEIGHT नहीं है जिसमें हर भुजा 16 से 16384 हो</translation>
    </message>
    <message>
        <source>--view needs &quot;all&quot; or a flashpoint id</source>
        <translation>--view को &quot;all&quot; या एक टकराव बिंदु id चाहिए</translation>
    </message>
    <message>
        <source>--view goes with the window or an export</source>
        <translation>--view विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>--window goes with the window or an export</source>
        <translation>--window विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>--window: &quot;%1&quot; is not cumulative, instant or a number of days from 1 to 3650</source>
        <translation>--window: &quot;%1&quot; cumulative, instant या 1 से 3650 तक दिनों की संख्या नहीं है</translation>
    </message>
    <message>
        <source>--since goes with --report</source>
        <translation>--since, --report के साथ चलता है</translation>
    </message>
    <message>
        <source>--%1 does not go with --report</source>
        <translation>--%1, --report के साथ नहीं चलता</translation>
    </message>
    <message>
        <source>--extent goes with the window or an export</source>
        <translation>--extent विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>use --view or --extent, not both</source>
        <translation>--view या --extent में से एक का उपयोग करें, दोनों का नहीं</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot;: %2</source>
        <translation>--extent &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--hide-layer goes with the window or an export</source>
        <translation>--hide-layer विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>--hide-layer: unknown layer &quot;%1&quot;; expected one of: %2, or the file name of a FILE given</source>
        <translation>--hide-layer: अज्ञात परत &quot;%1&quot;; इनमें से एक होनी चाहिए: %2, या दी गई किसी FILE का फ़ाइल नाम</translation>
    </message>
    <message>
        <source>--select goes with the window or an export</source>
        <translation>--select विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>--%1 goes with --export, --export-frames or --export-animation</source>
        <translation>--%1, --export, --export-frames या --export-animation के साथ चलता है</translation>
    </message>
    <message>
        <source>--step goes with --export-frames or --export-animation</source>
        <translation>--step, --export-frames या --export-animation के साथ चलता है</translation>
    </message>
    <message>
        <source>--frame-delay goes with --export-animation</source>
        <translation>--frame-delay, --export-animation के साथ चलता है</translation>
    </message>
    <message>
        <source>--from and --to go with --events, --changes, --export-frames or --export-animation</source>
        <translation>--from और --to, --events, --changes, --export-frames या --export-animation के साथ चलते हैं</translation>
    </message>
    <message>
        <source>--changes needs --from A and --to B with A before B</source>
        <translation>--changes को --from A और --to B चाहिए, जिसमें A, B से पहले हो</translation>
    </message>
    <message>
        <source>a series takes --from and --to, not --date</source>
        <translation>एक शृंखला --from और --to लेती है, --date नहीं</translation>
    </message>
    <message>
        <source>--page and --orientation go with --export OUT.pdf</source>
        <translation>--page और --orientation, --export OUT.pdf के साथ चलते हैं</translation>
    </message>
    <message>
        <source>--size does not apply to a PDF; use --page and --orientation</source>
        <translation>--size PDF पर लागू नहीं होता; --page और --orientation का उपयोग करें</translation>
    </message>
    <message>
        <source>--size goes with --export, --export-frames or --export-animation</source>
        <translation>--size, --export, --export-frames या --export-animation के साथ चलता है</translation>
    </message>
    <message>
        <source>--select needs an id</source>
        <translation>--select को एक id चाहिए</translation>
    </message>
    <message>
        <source>--dpi: &quot;%1&quot; is not a number from 24 to 2400</source>
        <translation>--dpi: &quot;%1&quot; 24 से 2400 तक की संख्या नहीं है</translation>
    </message>
    <message>
        <source>--title is empty; use --no-title for none</source>
        <translation>--title ख़ाली है; शीर्षक न चाहिए तो --no-title का उपयोग करें</translation>
    </message>
    <message>
        <source>--title: longer than 300 characters</source>
        <translation>--title: 300 अक्षरों से लंबा</translation>
    </message>
    <message>
        <source>--title and --no-title (or --no-decorations) contradict each other</source>
        <translation>--title और --no-title (या --no-decorations) एक-दूसरे के विपरीत हैं</translation>
    </message>
    <message>
        <source>--step: &quot;%1&quot; is not Nd, Nw, Nm (N from 1 to 999) or events</source>
        <translation>--step: &quot;%1&quot; Nd, Nw, Nm (N 1 से 999 तक) या events नहीं है</translation>
    </message>
    <message>
        <source>--frame-delay: &quot;%1&quot; is not a whole number of milliseconds from 20 to 60000</source>
        <translation>--frame-delay: &quot;%1&quot; 20 से 60000 तक पूरे मिलीसेकंड की संख्या नहीं है</translation>
    </message>
    <message>
        <source>--page: &quot;%1&quot; is not one of %2</source>
        <translation>--page: &quot;%1&quot;, %2 में से कोई नहीं है</translation>
    </message>
    <message>
        <source>--orientation: &quot;%1&quot; is not landscape or portrait</source>
        <translation>--orientation: &quot;%1&quot; landscape या portrait नहीं है</translation>
    </message>
    <message>
        <source>--since %1 is after the briefing&apos;s date</source>
        <translation>--since %1 ब्रीफ़िंग की तारीख़ के बाद है</translation>
    </message>
    <message>
        <source>--json goes with --status, --events, --sources or --changes</source>
        <translation>--json, --status, --events, --sources या --changes के साथ चलता है</translation>
    </message>
    <message>
        <source>--end-field needs --date-field</source>
        <translation>--end-field को --date-field चाहिए</translation>
    </message>
    <message>
        <source>--dem needs a file</source>
        <translation>--dem को एक फ़ाइल चाहिए</translation>
    </message>
    <message>
        <source>--dem goes with the window or an export</source>
        <translation>--dem विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>LAC Viewer: a map of the India–China Line of Actual Control flashpoints in eastern Ladakh, their status over time, events and sources.</source>
        <translation>LAC Viewer: पूर्वी लद्दाख में भारत–चीन वास्तविक नियंत्रण रेखा के टकराव बिंदुओं का नक्शा, समय के साथ उनकी स्थिति, घटनाएँ और स्रोत।</translation>
    </message>
    <message>
        <source>Your own record of events and places (GeoJSON, see docs/data-format.md): the window edits it; exports, --status, --events, --changes and --report show it merged over the bundled record, marked as yours.</source>
        <translation>आपका अपना घटनाओं और स्थानों का रिकॉर्ड (GeoJSON, देखें docs/data-format.md): विंडो इसे संपादित करती है; निर्यात, --status, --events, --changes और --report इसे संलग्न रिकॉर्ड के ऊपर मिलाकर, आपके रिकॉर्ड के रूप में चिह्नित करके दिखाते हैं।</translation>
    </message>
    <message>
        <source>For FILEs whose dates are written with numbers only, day and month in an order no value tells (03/04/2020): dmy (day first) or mdy (month first).</source>
        <translation>उन FILE के लिए जिनकी तारीख़ें केवल अंकों में लिखी हैं और जिनमें दिन व महीने का क्रम किसी भी मान से पता नहीं चलता (03/04/2020): dmy (पहले दिन) या mdy (पहले महीना)।</translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation>--record के लिए फ़ाइल का नाम चाहिए</translation>
    </message>
    <message>
        <source>Colour a FILE&apos;s events by one of its fields: its top nine values each in a colour, the rest as Other. FIELD:root groups a CAMEO event code (GDELT&apos;s EventCode) by its root code, FIELD:N by the first N characters; FILE= (a FILE&apos;s name) picks one FILE, else every FILE is coloured. Repeatable.</source>
        <translation>किसी FILE की घटनाओं को उसकी किसी एक फ़ील्ड के अनुसार रंगें: सबसे ज़्यादा आने वाले नौ मान अपने-अपने रंग में, बाक़ी सब &quot;अन्य&quot; में। FIELD:root किसी CAMEO घटना कोड (GDELT का EventCode) को उसके मूल कोड के अनुसार समूहों में बाँटता है, FIELD:N पहले N अक्षरों के अनुसार; FILE= (किसी FILE का नाम) एक FILE चुनता है, वरना हर FILE रंगी जाती है। दोहराया जा सकता है।</translation>
    </message>
    <message>
        <source>The map&apos;s style: light (the default for exports) or dark; in the window, its theme for this run (View › Theme keeps one).</source>
        <translation>नक्शे की शैली: light (निर्यात के लिए डिफ़ॉल्ट) या dark; विंडो में, केवल इस बार के लिए उसकी थीम (दृश्य › थीम से चुनी गई थीम याद रखी जाती है)।</translation>
    </message>
    <message>
        <source>Open the window at, or export, a view saved with View › Bookmarks (its extent, date, display window, hidden layers and compared dates).</source>
        <translation>दृश्य › बुकमार्क से सहेजे गए किसी दृश्य पर विंडो खोलें, या उसे निर्यात करें (उसका क्षेत्र, तारीख़, घटनाएँ दिखाने की अवधि, छिपाई गई परतें और तुलना की गई तारीख़ें)।</translation>
    </message>
    <message>
        <source>Vector files to add as layers (or to validate), or a PostGIS table of dated events: &quot;PG:service=NAME tables=TABLE&quot; (or host, port, dbname, user; date=COLUMN, notify=CHANNEL, refresh=SECONDS); the password comes from ~/.pgpass.</source>
        <translation>परतों के रूप में जोड़ने (या जाँचने) के लिए वेक्टर फ़ाइलें, या तारीख़युक्त घटनाओं की एक PostGIS तालिका: &quot;PG:service=NAME tables=TABLE&quot; (या host, port, dbname, user; date=COLUMN, notify=CHANNEL, refresh=SECONDS); पासवर्ड ~/.pgpass से लिया जाता है।</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not light or dark</source>
        <translation>--theme: &quot;%1&quot; light या dark नहीं है</translation>
    </message>
    <message>
        <source>--theme goes with the window, --export (without --compare), --export-frames or --export-animation</source>
        <translation>--theme विंडो, --export (--compare के बिना), --export-frames या --export-animation के साथ चलता है</translation>
    </message>
    <message>
        <source>--bookmark needs a name</source>
        <translation>--bookmark को एक नाम चाहिए</translation>
    </message>
    <message>
        <source>--bookmark goes with the window or an export</source>
        <translation>--bookmark विंडो या निर्यात के साथ चलता है</translation>
    </message>
    <message>
        <source>--bookmark: %1</source>
        <translation>--bookmark: %1</translation>
    </message>
    <message>
        <source>--bookmark: no bookmark &quot;%1&quot;; none are saved (View › Bookmarks › Add Bookmark…, in %2)</source>
        <translation>--bookmark: कोई बुकमार्क &quot;%1&quot; नहीं है; %2 में कोई बुकमार्क सहेजा नहीं गया है (दृश्य › बुकमार्क › बुकमार्क जोड़ें…)</translation>
    </message>
    <message>
        <source>--bookmark: no bookmark &quot;%1&quot;; saved bookmarks: %2</source>
        <translation>--bookmark: कोई बुकमार्क &quot;%1&quot; नहीं है; सहेजे गए बुकमार्क: %2</translation>
    </message>
    <message>
        <source>--bookmark &quot;%1&quot; compares two dates: its figure is light, not --theme dark</source>
        <translation>--bookmark &quot;%1&quot; दो तारीख़ों की तुलना करता है: उसका चित्र light होता है, --theme dark नहीं</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Compare Dates</source>
        <translation>तारीख़ों की तुलना(&amp;C)</translation>
    </message>
    <message>
        <source>Two maps at two dates, and what changed between them</source>
        <translation>दो तारीख़ों के दो नक्शे, और उनके बीच क्या बदला</translation>
    </message>
    <message>
        <source>Compare &amp;Layout</source>
        <translation>तुलना का लेआउट(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>अगल-बगल(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;wipe</source>
        <translation>स्वाइप(&amp;W)</translation>
    </message>
    <message>
        <source>Move Date &amp;A</source>
        <translation>तारीख़ A बदलें(&amp;A)</translation>
    </message>
    <message>
        <source>Move Date &amp;B</source>
        <translation>तारीख़ B बदलें(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Map at date B</source>
        <translation>तारीख़ B का नक्शा</translation>
    </message>
    <message>
        <source>Drag to move the divider between date A (left) and date B (right)</source>
        <translation>तारीख़ A (बाएँ) और तारीख़ B (दाएँ) के बीच की विभाजक रेखा खिसकाने के लिए खींचें</translation>
    </message>
    <message>
        <source>Swipe divider</source>
        <translation>स्वाइप विभाजक</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>Eastern Ladakh: what changed from %1 to %2</source>
        <translation>पूर्वी लद्दाख: %1 से %2 तक क्या बदला</translation>
    </message>
    <message>
        <source>%1. Two maps of the India-China Line of Actual Control in eastern Ladakh, as of %2 (left) and as of %3 (right), centre %4, %5 m (Lambert conformal conic, %6), %7 m per pixel, with what changed between them and the sources. %8</source>
        <translation>%1. पूर्वी लद्दाख में भारत–चीन वास्तविक नियंत्रण रेखा के दो नक्शे, %2 तक (बाएँ) और %3 तक (दाएँ), केंद्र %4, %5 मीटर (लैम्बर्ट कॉन्फ़ॉर्मल कोनिक, %6), %7 मीटर प्रति पिक्सेल, उनके बीच के बदलावों और स्रोतों सहित। %8</translation>
    </message>
    <message>
        <source>a comparison needs two dates</source>
        <translation>तुलना के लिए दो तारीख़ें चाहिए</translation>
    </message>
    <message>
        <source>date A %1 is not before date B %2</source>
        <translation>तारीख़ A %1, तारीख़ B %2 से पहले नहीं है</translation>
    </message>
    <message>
        <source>no record is loaded</source>
        <translation>कोई रिकॉर्ड लोड नहीं है</translation>
    </message>
    <message>
        <source>a comparison is one PNG, SVG or PDF, not a GIF</source>
        <translation>तुलना एक PNG, SVG या PDF होती है, GIF नहीं</translation>
    </message>
    <message>
        <source>%1: the %2 could not be made</source>
        <translation>%1: %2 नहीं बन सकी</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <source>feature %1: %2</source>
        <translation>फ़ीचर %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सर्विस</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>होस्ट</translation>
    </message>
    <message>
        <source>a name from ~/.pg_service.conf</source>
        <translation>~/.pg_service.conf में दिया कोई नाम</translation>
    </message>
    <message>
        <source>db.example.org, or a socket directory</source>
        <translation>db.example.org, या कोई सॉकेट डायरेक्टरी</translation>
    </message>
    <message>
        <source>events, or schema.events</source>
        <translation>events, या schema.events</translation>
    </message>
    <message>
        <source>the first date or timestamp column</source>
        <translation>पहला date या timestamp कॉलम</translation>
    </message>
    <message>
        <source>a LISTEN channel (optional)</source>
        <translation>एक LISTEN चैनल (वैकल्पिक)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>तालिका या व्यू</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>तारीख़ कॉलम</translation>
    </message>
    <message>
        <source>Notify channel</source>
        <translation>सूचना (NOTIFY) चैनल</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>ताज़ा करने का अंतराल</translation>
    </message>
    <message>
        <source>LAC Viewer asks for no password and stores none: libpq reads it from ~/.pgpass (or the file PGPASSFILE names), and a service from ~/.pg_service.conf. Only this database is contacted.</source>
        <translation>LAC Viewer न कोई पासवर्ड माँगता है और न सहेजता है: libpq पासवर्ड ~/.pgpass (या PGPASSFILE में बताई गई फ़ाइल) से पढ़ता है, और सर्विस ~/.pg_service.conf से। केवल इसी डेटाबेस से संपर्क किया जाता है।</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>कनेक्शन जाँचें(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
</context>
<context>
    <name>DatabaseLayerController</name>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: कनेक्ट नहीं हो सकता: %2</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>%1: connection lost (%2); retrying in %3 s</source>
        <translation>%1: कनेक्शन टूट गया (%2); %3 सेकंड में फिर से कोशिश होगी</translation>
    </message>
</context>
<context>
    <name>DatabaseLayers</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 खोला गया</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>डेटाबेस नहीं खुल सका</translation>
    </message>
    <message>
        <source>The database layer was not added; what was loaded stays.</source>
        <translation>डेटाबेस परत नहीं जोड़ी गई; जो लोड हो चुका है, वह बना रहेगा।</translation>
    </message>
</context>
<context>
    <name>DatabaseQuery</name>
    <message>
        <source>the table has no geometry column (PostGIS geometry)</source>
        <translation>तालिका में कोई ज्यामिति कॉलम (PostGIS geometry) नहीं है</translation>
    </message>
    <message>
        <source>no geometry column %1</source>
        <translation>कोई ज्यामिति कॉलम %1 नहीं है</translation>
    </message>
    <message>
        <source>the table has no date or timestamp column</source>
        <translation>तालिका में कोई date या timestamp कॉलम नहीं है</translation>
    </message>
    <message>
        <source>no date or timestamp column %1 (columns: %2)</source>
        <translation>कोई date या timestamp कॉलम %1 नहीं है (कॉलम: %2)</translation>
    </message>
</context>
<context>
    <name>DateFieldDetection</name>
    <message>
        <source>several date fields (%1); choose one</source>
        <translation>तारीख़ की कई फ़ील्ड (%1); एक चुनें</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>निर्देशांक कॉपी करें</translation>
    </message>
    <message>
        <source>Click a flashpoint, place, line or event on the map, or search with Ctrl+F, to read what it is, where, what happened there and who says so.</source>
        <translation>नक्शे पर किसी टकराव बिंदु, स्थान, रेखा या घटना पर क्लिक करें, या Ctrl+F से खोजें, ताकि पता चले कि वह क्या है, कहाँ है, वहाँ क्या हुआ और यह कौन कहता है।</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Reading its attributes from the file…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;फ़ाइल से उसकी विशेषताएँ पढ़ी जा रही हैं…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>चयन का विवरण</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>%1 [your record]</source>
        <translation>%1 [आपका रिकॉर्ड]</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1 (महीना)</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 और %2 के बीच</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>At its own point:</source>
        <translation>अपने अलग बिंदु पर:</translation>
    </message>
    <message>
        <source>New Event in Your Record</source>
        <translation>आपके रिकॉर्ड में नई घटना</translation>
    </message>
    <message>
        <source>Edit Event of Your Record</source>
        <translation>आपके रिकॉर्ड की घटना संपादित करें</translation>
    </message>
    <message>
        <source>Short title, e.g. Patrolling resumes at Demchok</source>
        <translation>छोटा शीर्षक, जैसे देमचोक में गश्त फिर शुरू</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>इस दिन</translation>
    </message>
    <message>
        <source>In this month</source>
        <translation>इस महीने में</translation>
    </message>
    <message>
        <source>Over these days</source>
        <translation>इन दिनों के दौरान</translation>
    </message>
    <message>
        <source>On an unknown day between</source>
        <translation>इनके बीच किसी अज्ञात दिन</translation>
    </message>
    <message>
        <source>At the flashpoints ticked</source>
        <translation>चुने गए टकराव बिंदुओं पर</translation>
    </message>
    <message>
        <source>Along the whole front</source>
        <translation>पूरे मोर्चे पर</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>कहीं और</translation>
    </message>
    <message>
        <source>(no status change)</source>
        <translation>(स्थिति में कोई बदलाव नहीं)</translation>
    </message>
    <message>
        <source>(none: at its first flashpoint)</source>
        <translation>(कोई नहीं: अपने पहले टकराव बिंदु पर)</translation>
    </message>
    <message>
        <source>%1 (your record)</source>
        <translation>%1 (आपका रिकॉर्ड)</translation>
    </message>
    <message>
        <source>What happened, neutrally and in your own words; where the two governments&apos; accounts differ, say whose is whose.</source>
        <translation>क्या हुआ, निष्पक्ष रूप से और अपने शब्दों में; जहाँ दोनों सरकारों के विवरण अलग हैं, वहाँ बताएँ कि कौन-सा विवरण किसका है।</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>lon</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <source>lat</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>की स्थिति होती है</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>प्रकार(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>तारीख़(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>दायरा(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Flashpoints:</source>
        <translation>टकराव बिंदु(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>स्थान(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>सारांश(&amp;S):</translation>
    </message>
    <message>
        <source>Sets &amp;status:</source>
        <translation>स्थिति तय करती है(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>स्रोत(&amp;O):</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>घटना को एक शीर्षक दें।</translation>
    </message>
</context>
<context>
    <name>EventLayerLoader</name>
    <message>
        <source>a GDELT event file without its header row: put the header line of GDELT&apos;s codebook before the first event, then open it again</source>
        <translation>शीर्ष पंक्ति के बिना GDELT घटना फ़ाइल: पहली घटना से पहले GDELT की कोडबुक की शीर्ष पंक्ति रखें, फिर इसे दोबारा खोलें</translation>
    </message>
    <message>
        <source>the dates in &quot;%1&quot; are written like &quot;%2&quot;, day and month in an order no value tells: give the order (--date-order dmy for day first, mdy for month first)</source>
        <translation>&quot;%1&quot; में तारीख़ें &quot;%2&quot; की तरह लिखी हैं, दिन और महीना ऐसे क्रम में जो किसी मान से पता नहीं चलता: क्रम बताएँ (--date-order dmy पहले दिन के लिए, mdy पहले महीने के लिए)</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot;</source>
        <translation>कोई फ़ील्ड &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no date the viewer reads: %2 of the first %3 values are not dates written like 2020-06-15, 15 June 2020, June 15, 2020, 20200615 or 15/06/2020, e.g. &quot;%4&quot;%5</source>
        <translation>&quot;%1&quot; में ऐसी कोई तारीख़ नहीं है जिसे व्यूअर पढ़ता है: पहले %3 मानों में से %2 मान 2020-06-15, 15 June 2020, June 15, 2020, 20200615 या 15/06/2020 की तरह लिखी तारीख़ें नहीं हैं, जैसे &quot;%4&quot;%5</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>no feature has both a point and a date in &quot;%1&quot;</source>
        <translation>किसी फ़ीचर में बिंदु और &quot;%1&quot; में तारीख़ दोनों नहीं हैं</translation>
    </message>
    <message>
        <source> (here)</source>
        <translation> (यहाँ)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>शीर्षक(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date stamp</source>
        <translation>तारीख़ की मुहर(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>लेजेंड(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>स्केल बार(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>उत्तर दिशा तीर(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Footer: sources and disclaimer</source>
        <translation>फ़ुटर: स्रोत और अस्वीकरण(&amp;F)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>नक्शा निर्यात करें</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG चित्र</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG चित्र (वेक्टर)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF दस्तावेज़ (वेक्टर)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> पिक्सेल</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा (लैंडस्केप)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>Text and symbols are drawn for this resolution; a PNG keeps its size in pixels.</source>
        <translation>पाठ और प्रतीक इस रिज़ॉल्यूशन के लिए बनाए जाते हैं; PNG अपना आकार पिक्सेल में रखता है।</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>आकार(&amp;Z):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>फ़ॉर्मैट(&amp;O):</translation>
    </message>
    <message>
        <source>D&amp;PI:</source>
        <translation>D&amp;PI:</translation>
    </message>
    <message>
        <source>What the snapshot shows</source>
        <translation>स्नैपशॉट में क्या दिखेगा</translation>
    </message>
    <message>
        <source>The window&apos;s view%1, as of %2.</source>
        <translation>विंडो का दृश्य%1, %2 तक।</translation>
    </message>
    <message>
        <source> (centre %1°N %2°E)</source>
        <translation> (केंद्र %1°उ %2°पू)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>कोई तारीख़ नहीं</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात करें(&amp;E)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG चित्र (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Export the map to</source>
        <translation>नक्शा यहाँ निर्यात करें</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Eastern Ladakh</source>
        <translation>पूर्वी लद्दाख</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Exports are light unless you choose the dark map style, whatever the window&apos;s theme.</source>
        <translation>विंडो की थीम चाहे जो हो, निर्यात हल्की शैली में होते हैं, जब तक आप गहरी नक्शा शैली न चुनें।</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>थीम(&amp;H):</translation>
    </message>
</context>
<context>
    <name>FeatureDetails</name>
    <message>
        <source> — estimate ±%1 km</source>
        <translation> — अनुमान ±%1 कि.मी.</translation>
    </message>
    <message>
        <source>, date not known</source>
        <translation>, तारीख़ ज्ञात नहीं</translation>
    </message>
    <message>
        <source> &lt;i&gt;— unconfirmed: %1&lt;/i&gt;</source>
        <translation> &lt;i&gt;— अपुष्ट: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Event %L1 of %L2 in your layer &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;आपकी परत &lt;b&gt;%3&lt;/b&gt; में %L2 में से घटना %L1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Date: %1 &lt;i&gt;(field “%2”%3)&lt;/i&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;तारीख़: %1 &lt;i&gt;(फ़ील्ड “%2”%3)&lt;/i&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> से “%1” तक</translation>
    </message>
    <message>
        <source> · &lt;i&gt;after the current date&lt;/i&gt;</source>
        <translation> · &lt;i&gt;मौजूदा तारीख़ के बाद&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The row cannot be read again: the file has changed or gone since it was opened. Open it again to see its attributes.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;यह पंक्ति फिर से नहीं पढ़ी जा सकती: फ़ाइल खोले जाने के बाद बदल गई है या हट गई है। उसकी विशेषताएँ देखने के लिए उसे फिर से खोलें।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;From your own file, %1; its content is not checked or sourced by LAC Viewer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;आपकी अपनी फ़ाइल से, %1; इसकी सामग्री LAC Viewer द्वारा जाँची या स्रोत-सहित नहीं है।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Each side&apos;s account&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;हर पक्ष का विवरण&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Date: </source>
        <translation>&lt;br&gt;&lt;i&gt;तारीख़: </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Other date given: %1 %2&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;दी गई दूसरी तारीख़: %1 %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other name: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;दूसरा नाम: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flashpoint · %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;टकराव बिंदु · %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Marker: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;चिह्न: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The area drawn is %1, not a surveyed boundary.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;बनाया गया क्षेत्र %1 है, सर्वेक्षण की गई सीमा नहीं।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Status on %1: %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 को स्थिति: %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>after</source>
        <translation>इसके बाद:</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>इससे तय:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Status history&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;स्थिति का इतिहास&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 और %2 के बीच</translation>
    </message>
    <message>
        <source>after </source>
        <translation>इसके बाद: </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources for the flashpoint&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;टकराव बिंदु के स्रोत&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This position is an estimate worked out from sourced distances and directions, drawn as a circle of ±%1 km.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;यह स्थिति स्रोतों में दी गई दूरियों और दिशाओं से निकाला गया अनुमान है, ±%1 कि.मी. के वृत्त के रूप में दिखाई गई।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;टिप्पणी:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · context (not part of the standoff record)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · संदर्भ (गतिरोध के रिकॉर्ड का हिस्सा नहीं)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Course:&lt;/b&gt; %1 (within about %2 km)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;मार्ग:&lt;/b&gt; %1 (लगभग %2 कि.मी. के भीतर)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · drawn by: %2 · geometry: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · किसने बनाई: %2 · ज्यामिति: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;सटीकता:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Valid %1 – %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;मान्य %1 – %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flashpoints: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;टकराव बिंदु: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Casualties, India&apos;s side: </source>
        <translation>&lt;br&gt;हताहत, भारत की ओर: </translation>
    </message>
    <message>
        <source>&lt;br&gt;Casualties, China&apos;s side: </source>
        <translation>&lt;br&gt;हताहत, चीन की ओर: </translation>
    </message>
    <message>
        <source>&lt;br&gt;Other estimates: </source>
        <translation>&lt;br&gt;अन्य अनुमान: </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;◯ From your record&lt;/b&gt; (not the bundled record)</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;◯ आपके रिकॉर्ड से&lt;/b&gt; (संलग्न रिकॉर्ड से नहीं)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since %1, %2 “%3”%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 से, %2 “%3”%4।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FeatureLocator</name>
    <message>
        <source>contains a NUL byte: not a JSON text file</source>
        <translation>इसमें NUL बाइट है: यह JSON टेक्स्ट फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 deep</source>
        <translation>array और object %1 स्तर से अधिक गहराई तक नेस्टेड हैं</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in one object (first at line %2)</source>
        <translation>सदस्य &quot;%1&quot; एक ही object में दो बार आता है (पहली बार पंक्ति %2 पर)</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>फ़ाइल में केवल रिक्त स्थान है</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>टेक्स्ट मान्य UTF-8 नहीं है</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>स्ट्रिंग</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>object</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1: the file changed since it was opened; open it again</source>
        <translation>%1: खोले जाने के बाद फ़ाइल बदल गई है; इसे दोबारा खोलें</translation>
    </message>
    <message>
        <source>%1: cannot be read again</source>
        <translation>%1: दोबारा पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>%1: no field &quot;%2&quot;</source>
        <translation>%1: कोई फ़ील्ड &quot;%2&quot; नहीं है</translation>
    </message>
    <message>
        <source>%1: not a local file</source>
        <translation>%1: स्थानीय फ़ाइल नहीं है</translation>
    </message>
</context>
<context>
    <name>FilePreflight</name>
    <message>
        <source>a KML NetworkLink to &quot;%1&quot;: its content would come from the network, which the viewer never reads</source>
        <translation>&quot;%1&quot; की ओर एक KML NetworkLink: इसकी सामग्री नेटवर्क से आती, जिसे व्यूअर कभी नहीं पढ़ता</translation>
    </message>
    <message>
        <source>declares an XML entity: entity declarations are refused (they can fetch external files or expand without bound)</source>
        <translation>XML entity घोषित करती है: entity घोषणाएँ अस्वीकार की जाती हैं (वे बाहरी फ़ाइलें ला सकती हैं या असीमित रूप से फैल सकती हैं)</translation>
    </message>
    <message>
        <source>a link to &quot;%1&quot;: the viewer never follows links to the network</source>
        <translation>&quot;%1&quot; की ओर एक लिंक: व्यूअर नेटवर्क के लिंक कभी नहीं खोलता</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <source>refused: the viewer never reads from the network or GDAL virtual file systems</source>
        <translation>अस्वीकृत: व्यूअर नेटवर्क या GDAL वर्चुअल फ़ाइल सिस्टम से कभी नहीं पढ़ता</translation>
    </message>
    <message>
        <source>refused: a GDAL connection string (a database or web service); the viewer reads local files only</source>
        <translation>अस्वीकृत: GDAL कनेक्शन स्ट्रिंग (डेटाबेस या वेब सेवा); व्यूअर केवल स्थानीय फ़ाइलें पढ़ता है</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>सिंबॉलिक लिंक का चक्र है</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>पढ़ी नहीं जा सकती (अनुमति नहीं है)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>डायरेक्टरी है, फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); refused</source>
        <translation>सामान्य फ़ाइल नहीं है (पाइप, सॉकेट या डिवाइस); अस्वीकृत</translation>
    </message>
    <message>
        <source>is not a regular file; refused</source>
        <translation>सामान्य फ़ाइल नहीं है; अस्वीकृत</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>खाली है</translation>
    </message>
    <message>
        <source>is %1, over the %2 limit (set LACVIEWER_MAX_FILE_MB to raise it)</source>
        <translation>%1 की है, %2 की सीमा से अधिक (सीमा बढ़ाने के लिए LACVIEWER_MAX_FILE_MB सेट करें)</translation>
    </message>
    <message>
        <source>refused: the path reaches a GDAL virtual file system</source>
        <translation>अस्वीकृत: पथ GDAL वर्चुअल फ़ाइल सिस्टम तक पहुँचता है</translation>
    </message>
    <message>
        <source>could not be read completely: %1</source>
        <translation>पूरी नहीं पढ़ी जा सकी: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>अमान्य JSON: %1</translation>
    </message>
    <message>
        <source>not GeoJSON: no &quot;type&quot; member</source>
        <translation>GeoJSON नहीं है: कोई &quot;type&quot; सदस्य नहीं</translation>
    </message>
    <message>
        <source>refused: the &quot;crs&quot; member links to &quot;%1&quot;; the viewer never reads from the network</source>
        <translation>अस्वीकृत: &quot;crs&quot; सदस्य &quot;%1&quot; से जुड़ता है; व्यूअर नेटवर्क से कभी नहीं पढ़ता</translation>
    </message>
    <message>
        <source>the &quot;crs&quot; member names &quot;%1&quot;, a coordinate system GDAL does not know</source>
        <translation>&quot;crs&quot; सदस्य &quot;%1&quot; बताता है, ऐसी निर्देशांक प्रणाली जिसे GDAL नहीं जानता</translation>
    </message>
    <message>
        <source>the feature %1</source>
        <translation>फ़ीचर: %1</translation>
    </message>
    <message>
        <source>a text value is %1, over the %2 limit for one value (set LACVIEWER_MAX_TEXT_MB to raise it)</source>
        <translation>एक टेक्स्ट मान %1 का है, एक मान की %2 की सीमा से अधिक (सीमा बढ़ाने के लिए LACVIEWER_MAX_TEXT_MB सेट करें)</translation>
    </message>
    <message>
        <source>cannot be read: no memory for a copy of it</source>
        <translation>पढ़ी नहीं जा सकती: इसकी प्रति के लिए मेमोरी नहीं है</translation>
    </message>
    <message>
        <source>%1 inside it unpacks to more than %2 (set LACVIEWER_MAX_FILE_MB to raise it)</source>
        <translation>इसके अंदर की %1 खुलकर %2 से अधिक हो जाती है (सीमा बढ़ाने के लिए LACVIEWER_MAX_FILE_MB सेट करें)</translation>
    </message>
    <message>
        <source>%1 inside it cannot be unpacked</source>
        <translation>इसके अंदर की %1 खोली नहीं जा सकती</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, पंक्ति %2: %3</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>Vector data (%1);;All files (*)</source>
        <translation>वेक्टर डेटा (%1);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>FrontPhaseInfo</name>
    <message>
        <source>No front-wide phase reported</source>
        <translation>पूरे मोर्चे का कोई चरण दर्ज नहीं</translation>
    </message>
    <message>
        <source>Front-wide: disengagement talks under way</source>
        <translation>पूरा मोर्चा: सैनिकों की वापसी पर वार्ता जारी</translation>
    </message>
    <message>
        <source>Front-wide: de-escalation pending (troop pullback not yet agreed)</source>
        <translation>पूरा मोर्चा: तनाव घटाना बाक़ी (सैनिकों को पीछे हटाने पर अभी सहमति नहीं)</translation>
    </message>
</context>
<context>
    <name>GdalEventReader</name>
    <message>
        <source>contains no layer</source>
        <translation>इसमें कोई परत नहीं है</translation>
    </message>
    <message>
        <source>no feature has both a point and a date in &quot;%1&quot;</source>
        <translation>किसी फ़ीचर में बिंदु और &quot;%1&quot; में तारीख़ दोनों नहीं हैं</translation>
    </message>
    <message>
        <source>its coordinate system cannot be converted to WGS84</source>
        <translation>इसकी निर्देशांक प्रणाली WGS84 में बदली नहीं जा सकती</translation>
    </message>
</context>
<context>
    <name>GdalOpen</name>
    <message>
        <source>not a vector format the viewer can read</source>
        <translation>ऐसा वेक्टर फ़ॉर्मैट नहीं जिसे व्यूअर पढ़ सके</translation>
    </message>
    <message>
        <source>GDAL cannot read it: %1</source>
        <translation>GDAL इसे पढ़ नहीं सकता: %1</translation>
    </message>
</context>
<context>
    <name>GdalSandbox</name>
    <message>
        <source>refused a network request to &quot;%1&quot;: the viewer never reads from the network</source>
        <translation>&quot;%1&quot; के लिए नेटवर्क अनुरोध अस्वीकृत: व्यूअर नेटवर्क से कभी नहीं पढ़ता</translation>
    </message>
</context>
<context>
    <name>GeoJsonPointHandler</name>
    <message>
        <source>more than %1 features (set LACVIEWER_MAX_FEATURES to raise it)</source>
        <translation>%1 से अधिक फ़ीचर (सीमा बढ़ाने के लिए LACVIEWER_MAX_FEATURES सेट करें)</translation>
    </message>
</context>
<context>
    <name>GeoJsonPointReader</name>
    <message>
        <source>cannot be read</source>
        <translation>पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>invalid JSON: a broken byte-order mark</source>
        <translation>अमान्य JSON: टूटा हुआ byte-order mark</translation>
    </message>
    <message>
        <source>invalid JSON: text is not valid UTF-8</source>
        <translation>अमान्य JSON: टेक्स्ट मान्य UTF-8 नहीं है</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>अमान्य JSON: %1</translation>
    </message>
    <message>
        <source>invalid JSON: text after the end of the GeoJSON</source>
        <translation>अमान्य JSON: GeoJSON के अंत के बाद भी टेक्स्ट है</translation>
    </message>
    <message>
        <source>(nested too deep to show)</source>
        <translation>(दिखाने के लिए बहुत गहराई तक नेस्टेड)</translation>
    </message>
</context>
<context>
    <name>Geodesic</name>
    <message>
        <source>Measured along the WGS84 ellipsoid (geodesics), %1 points%2</source>
        <translation>WGS84 दीर्घवृत्तज पर मापा गया (जियोडेसिक), %1 बिंदु%2</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, बंद</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4 m), bearing %5°</source>
        <translation>%1 → %2: %3 (%4 मी), दिशा-कोण %5°</translation>
    </message>
    <message>
        <source>Total: %1 (%2 m)</source>
        <translation>कुल: %1 (%2 मी)</translation>
    </message>
    <message>
        <source>Area: %1 km²</source>
        <translation>क्षेत्रफल: %1 किमी²</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>: is a directory</source>
        <translation>: एक डायरेक्टरी है</translation>
    </message>
    <message>
        <source>: exists; add --force to replace it</source>
        <translation>: पहले से मौजूद है; बदलने के लिए --force जोड़ें</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 beside %3, %4x%5 px at %6 dpi%7)</source>
        <translation>%1 लिखा गया (%2, %3 के बगल में, %4x%5 पिक्सेल, %6 dpi%7)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3 px at %4 dpi, as of %5)</source>
        <translation>%1 लिखा गया (%2x%3 पिक्सेल, %4 dpi, %5 तक)</translation>
    </message>
    <message>
        <source>--from %1 and --to %2 do not make a range (the events run from %3 to %4)</source>
        <translation>--from %1 और --to %2 से कोई अवधि नहीं बनती (घटनाएँ %3 से %4 तक हैं)</translation>
    </message>
    <message>
        <source>no frame dates from %1 to %2</source>
        <translation>%1 से %2 तक फ़्रेम की कोई तारीख़ नहीं</translation>
    </message>
    <message>
        <source>%1 frames from %2 to %3, more than %4; narrow --from/--to or take a longer --step</source>
        <translation>%2 से %3 तक %1 फ़्रेम, %4 से अधिक; --from/--to को छोटा करें या लंबा --step लें</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 to %4, step %5, %6 ms each)</source>
        <translation>%1 लिखा गया (%2 फ़्रेम, %3 से %4, अंतराल %5, हर एक %6 मि.से.)</translation>
    </message>
    <message>
        <source>: cannot create the directory</source>
        <translation>: डायरेक्टरी नहीं बन सकी</translation>
    </message>
    <message>
        <source>Wrote %1 frames to %2 (%3 to %4, step %5)</source>
        <translation>%1 फ़्रेम %2 में लिखे गए (%3 से %4, अंतराल %5)</translation>
    </message>
    <message>
        <source>: cannot write the PDF</source>
        <translation>: PDF नहीं लिखी जा सकी</translation>
    </message>
    <message>
        <source>Wrote %1 (briefing as of %2, %3 pages)</source>
        <translation>%1 लिखा गया (%2 तक की ब्रीफ़िंग, %3 पृष्ठ)</translation>
    </message>
</context>
<context>
    <name>IsoDate</name>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; YYYY-MM-DD रूप की तारीख़ नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month %2</source>
        <translation>&quot;%1&quot; में महीना %2 नहीं होता</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>&quot;%1&quot; कैलेंडर का कोई दिन नहीं है</translation>
    </message>
</context>
<context>
    <name>LayerCache</name>
    <message>
        <source>contains no layer</source>
        <translation>इसमें कोई परत नहीं है</translation>
    </message>
    <message>
        <source>GDAL cannot convert it: %1</source>
        <translation>GDAL इसे बदल नहीं सकता: %1</translation>
    </message>
    <message>
        <source>cannot write the cached copy %1</source>
        <translation>कैश की गई प्रति %1 लिखी नहीं जा सकती</translation>
    </message>
</context>
<context>
    <name>LayerLimits</name>
    <message>
        <source>has %1 features, over the limit of %2 (set %3 to raise it)</source>
        <translation>इसमें %1 फ़ीचर हैं, %2 की सीमा से अधिक (सीमा बढ़ाने के लिए %3 सेट करें)</translation>
    </message>
    <message>
        <source>has %1 vertices, over the limit of %2 (set %3 to raise it)</source>
        <translation>इसमें %1 शीर्ष (vertices) हैं, %2 की सीमा से अधिक (सीमा बढ़ाने के लिए %3 सेट करें)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1 से अधिक</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
</context>
<context>
    <name>LayerLoadController</name>
    <message>
        <source>The record: %L1 events at %L2 flashpoints, checked to %3</source>
        <translation>रिकॉर्ड: %L2 टकराव बिंदुओं पर %L1 घटनाएँ, %3 तक जाँचा गया</translation>
    </message>
    <message>
        <source>Terrain from %1</source>
        <translation>%1 से भूभाग</translation>
    </message>
    <message>
        <source>Added layer %1</source>
        <translation>परत %1 जोड़ी गई</translation>
    </message>
    <message>
        <source>: %L1 events</source>
        <translation>: %L1 घटनाएँ</translation>
    </message>
    <message>
        <source> (%L1 rows without a point or a date skipped)</source>
        <translation> (बिना बिंदु या तारीख़ वाली %L1 पंक्तियाँ छोड़ी गईं)</translation>
    </message>
    <message>
        <source>; not coloured: no field &quot;%1&quot; (its fields: %2)</source>
        <translation>; रंगा नहीं गया: कोई फ़ील्ड &quot;%1&quot; नहीं है (इसकी फ़ील्ड: %2)</translation>
    </message>
    <message>
        <source>; not coloured: only event layers are coloured by a field</source>
        <translation>; रंगा नहीं गया: केवल घटना परतें ही किसी फ़ील्ड के अनुसार रंगी जाती हैं</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: ऐसी कोई डायरेक्टरी नहीं</translation>
    </message>
    <message>
        <source>%1: refused: the viewer reads local files only</source>
        <translation>%1: अस्वीकृत: व्यूअर केवल स्थानीय फ़ाइलें पढ़ता है</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>not enough memory to read it</source>
        <translation>इसे पढ़ने के लिए पर्याप्त मेमोरी नहीं है</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: पढ़ी नहीं जा सकी</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Buffer zones</source>
        <translation>बफ़र ज़ोन</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>दावे</translation>
    </message>
    <message>
        <source>China&apos;s perceived LAC</source>
        <translation>चीन की धारणा वाली वास्तविक नियंत्रण रेखा</translation>
    </message>
    <message>
        <source>India&apos;s perceived LAC</source>
        <translation>भारत की धारणा वाली वास्तविक नियंत्रण रेखा</translation>
    </message>
    <message>
        <source>Roads and towns</source>
        <translation>सड़कें और कस्बे</translation>
    </message>
    <message>
        <source>Terrain (File › Open Terrain…)</source>
        <translation>भूभाग (फ़ाइल › भूभाग खोलें…)</translation>
    </message>
    <message>
        <source>Basemap (countries, lakes, rivers, de facto boundaries)</source>
        <translation>आधार नक्शा (देश, झीलें, नदियाँ, डी-फ़ैक्टो सीमाएँ)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ऊपर</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>नीचे</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>चुनी गई परत की अपारदर्शिता</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>अपारदर्शिता</translation>
    </message>
    <message>
        <source>Your layers (File › Open Layer…)</source>
        <translation>आपकी परतें (फ़ाइल › परत खोलें…)</translation>
    </message>
    <message>
        <source> — %L1 events, by %2</source>
        <translation> — %L1 घटनाएँ, %2 के अनुसार</translation>
    </message>
    <message>
        <source> — %L1 features</source>
        <translation> — %L1 फ़ीचर</translation>
    </message>
    <message>
        <source>The bundled layers keep their order: each side&apos;s LAC is drawn above the claims and buffer zones</source>
        <translation>साथ आई परतों का क्रम तय है: हर पक्ष की वास्तविक नियंत्रण रेखा दावों और बफ़र ज़ोन के ऊपर बनाई जाती है</translation>
    </message>
    <message>
        <source>Draw the layer above the next one</source>
        <translation>परत को अगली परत के ऊपर बनाएँ</translation>
    </message>
    <message>
        <source>Draw the layer below the previous one</source>
        <translation>परत को पिछली परत के नीचे बनाएँ</translation>
    </message>
    <message>
        <source>Colour the selected layer&apos;s events by one of its fields</source>
        <translation>चुनी गई परत की घटनाओं को उसकी किसी एक फ़ील्ड के अनुसार रंगें</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>इसके अनुसार रंगें</translation>
    </message>
    <message>
        <source>Bundled layers</source>
        <translation>साथ आई परतें</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>आपकी परतें</translation>
    </message>
    <message>
        <source>One colour</source>
        <translation>एक ही रंग</translation>
    </message>
    <message>
        <source>%1 — CAMEO root code</source>
        <translation>%1 — CAMEO मूल कोड</translation>
    </message>
    <message>
        <source> — connection lost, retrying (%1)</source>
        <translation> — कनेक्शन टूट गया, फिर से कोशिश हो रही है (%1)</translation>
    </message>
    <message>
        <source> — connecting…</source>
        <translation> — कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source> — %L1 in view, by %2, refreshed %3</source>
        <translation> — दृश्य में %L1 घटनाएँ, %2 के अनुसार, %3 पर ताज़ा की गईं</translation>
    </message>
    <message>
        <source>; coloured by %1</source>
        <translation>; %1 के अनुसार रंगी गई</translation>
    </message>
    <message>
        <source>%1 — 1 event</source>
        <translation>%1 — 1 घटना</translation>
    </message>
    <message>
        <source>%1 — %L2 events</source>
        <translation>%1 — %L2 घटनाएँ</translation>
    </message>
    <message>
        <source>Categories could not be read: %1</source>
        <translation>श्रेणियाँ पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Reading categories…</source>
        <translation>श्रेणियाँ पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>Colour By</source>
        <translation>इसके अनुसार रंगें</translation>
    </message>
</context>
<context>
    <name>LayerReader</name>
    <message>
        <source>cannot be read</source>
        <translation>पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>is a %1 file, a format the viewer does not open</source>
        <translation>%1 फ़ाइल है, ऐसा फ़ॉर्मैट जिसे व्यूअर नहीं खोलता</translation>
    </message>
    <message>
        <source>contains no layer</source>
        <translation>इसमें कोई परत नहीं है</translation>
    </message>
    <message>
        <source>has %1 layers, over the limit of 1000</source>
        <translation>इसमें %1 परतें हैं, 1000 की सीमा से अधिक</translation>
    </message>
    <message>
        <source>has %1 attribute columns, over the limit of 10000</source>
        <translation>इसमें %1 विशेषता कॉलम हैं, 10000 की सीमा से अधिक</translation>
    </message>
    <message>
        <source>its coordinate system cannot be converted to WGS84: %1</source>
        <translation>इसकी निर्देशांक प्रणाली WGS84 में बदली नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>feature %1: &quot;%2&quot; is %3 of text, over the %4 limit for one value (set LACVIEWER_MAX_TEXT_MB to raise it)</source>
        <translation>फ़ीचर %1: &quot;%2&quot; में %3 टेक्स्ट है, एक मान की %4 की सीमा से अधिक (सीमा बढ़ाने के लिए LACVIEWER_MAX_TEXT_MB सेट करें)</translation>
    </message>
    <message>
        <source>unknown geometry type &quot;%1&quot;</source>
        <translation>अज्ञात ज्यामिति प्रकार &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feature %1 %2</source>
        <translation>फ़ीचर %1: %2</translation>
    </message>
    <message>
        <source>geometry cannot be converted to WGS84</source>
        <translation>ज्यामिति WGS84 में बदली नहीं जा सकती</translation>
    </message>
    <message>
        <source>geometry %1</source>
        <translation>ज्यामिति: %1</translation>
    </message>
    <message>
        <source>coordinate (%1, %2) is not a longitude/latitude in range</source>
        <translation>निर्देशांक (%1, %2) सीमा के भीतर का देशांतर/अक्षांश नहीं है</translation>
    </message>
    <message>
        <source>geometry cannot be projected</source>
        <translation>ज्यामिति प्रक्षेपित नहीं की जा सकती</translation>
    </message>
    <message>
        <source>GDAL read %1 features but the file has %2</source>
        <translation>GDAL ने %1 फ़ीचर पढ़े, पर फ़ाइल में %2 हैं</translation>
    </message>
</context>
<context>
    <name>LoadFeedback</name>
    <message>
        <source>Cancelled loading %1</source>
        <translation>%1 का लोड होना रद्द किया गया</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>रिकॉर्ड लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Opening terrain</source>
        <translation>भूभाग खोला जा रहा है</translation>
    </message>
    <message>
        <source>Opening layer</source>
        <translation>परत खोली जा रही है</translation>
    </message>
    <message>
        <source>Cannot open layer</source>
        <translation>परत नहीं खुल सकती</translation>
    </message>
    <message>
        <source>The layer was not added; what was loaded stays.</source>
        <translation>परत नहीं जोड़ी गई; जो लोड हो चुका है वह बना रहेगा।</translation>
    </message>
    <message>
        <source>Open Terrain</source>
        <translation>भूभाग खोलें</translation>
    </message>
    <message>
        <source>The terrain was not added; the map stays as it was.</source>
        <translation>भूभाग नहीं जोड़ा गया; नक्शा पहले जैसा रहेगा।</translation>
    </message>
    <message>
        <source>LAC Viewer</source>
        <translation>LAC Viewer</translation>
    </message>
    <message>
        <source>The bundled data in %1 could not be loaded.</source>
        <translation>%1 में साथ आया डेटा लोड नहीं हो सका।</translation>
    </message>
    <message>
        <source>Choose the date field</source>
        <translation>तारीख़ फ़ील्ड चुनें</translation>
    </message>
    <message>
        <source>%1 has several date fields. Which one dates its events?
(&quot;start|end&quot; uses a start and an end date.)</source>
        <translation>%1 में कई तारीख़ फ़ील्ड हैं। कौन-सी फ़ील्ड उसकी घटनाओं की तारीख़ बताती है?
(&quot;start|end&quot; एक शुरुआती और एक अंतिम तारीख़ का उपयोग करता है।)</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>पहले दिन या महीना?</translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; of %2 are written with numbers only, and none of them tells whether the day or the month comes first (03/04/2020 is 3 April or 4 March).</source>
        <translation>%2 के &quot;%1&quot; में तारीख़ें केवल अंकों में लिखी हैं, और उनमें से कोई भी नहीं बताती कि दिन पहले आता है या महीना (03/04/2020, 3 अप्रैल है या 4 मार्च)।</translation>
    </message>
    <message>
        <source>Which order does this file use? The choice is remembered for it.</source>
        <translation>यह फ़ाइल कौन-सा क्रम इस्तेमाल करती है? यह चुनाव इस फ़ाइल के लिए याद रखा जाता है।</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>पहले दिन (03/04 = 3 अप्रैल)</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>पहले महीना (03/04 = 4 मार्च)</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>छोड़ी गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1 was added, but some of its rows could not be read and are not on the map.</source>
        <translation>%1 जोड़ी गई, लेकिन उसकी कुछ पंक्तियाँ पढ़ी नहीं जा सकीं और वे नक्शे पर नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LAC Viewer — eastern Ladakh</source>
        <translation>LAC Viewer — पूर्वी लद्दाख</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>परतें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Layer…</source>
        <translation>परत खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a vector layer</source>
        <translation>एक वेक्टर परत खोलें</translation>
    </message>
    <message>
        <source>Open &amp;Terrain…</source>
        <translation>भूभाग खोलें(&amp;T)…</translation>
    </message>
    <message>
        <source>Open an elevation raster</source>
        <translation>एक ऊँचाई रास्टर खोलें</translation>
    </message>
    <message>
        <source>Elevation (*.tif *.tiff *.hgt *.vrt *.dem *.asc *.img);;All files (*)</source>
        <translation>ऊँचाई (*.tif *.tiff *.hgt *.vrt *.dem *.asc *.img);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>नक्शा निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>ब्रीफ़िंग निर्यात करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;Comparison…</source>
        <translation>तुलना निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Both dates&apos; maps, what changed between them and the sources, as one figure</source>
        <translation>दोनों तारीख़ों के नक्शे, उनके बीच क्या बदला और स्रोत, एक ही चित्र में</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>नक्शा कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ज़ूम इन(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ज़ूम आउट(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>दृश्य रीसेट करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>लेजेंड(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>पूर्ण स्क्रीन(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>औज़ार(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LAC Viewer</source>
        <translation>LAC Viewer के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt के बारे में</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n layer(s) whose file is gone: %1</source>
        <translation>
            <numerusform>%n परत छोड़ी गई जिसकी फ़ाइल अब नहीं है: %1</numerusform>
            <numerusform>%n परतें छोड़ी गईं जिनकी फ़ाइल अब नहीं है: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>डेटाबेस खोलें(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>
(+%n more here: click to choose)</source>
        <translation>
            <numerusform>
(+%n और यहाँ: चुनने के लिए क्लिक करें)</numerusform>
            <numerusform>
(+%n और यहाँ: चुनने के लिए क्लिक करें)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the legend (View › Legend)</source>
        <translation>लेजेंड दिखाएँ (दृश्य › लेजेंड)</translation>
    </message>
    <message>
        <source>Fold the legend away (View › Legend)</source>
        <translation>लेजेंड समेटें (दृश्य › लेजेंड)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>नक्शा</translation>
    </message>
    <message>
        <source>Eastern Ladakh as of %1.</source>
        <translation>पूर्वी लद्दाख, %1 तक।</translation>
    </message>
    <message>
        <source>Selected: %1, %2.</source>
        <translation>चुना गया: %1, %2।</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>चुना गया: %1।</translation>
    </message>
    <message>
        <source>Arrow keys (Ctrl+Left/Right) pan, + and - zoom, Tab selects the next flashpoint, Ctrl+Tab leaves the map.</source>
        <translation>तीर कुंजियाँ (Ctrl+Left/Right) नक्शा खिसकाती हैं, + और - ज़ूम करती हैं, Tab अगला टकराव बिंदु चुनता है, Ctrl+Tab नक्शे से बाहर ले जाता है।</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>The LAC is not jointly delineated; every line shown is approximate and schematic, not an authoritative boundary.</source>
        <translation>वास्तविक नियंत्रण रेखा का दोनों पक्षों ने मिलकर निर्धारण नहीं किया है; दिखाई गई हर रेखा अनुमानित और सांकेतिक है, कोई आधिकारिक सीमा नहीं।</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain; de facto boundaries), GSHHG/WDBII lakes and rivers (LGPL). Flashpoints, lines and events: LAC Viewer data, each from cited public sources (news reports, official statements, Wikipedia).</source>
        <translation>आधार नक्शा: Natural Earth (सार्वजनिक डोमेन; डी-फ़ैक्टो सीमाएँ), GSHHG/WDBII झीलें और नदियाँ (LGPL)। टकराव बिंदु, रेखाएँ और घटनाएँ: LAC Viewer डेटा, हर एक उद्धृत सार्वजनिक स्रोतों से (समाचार रिपोर्ट, आधिकारिक बयान, विकिपीडिया)।</translation>
    </message>
    <message>
        <source> Record checked to %1.</source>
        <translation> रिकॉर्ड %1 तक जाँचा गया।</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source> Ringed events and places are from the user&apos;s own record, not LAC Viewer data.</source>
        <translation> घेरे में दिखाई गई घटनाएँ और स्थान उपयोगकर्ता के अपने रिकॉर्ड से हैं, LAC Viewer के डेटा से नहीं।</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <source>Eastern Ladakh, as of %1</source>
        <translation>पूर्वी लद्दाख, %1 तक</translation>
    </message>
    <message>
        <source>Eastern Ladakh</source>
        <translation>पूर्वी लद्दाख</translation>
    </message>
    <message>
        <source>%1. Map of the India-China Line of Actual Control in eastern Ladakh%2; centre %3, %4 m (Lambert conformal conic, %5), %6 m per pixel. %7</source>
        <translation>%1. पूर्वी लद्दाख में भारत–चीन वास्तविक नियंत्रण रेखा का नक्शा%2; केंद्र %3, %4 मीटर (लैम्बर्ट कॉन्फ़ॉर्मल कोनिक, %5), %6 मीटर प्रति पिक्सेल। %7</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation>, %1 तक</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;Details as of %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1&quot;&gt;%2 तक का विवरण (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: the %2 could not be made</source>
        <translation>%1: %2 नहीं बन सकी</translation>
    </message>
    <message>
        <source>%1: the GIF could not be made</source>
        <translation>%1: GIF नहीं बन सकी</translation>
    </message>
</context>
<context>
    <name>MapHitTester</name>
    <message>
        <source> (flashpoint)</source>
        <translation> (टकराव बिंदु)</translation>
    </message>
    <message>
        <source> (flashpoint area)</source>
        <translation> (टकराव बिंदु क्षेत्र)</translation>
    </message>
    <message>
        <source>%1 (road)</source>
        <translation>%1 (सड़क)</translation>
    </message>
    <message>
        <source>%1 — flashpoint
%2</source>
        <translation>%1 — टकराव बिंदु
%2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> %1 से</translation>
    </message>
    <message>
        <source>
position estimated, ±%1 km</source>
        <translation>
स्थिति अनुमानित, ±%1 कि.मी.</translation>
    </message>
    <message>
        <source>%1 — %2 (context)</source>
        <translation>%1 — %2 (संदर्भ)</translation>
    </message>
    <message>
        <source>%1 — %2 (your layer)
%3</source>
        <translation>%1 — %2 (आपकी परत)
%3</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>घटना %1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Your layers (not checked by LAC Viewer)</source>
        <translation>आपकी परतें (LAC Viewer द्वारा जाँची नहीं गईं)</translation>
    </message>
    <message>
        <source>%1: %L2 event shown</source>
        <translation>%1: %L2 घटना दिखाई गई</translation>
    </message>
    <message>
        <source>%1: %L2 events shown</source>
        <translation>%1: %L2 घटनाएँ दिखाई गईं</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>लेजेंड</translation>
    </message>
    <message>
        <source>Flashpoint status</source>
        <translation>टकराव बिंदु की स्थिति</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>रेखाएँ</translation>
    </message>
    <message>
        <source>Your record (ringed)</source>
        <translation>आपका रिकॉर्ड (घेरे में)</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, %1 के अनुसार</translation>
    </message>
</context>
<context>
    <name>MapReadout</name>
    <message>
        <source>Scale 1:%L1</source>
        <translation>पैमाना 1:%L1</translation>
    </message>
    <message>
        <source>%1°%2  %3°%4</source>
        <translation>%1°%2  %3°%4</translation>
    </message>
    <message>
        <source>  %L1 m</source>
        <translation>  %L1 मी.</translation>
    </message>
</context>
<context>
    <name>MapSettings</name>
    <message>
        <source>Eastern Ladakh, as of {date}</source>
        <translation>पूर्वी लद्दाख, {date} तक</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Agreement</source>
        <translation>समझौता</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>बफ़र ज़ोन</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>झड़प</translation>
    </message>
    <message>
        <source>Disengagement</source>
        <translation>सैनिकों की वापसी</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Patrol resumed</source>
        <translation>गश्त बहाल</translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation>गतिरोध</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>बयान</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>वार्ता</translation>
    </message>
    <message>
        <source>India–China de facto line (Natural Earth; approximate, not agreed)</source>
        <translation>भारत–चीन डी-फ़ैक्टो रेखा (Natural Earth; अनुमानित, सहमत नहीं)</translation>
    </message>
    <message>
        <source>Other de facto boundary (Natural Earth)</source>
        <translation>अन्य डी-फ़ैक्टो सीमा (Natural Earth)</translation>
    </message>
    <message>
        <source>LAC as India perceives it (schematic)</source>
        <translation>भारत की धारणा वाली वास्तविक नियंत्रण रेखा (सांकेतिक)</translation>
    </message>
    <message>
        <source>LAC as China perceives it (schematic)</source>
        <translation>चीन की धारणा वाली वास्तविक नियंत्रण रेखा (सांकेतिक)</translation>
    </message>
    <message>
        <source>India&apos;s claim line (schematic)</source>
        <translation>भारत की दावा रेखा (सांकेतिक)</translation>
    </message>
    <message>
        <source>China&apos;s claim line (schematic)</source>
        <translation>चीन की दावा रेखा (सांकेतिक)</translation>
    </message>
    <message>
        <source>Buffer zone (no patrols; approximate)</source>
        <translation>बफ़र ज़ोन (गश्त नहीं; अनुमानित)</translation>
    </message>
    <message>
        <source>Road (context; schematic course)</source>
        <translation>सड़क (संदर्भ; सांकेतिक मार्ग)</translation>
    </message>
    <message>
        <source>Limit of patrolling (schematic)</source>
        <translation>गश्त की सीमा (सांकेतिक)</translation>
    </message>
</context>
<context>
    <name>OgrConvert</name>
    <message>
        <source>nests geometry collections more than 32 deep</source>
        <translation>ज्यामिति संग्रह 32 स्तर से अधिक गहराई तक नेस्टेड हैं</translation>
    </message>
    <message>
        <source>has a curve that cannot be approximated</source>
        <translation>इसमें ऐसा वक्र है जिसका सन्निकटन नहीं हो सकता</translation>
    </message>
    <message>
        <source>mixes geometry types in one feature</source>
        <translation>एक फ़ीचर में कई ज्यामिति प्रकार मिले हुए हैं</translation>
    </message>
    <message>
        <source>has an unsupported geometry type %1</source>
        <translation>इसमें असमर्थित ज्यामिति प्रकार %1 है</translation>
    </message>
</context>
<context>
    <name>OwnRecord</name>
    <message>
        <source>cannot read your record: %1</source>
        <translation>आपका रिकॉर्ड पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>cannot check your record: no temporary file</source>
        <translation>आपके रिकॉर्ड की जाँच नहीं हो सकती: कोई अस्थायी फ़ाइल नहीं</translation>
    </message>
</context>
<context>
    <name>OwnRecordController</name>
    <message>
        <source>Your Record Changed on Disk</source>
        <translation>आपका रिकॉर्ड डिस्क पर बदल गया</translation>
    </message>
    <message>
        <source>%1 was changed by another program since LAC Viewer read it.

Keep yours: your version is saved, the other one is kept beside it.
Take theirs: the file&apos;s version is shown, yours is kept beside it.</source>
        <translation>LAC Viewer के पढ़ने के बाद %1 को किसी दूसरे प्रोग्राम ने बदल दिया है।

अपना रखें: आपका संस्करण सहेजा जाता है, दूसरा संस्करण उसके बगल में रखा जाता है।
उनका लें: फ़ाइल का संस्करण दिखाया जाता है, आपका संस्करण उसके बगल में रखा जाता है।</translation>
    </message>
    <message>
        <source>Keep &amp;Yours</source>
        <translation>अपना रखें(&amp;Y)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>उनका लें(&amp;T)</translation>
    </message>
    <message>
        <source>Saved your record: %1</source>
        <translation>आपका रिकॉर्ड सहेजा गया: %1</translation>
    </message>
    <message>
        <source>Your record is not saved: %1</source>
        <translation>आपका रिकॉर्ड सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Your Record Is Not Saved</source>
        <translation>आपका रिकॉर्ड सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>%1

Your change is kept in the window. The file on disk is as it was; the next change (or Undo) tries to save again.</source>
        <translation>%1

आपका बदलाव विंडो में रखा गया है। डिस्क पर फ़ाइल जैसी थी वैसी ही है; अगला बदलाव (या पूर्ववत करें) फिर से सहेजने की कोशिश करता है।</translation>
    </message>
    <message>
        <source>The other version of your record is kept as %1</source>
        <translation>आपके रिकॉर्ड का दूसरा संस्करण %1 के रूप में रखा गया है</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Read it again?</source>
        <translation>%1 को किसी दूसरे प्रोग्राम ने बदल दिया है। इसे फिर से पढ़ें?</translation>
    </message>
    <message>
        <source>Your record could not be read again: %1</source>
        <translation>आपका रिकॉर्ड फिर से पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Open &amp;Record…</source>
        <translation>रिकॉर्ड खोलें(&amp;R)…</translation>
    </message>
    <message>
        <source>Open or start a record of your own</source>
        <translation>अपना रिकॉर्ड खोलें या शुरू करें</translation>
    </message>
    <message>
        <source>Your record (*.geojson *.json);;All files (*)</source>
        <translation>आपका रिकॉर्ड (*.geojson *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Event…</source>
        <translation>नई घटना(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a dated, sourced event to your own record</source>
        <translation>अपने रिकॉर्ड में तारीख़ और स्रोत सहित एक घटना जोड़ें</translation>
    </message>
    <message>
        <source>New &amp;Place…</source>
        <translation>नया स्थान(&amp;P)…</translation>
    </message>
    <message>
        <source>Ed&amp;it Selected…</source>
        <translation>चुना हुआ संपादित करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>चुना हुआ हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Your record: %L1 events and %L2 places from %3</source>
        <translation>आपका रिकॉर्ड: %3 से %L1 घटनाएँ और %L2 स्थान</translation>
    </message>
    <message>
        <source>Your record could not be opened: %1</source>
        <translation>आपका रिकॉर्ड खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Your Record Could Not Be Opened</source>
        <translation>आपका रिकॉर्ड खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>%1 is left as it is; the window shows the bundled record.

%2</source>
        <translation>%1 को जैसा था वैसा ही छोड़ दिया गया है; विंडो संलग्न रिकॉर्ड दिखाती है।

%2</translation>
    </message>
    <message>
        <source>No record of yours is open: File › Open Record… opens or starts one</source>
        <translation>आपका कोई रिकॉर्ड खुला नहीं है: फ़ाइल › रिकॉर्ड खोलें… से कोई रिकॉर्ड खोलें या शुरू करें</translation>
    </message>
    <message>
        <source>Select an event or place of your record to edit it (the bundled record is read-only)</source>
        <translation>संपादित करने के लिए अपने रिकॉर्ड की कोई घटना या स्थान चुनें (संलग्न रिकॉर्ड केवल पढ़ने के लिए है)</translation>
    </message>
    <message>
        <source>Select an event or place of your record to delete it (the bundled record is read-only)</source>
        <translation>हटाने के लिए अपने रिकॉर्ड की कोई घटना या स्थान चुनें (संलग्न रिकॉर्ड केवल पढ़ने के लिए है)</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>हटाया नहीं गया: %1</translation>
    </message>
    <message>
        <source>Deleted from your record (Edit › Undo brings it back)</source>
        <translation>आपके रिकॉर्ड से हटाया गया (संपादन › पूर्ववत करें इसे वापस लाता है)</translation>
    </message>
    <message>
        <source>New &amp;Event Here…</source>
        <translation>यहाँ नई घटना(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;Place Here…</source>
        <translation>यहाँ नया स्थान(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>OwnRecordEditor</name>
    <message>
        <source>Add event %1</source>
        <translation>घटना %1 जोड़ें</translation>
    </message>
    <message>
        <source>there is no event &quot;%1&quot; in your record</source>
        <translation>आपके रिकॉर्ड में कोई घटना &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>घटना %1 संपादित करें</translation>
    </message>
    <message>
        <source>Add place %1</source>
        <translation>स्थान %1 जोड़ें</translation>
    </message>
    <message>
        <source>there is no place &quot;%1&quot; in your record</source>
        <translation>आपके रिकॉर्ड में कोई स्थान &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>स्थान %1 संपादित करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your record</source>
        <translation>&quot;%1&quot; आपके रिकॉर्ड में नहीं है</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>%1 was changed by another program; your change is not saved yet</source>
        <translation>%1 को किसी दूसरे प्रोग्राम ने बदल दिया है; आपका बदलाव अभी सहेजा नहीं गया है</translation>
    </message>
    <message>
        <source>cannot take the version on disk: %1</source>
        <translation>डिस्क पर मौजूद संस्करण नहीं लिया जा सकता: %1</translation>
    </message>
</context>
<context>
    <name>OwnRecordFile</name>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: सहेजा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: cannot create the folder %2</source>
        <translation>%1: सहेजा नहीं जा सकता: फ़ोल्डर %2 बनाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1: cannot save: cannot read the version to back up: %2</source>
        <translation>%1: सहेजा नहीं जा सकता: बैकअप के लिए पिछला संस्करण पढ़ा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source> Record checked to %1.</source>
        <translation> रिकॉर्ड %1 तक जाँचा गया।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>सर्वर ने कनेक्शन बंद कर दिया</translation>
    </message>
</context>
<context>
    <name>PgSource</name>
    <message>
        <source>not a database connection string (it starts with PG:)</source>
        <translation>डेटाबेस कनेक्शन स्ट्रिंग नहीं है (यह PG: से शुरू होती है)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value (write key=value)</source>
        <translation>&quot;%1&quot; का कोई मान नहीं है (key=value लिखें)</translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation>%1 के मान का समापन उद्धरण चिह्न नहीं है</translation>
    </message>
    <message>
        <source>LAC Viewer takes no password: put it in ~/.pgpass (or the file PGPASSFILE names), where libpq reads it</source>
        <translation>LAC Viewer पासवर्ड नहीं लेता: उसे ~/.pgpass (या PGPASSFILE में दी गई फ़ाइल) में रखें, जहाँ से libpq उसे पढ़ता है</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>अज्ञात key &quot;%1&quot; (ज्ञात: %2)</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 दो बार दिया गया है</translation>
    </message>
    <message>
        <source>name the table or view: tables=NAME (or SCHEMA.NAME)</source>
        <translation>तालिका या व्यू का नाम दें: tables=NAME (या SCHEMA.NAME)</translation>
    </message>
    <message>
        <source>one table at a time: tables=%1</source>
        <translation>एक बार में एक तालिका: tables=%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name (letters, digits and _, optionally SCHEMA.)</source>
        <translation>&quot;%1&quot; तालिका का नाम नहीं है (अक्षर, अंक और _, वैकल्पिक रूप से SCHEMA.)</translation>
    </message>
    <message>
        <source>%1=%2 is not a column or channel name (letters, digits and _)</source>
        <translation>%1=%2 कॉलम या चैनल का नाम नहीं है (अक्षर, अंक और _)</translation>
    </message>
    <message>
        <source>refresh=%1 is not a number of seconds from 1 to 86400</source>
        <translation>refresh=%1 1 से 86400 तक सेकंड की संख्या नहीं है</translation>
    </message>
    <message>
        <source>name the database: service=NAME (from ~/.pg_service.conf) or host, dbname and user</source>
        <translation>डेटाबेस का नाम दें: service=NAME (~/.pg_service.conf से) या host, dbname और user</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>An &amp;estimate, within</source>
        <translation>एक अनुमान(&amp;E), इतने के भीतर</translation>
    </message>
    <message>
        <source>New Place in Your Record</source>
        <translation>आपके रिकॉर्ड में नया स्थान</translation>
    </message>
    <message>
        <source>Edit Place of Your Record</source>
        <translation>आपके रिकॉर्ड का स्थान संपादित करें</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source> km</source>
        <translation> कि.मी.</translation>
    </message>
    <message>
        <source>What the place is, neutrally, in one to three sentences.</source>
        <translation>यह स्थान क्या है, निष्पक्ष रूप से, एक से तीन वाक्यों में।</translation>
    </message>
    <message>
        <source>lon</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <source>lat</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Other name:</source>
        <translation>दूसरा नाम(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Flashpoint:</source>
        <translation>टकराव बिंदु(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>स्थिति(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>वर्णन(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>स्रोत(&amp;O):</translation>
    </message>
    <message>
        <source>Give the place a name.</source>
        <translation>स्थान को एक नाम दें।</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Note: %1</source>
        <translation>ध्यान दें: %1</translation>
    </message>
    <message>
        <source>Press OK again to keep it as it is.</source>
        <translation>इसे जैसा है वैसा रखने के लिए फिर से OK दबाएँ।</translation>
    </message>
    <message>
        <source>Cite at least one source: the publisher&apos;s own page.</source>
        <translation>कम से कम एक स्रोत उद्धृत करें: प्रकाशक का अपना पृष्ठ।</translation>
    </message>
</context>
<context>
    <name>PropertyReader</name>
    <message>
        <source>too many problems: only the first %1 are listed</source>
        <translation>बहुत अधिक समस्याएँ: केवल पहली %1 सूचीबद्ध हैं</translation>
    </message>
    <message>
        <source>required property &quot;%1&quot; is %2</source>
        <translation>आवश्यक प्रॉपर्टी &quot;%1&quot; %2 है</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; %2 होना चाहिए, %3 नहीं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; खाली है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>&quot;%1&quot; सीमित संख्या नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of: %3</source>
        <translation>&quot;%1&quot; &quot;%2&quot; है; इनमें से एक अपेक्षित है: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings</source>
        <translation>&quot;%1&quot; में केवल स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>uncertainty_km must be above 0</source>
        <translation>uncertainty_km 0 से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must be lowercase letters, digits and hyphens</source>
        <translation>id &quot;%1&quot; में केवल छोटे अक्षर, अंक और हाइफ़न होने चाहिए</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>उपयोग: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[विकल्प]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>विकल्प:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>तर्क:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अज्ञात विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>अज्ञात विकल्प: %1।</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; के बाद मान नहीं है।</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; के बाद अनपेक्षित मान।</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>LAC Viewer</source>
        <translation>LAC Viewer</translation>
    </message>
    <message>
        <source>Your events
/ month</source>
        <translation>आपकी घटनाएँ
/ माह</translation>
    </message>
    <message>
        <source>Your events / month</source>
        <translation>आपकी घटनाएँ / माह</translation>
    </message>
    <message>
        <source>Connected: %1, dated by %2, geometry %3 (SRID %4).</source>
        <translation>कनेक्ट हुआ: %1, तारीख़ कॉलम %2, ज्यामिति कॉलम %3 (SRID %4)।</translation>
    </message>
</context>
<context>
    <name>RenderJob</name>
    <message>
        <source>%1: the %2 could not be made</source>
        <translation>%1: %2 नहीं बन सकी</translation>
    </message>
</context>
<context>
    <name>RowProblems</name>
    <message>
        <source>the first is here</source>
        <translation>पहली यहाँ है</translation>
    </message>
    <message>
        <source>the first is row %1</source>
        <translation>पहली पंक्ति %1 है</translation>
    </message>
    <message>
        <source>1 row has a date in &quot;%1&quot; that is not a day written like %2, e.g. &quot;%3&quot; (%4); left out</source>
        <translation>1 पंक्ति में &quot;%1&quot; की तारीख़ %2 की तरह लिखा दिन नहीं है, जैसे &quot;%3&quot; (%4); छोड़ दी गई</translation>
    </message>
    <message>
        <source>%1 rows have a date in &quot;%2&quot; that is not a day written like %3, e.g. &quot;%4&quot; (%5); left out</source>
        <translation>%1 पंक्तियों में &quot;%2&quot; की तारीख़ %3 की तरह लिखा दिन नहीं है, जैसे &quot;%4&quot; (%5); छोड़ दी गईं</translation>
    </message>
    <message>
        <source>1 row has a position in &quot;%1&quot; that is not a longitude/latitude, e.g. &quot;%2&quot; (%3); left out</source>
        <translation>1 पंक्ति में &quot;%1&quot; की स्थिति देशांतर/अक्षांश नहीं है, जैसे &quot;%2&quot; (%3); छोड़ दी गई</translation>
    </message>
    <message>
        <source>%1 rows have a position in &quot;%2&quot; that is not a longitude/latitude, e.g. &quot;%3&quot; (%4); left out</source>
        <translation>%1 पंक्तियों में &quot;%2&quot; की स्थिति देशांतर/अक्षांश नहीं है, जैसे &quot;%3&quot; (%4); छोड़ दी गईं</translation>
    </message>
</context>
<context>
    <name>RulerTool</name>
    <message>
        <source>&amp;Measure</source>
        <translation>मापें(&amp;M)</translation>
    </message>
    <message>
        <source>Click points on the map to measure along the ellipsoid; click the first point again to close a ring; Backspace takes a point back, Escape ends</source>
        <translation>दीर्घवृत्ताभ पर मापने के लिए नक्शे पर बिंदु क्लिक करें; घेरा बंद करने के लिए पहले बिंदु पर फिर क्लिक करें; Backspace एक बिंदु वापस लेता है, Escape समाप्त करता है</translation>
    </message>
    <message>
        <source>&amp;Copy Measurement</source>
        <translation>माप कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copied the measurement</source>
        <translation>माप कॉपी किया गया</translation>
    </message>
    <message>
        <source>C&amp;lear Measurement</source>
        <translation>माप मिटाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>Measuring: click points on the map</source>
        <translation>माप जारी: नक्शे पर बिंदु क्लिक करें</translation>
    </message>
    <message numerus="yes">
        <source>Ruler: %1 over %n leg(s)</source>
        <translation>
            <numerusform>रूलर: %1, %n खंड में</numerusform>
            <numerusform>रूलर: %1, %n खंडों में</numerusform>
        </translation>
    </message>
    <message>
        <source>, last leg %1 at %2°</source>
        <translation>, अंतिम खंड %1, %2° पर</translation>
    </message>
    <message>
        <source>, area %1 km²</source>
        <translation>, क्षेत्रफल %1 वर्ग कि.मी.</translation>
    </message>
    <message>
        <source>  (Ctrl+Shift+M copies)</source>
        <translation>  (Ctrl+Shift+M से कॉपी)</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>claim %1 is not an object</source>
        <translation>दावा %1 object नहीं है</translation>
    </message>
    <message>
        <source>claim %1: &quot;side&quot; must be india or china, not &quot;%2&quot;</source>
        <translation>दावा %1: &quot;side&quot; india या china होना चाहिए, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>claim %1 needs &quot;by&quot; (who said it) and &quot;text&quot;</source>
        <translation>दावा %1 के लिए &quot;by&quot; (किसने कहा) और &quot;text&quot; चाहिए</translation>
    </message>
    <message>
        <source>claim %1 date: %2</source>
        <translation>दावा %1 की तारीख़: %2</translation>
    </message>
    <message>
        <source>claim %1: its source_url is not one of the event&apos;s sources (&quot;%2&quot;)</source>
        <translation>दावा %1: इसका source_url घटना के स्रोतों में से नहीं है (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>फ़ीचर की कोई ज्यामिति नहीं है</translation>
    </message>
    <message>
        <source>the geometry has the wrong type for this file</source>
        <translation>ज्यामिति का प्रकार इस फ़ाइल के लिए गलत है</translation>
    </message>
    <message>
        <source>a polygon ring has fewer than 4 positions</source>
        <translation>एक बहुभुज वलय में 4 से कम स्थितियाँ हैं</translation>
    </message>
    <message>
        <source>a line has fewer than 2 positions</source>
        <translation>एक रेखा में 2 से कम स्थितियाँ हैं</translation>
    </message>
    <message>
        <source>marker (%1, %2) is out of range</source>
        <translation>चिह्न (%1, %2) सीमा से बाहर है</translation>
    </message>
    <message>
        <source>uncertainty cannot be negative</source>
        <translation>अनिश्चितता ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>valid_to %1 is before valid_from %2</source>
        <translation>valid_to %1, valid_from %2 से पहले है</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; needs &quot;date_end&quot;</source>
        <translation>&quot;%1&quot; के लिए &quot;date_end&quot; चाहिए</translation>
    </message>
    <message>
        <source>date_end %1 is before date %2</source>
        <translation>date_end %1, date %2 से पहले है</translation>
    </message>
    <message>
        <source>alternative date: %1</source>
        <translation>वैकल्पिक तारीख़: %1</translation>
    </message>
    <message>
        <source>alternative date&apos;s source is not an http(s) URL</source>
        <translation>वैकल्पिक तारीख़ का स्रोत http(s) URL नहीं है</translation>
    </message>
    <message>
        <source>scope &quot;flashpoint&quot; needs at least one flashpoint id</source>
        <translation>scope &quot;flashpoint&quot; के लिए कम से कम एक टकराव बिंदु id चाहिए</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; for %2; expected one of: %3</source>
        <translation>%2 के लिए अज्ञात स्थिति &quot;%1&quot;; इनमें से एक अपेक्षित है: %3</translation>
    </message>
    <message>
        <source>&quot;status_after&quot; for %1 must be a status other than clash, not &quot;%2&quot;</source>
        <translation>%1 के लिए &quot;status_after&quot; clash के अलावा कोई स्थिति होनी चाहिए, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>&quot;status_after&quot; names %1, which this event does not set to clash</source>
        <translation>&quot;status_after&quot; %1 बताता है, जिसे यह घटना clash पर नहीं रखती</translation>
    </message>
    <message>
        <source>unknown front phase &quot;%1&quot;</source>
        <translation>अज्ञात मोर्चा चरण &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a road has a &quot;course&quot;</source>
        <translation>&quot;course&quot; केवल सड़क में होता है</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 — flashpoint</source>
        <translation>%1 — टकराव बिंदु</translation>
    </message>
    <message>
        <source>%1 %2 — event</source>
        <translation>%1 %2 — घटना</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search flashpoints, places, events (Ctrl+F)</source>
        <translation>टकराव बिंदु, स्थान, घटनाएँ खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>is a directory</source>
        <translation>एक डायरेक्टरी है</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>सामान्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>is %1 bytes, too large for a settings file</source>
        <translation>%1 बाइट की है, सेटिंग्स फ़ाइल के लिए बहुत बड़ी</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>holds binary data</source>
        <translation>में बाइनरी डेटा है</translation>
    </message>
    <message>
        <source>is not a valid settings file</source>
        <translation>मान्य सेटिंग्स फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>The settings file %1 %2; it was kept as %3 and the default settings are used.</source>
        <translation>सेटिंग्स फ़ाइल %1 %2; उसे %3 के रूप में रखा गया है और डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
    <message>
        <source>The settings file %1 %2 and could not be moved aside; the default settings are used.</source>
        <translation>सेटिंग्स फ़ाइल %1 %2 और उसे हटाकर अलग नहीं रखा जा सका; डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
</context>
<context>
    <name>SourceChecker</name>
    <message>
        <source>source %1 is refused by the source policy: %2 is %3; cite the publisher&apos;s own page (%4)</source>
        <translation>स्रोत %1 स्रोत नीति द्वारा अस्वीकृत है: %2 %3 है; प्रकाशक का अपना पृष्ठ उद्धृत करें (%4)</translation>
    </message>
    <message>
        <source>warning: source %1 (%2): the source policy does not know the domain %3; add it to %4 with its kind</source>
        <translation>चेतावनी: स्रोत %1 (%2): स्रोत नीति डोमेन %3 को नहीं जानती; इसे इसके प्रकार के साथ %4 में जोड़ें</translation>
    </message>
    <message>
        <source>no primary source: cite a government&apos;s release or the outlet that did the reporting, on its own site</source>
        <translation>कोई प्राथमिक स्रोत नहीं: किसी सरकार की विज्ञप्ति या रिपोर्टिंग करने वाले माध्यम को, उसकी अपनी साइट पर, उद्धृत करें</translation>
    </message>
</context>
<context>
    <name>SourcePolicy</name>
    <message>
        <source>cannot read the source policy: %1</source>
        <translation>स्रोत नीति पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>the source policy is not a JSON object: %1</source>
        <translation>स्रोत नीति JSON object नहीं है: %1</translation>
    </message>
    <message>
        <source>every kind needs an &quot;id&quot; and a &quot;label&quot;</source>
        <translation>हर kind के लिए &quot;id&quot; और &quot;label&quot; चाहिए</translation>
    </message>
    <message>
        <source>a domain entry has no &quot;domain&quot;</source>
        <translation>एक domain प्रविष्टि में &quot;domain&quot; नहीं है</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; is listed twice</source>
        <translation>डोमेन &quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; needs exactly one of &quot;kind&quot; and &quot;refused&quot;</source>
        <translation>डोमेन &quot;%1&quot; के लिए &quot;kind&quot; और &quot;refused&quot; में से ठीक एक चाहिए</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; has the unknown kind &quot;%2&quot;</source>
        <translation>डोमेन &quot;%1&quot; का kind &quot;%2&quot; अज्ञात है</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; is refused as the unknown &quot;%2&quot;</source>
        <translation>डोमेन &quot;%1&quot; अज्ञात &quot;%2&quot; के रूप में अस्वीकृत है</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; names no publisher</source>
        <translation>डोमेन &quot;%1&quot; किसी प्रकाशक का नाम नहीं देता</translation>
    </message>
    <message>
        <source>the source policy lists no kinds</source>
        <translation>स्रोत नीति में कोई kind सूचीबद्ध नहीं है</translation>
    </message>
    <message>
        <source>no web address</source>
        <translation>कोई वेब पता नहीं</translation>
    </message>
    <message>
        <source>a bare IP address (%1), which names no publisher</source>
        <translation>केवल IP पता (%1), जो किसी प्रकाशक का नाम नहीं देता</translation>
    </message>
</context>
<context>
    <name>SourceRef</name>
    <message>
        <source>source %1 is not an object</source>
        <translation>स्रोत %1 object नहीं है</translation>
    </message>
    <message>
        <source>source %1 has no http(s) URL (&quot;%2&quot;)</source>
        <translation>स्रोत %1 में http(s) URL नहीं है (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>source %1 has no publisher</source>
        <translation>स्रोत %1 में प्रकाशक नहीं है</translation>
    </message>
    <message>
        <source>source %1 date: %2</source>
        <translation>स्रोत %1 की तारीख़: %2</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Address (URL)</source>
        <translation>पता (URL)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>प्रकाशक</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>The publisher&apos;s own page: the government&apos;s release for a government&apos;s statement, the outlet&apos;s own site for a report, en.wikipedia.org for Wikipedia. Published: YYYY-MM-DD or YYYY-MM, or empty.</source>
        <translation>प्रकाशक का अपना पृष्ठ: किसी सरकार के बयान के लिए उस सरकार की विज्ञप्ति, किसी रिपोर्ट के लिए उस समाचार माध्यम की अपनी साइट, विकिपीडिया के लिए en.wikipedia.org। प्रकाशित: YYYY-MM-DD या YYYY-MM, या ख़ाली।</translation>
    </message>
    <message>
        <source>&amp;Add Source</source>
        <translation>स्रोत जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Source</source>
        <translation>स्रोत हटाएँ(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StatusInfo</name>
    <message>
        <source>No standoff reported</source>
        <translation>कोई गतिरोध दर्ज नहीं</translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation>गतिरोध</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>झड़प</translation>
    </message>
    <message>
        <source>Disengaging</source>
        <translation>सैनिकों की वापसी जारी</translation>
    </message>
    <message>
        <source>Disengaged (buffer zone)</source>
        <translation>सैनिकों की वापसी (बफ़र ज़ोन)</translation>
    </message>
    <message>
        <source>Disengaged (patrolling restored)</source>
        <translation>सैनिकों की वापसी (गश्त बहाल)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Flashpoint</source>
        <translation>टकराव बिंदु</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>इससे तय</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>इसके बाद: %1</translation>
    </message>
    <message>
        <source> since %1
Set by: %2 (%3)</source>
        <translation> %1 से
इससे तय: %2 (%3)</translation>
    </message>
    <message>
        <source> — since %1 (%2)</source>
        <translation> — %1 से (%2)</translation>
    </message>
    <message>
        <source> since %1 (%2)</source>
        <translation> %1 से (%2)</translation>
    </message>
    <message>
        <source>Flashpoint status</source>
        <translation>टकराव बिंदु की स्थिति</translation>
    </message>
    <message>
        <source>Each flashpoint&apos;s status in words at the current date, since when and the event that set it. Enter frames the flashpoint.</source>
        <translation>मौजूदा तारीख़ पर हर टकराव बिंदु की स्थिति शब्दों में, वह कब से है और किस घटना से तय हुई। Enter दबाने पर टकराव बिंदु फ़्रेम में दिखता है।</translation>
    </message>
</context>
<context>
    <name>Terrain</name>
    <message>
        <source>GDAL cannot read it</source>
        <translation>GDAL इसे नहीं पढ़ सकता</translation>
    </message>
    <message>
        <source>remote paths are not opened; download the file first</source>
        <translation>दूरस्थ पथ नहीं खोले जाते; पहले फ़ाइल डाउनलोड करें</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>सामान्य फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>not a raster GDAL can read (%1)</source>
        <translation>GDAL द्वारा पढ़ा जा सकने वाला रास्टर नहीं (%1)</translation>
    </message>
    <message>
        <source>the raster has no bands</source>
        <translation>रास्टर में कोई बैंड नहीं है</translation>
    </message>
    <message>
        <source>not an elevation raster: it has colour bands or a palette (an image, not heights); open a DEM such as SRTM .hgt or a GeoTIFF of heights</source>
        <translation>ऊँचाई रास्टर नहीं: इसमें रंगीन बैंड या पैलेट है (चित्र, ऊँचाइयाँ नहीं); SRTM .hgt या ऊँचाइयों का GeoTIFF जैसा DEM खोलें</translation>
    </message>
    <message>
        <source>not an elevation raster: complex values</source>
        <translation>ऊँचाई रास्टर नहीं: सम्मिश्र मान</translation>
    </message>
    <message>
        <source>the raster has no georeferencing (no geotransform or no CRS)</source>
        <translation>रास्टर का कोई भू-संदर्भ नहीं (जियोट्रांसफ़ॉर्म या CRS नहीं)</translation>
    </message>
    <message>
        <source>cannot be warped to the map&apos;s projection (%1)</source>
        <translation>नक्शे के प्रक्षेप में नहीं बदला जा सकता (%1)</translation>
    </message>
    <message>
        <source>the raster lies outside the map&apos;s region</source>
        <translation>रास्टर नक्शे के क्षेत्र से बाहर है</translation>
    </message>
    <message>
        <source>cannot read the heights (%1)</source>
        <translation>ऊँचाइयाँ नहीं पढ़ी जा सकतीं (%1)</translation>
    </message>
    <message>
        <source>not an elevation raster: no heights between -1,000 and 9,000 m</source>
        <translation>ऊँचाई रास्टर नहीं: -1,000 और 9,000 मीटर के बीच कोई ऊँचाई नहीं</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;Theme</source>
        <translation>थीम(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>सिस्टम(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>हल्की(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>गहरी(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TimeControls</name>
    <message>
        <source>First event (Home)</source>
        <translation>पहली घटना (Home)</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>पिछली घटना (Left)</translation>
    </message>
    <message>
        <source>The current date: type YYYY-MM-DD and press Enter</source>
        <translation>मौजूदा तारीख़: YYYY-MM-DD लिखें और Enter दबाएँ</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>कैलेंडर से तारीख़ चुनें</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>अगली घटना (Right)</translation>
    </message>
    <message>
        <source>Last event (End)</source>
        <translation>आख़िरी घटना (End)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>चलाएँ या रोकें (Space)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <source>1 day per step</source>
        <translation>हर क़दम 1 दिन</translation>
    </message>
    <message>
        <source>1 week per step</source>
        <translation>हर क़दम 1 सप्ताह</translation>
    </message>
    <message>
        <source>1 month per step</source>
        <translation>हर क़दम 1 महीना</translation>
    </message>
    <message>
        <source>1 year per step</source>
        <translation>हर क़दम 1 वर्ष</translation>
    </message>
    <message>
        <source>Next event per step</source>
        <translation>हर क़दम अगली घटना</translation>
    </message>
    <message>
        <source>How far each step of playback moves</source>
        <translation>चलाते समय हर क़दम कितना आगे बढ़े</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>धीमा</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>तेज़</translation>
    </message>
    <message>
        <source>Time between steps of playback</source>
        <translation>चलाते समय क़दमों के बीच का समय</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>दोहराएँ</translation>
    </message>
    <message>
        <source>Show events:</source>
        <translation>घटनाएँ दिखाएँ:</translation>
    </message>
    <message>
        <source>Up to the date</source>
        <translation>तारीख़ तक</translation>
    </message>
    <message>
        <source>In the last N days</source>
        <translation>पिछले N दिनों में</translation>
    </message>
    <message>
        <source>Which events the map draws: all up to the date (cumulative), the last N days&apos;, or the date&apos;s only</source>
        <translation>नक्शा कौन-सी घटनाएँ बनाए: तारीख़ तक की सभी (संचयी), पिछले N दिनों की, या केवल उसी तारीख़ की</translation>
    </message>
    <message>
        <source>On the date only</source>
        <translation>केवल उसी तारीख़ की</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>मौजूदा तारीख़</translation>
    </message>
    <message>
        <source>Playback step</source>
        <translation>चलाने का क़दम</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>चलाने की गति</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>घटनाएँ दिखाएँ</translation>
    </message>
    <message>
        <source>Days of events shown</source>
        <translation>दिखाई गई घटनाओं के दिन</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Events
/ month</source>
        <translation>घटनाएँ
/ माह</translation>
    </message>
    <message>
        <source>Front-wide / elsewhere</source>
        <translation>पूरा मोर्चा / अन्यत्र</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of the timeline&apos;s axis (QDateTime::toString)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM
yyyy</source>
        <comment>date format of the timeline&apos;s axis (QDateTime::toString)</comment>
        <translation>d MMM
yyyy</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <source>Status lanes per flashpoint, events and events per month. Current date %1. Left and Right: previous and next event; Home and End: first and last.</source>
        <translation>हर टकराव बिंदु की स्थिति-पट्टियाँ, घटनाएँ और प्रति माह घटनाएँ। मौजूदा तारीख़ %1। Left और Right: पिछली और अगली घटना; Home और End: पहली और आख़िरी।</translation>
    </message>
</context>
<context>
    <name>ViewRequest</name>
    <message>
        <source>--view: unknown flashpoint &quot;%1&quot;; expected one of: %2</source>
        <translation>--view: अज्ञात टकराव बिंदु &quot;%1&quot;; इनमें से एक होना चाहिए: %2</translation>
    </message>
    <message>
        <source>--select: no flashpoint, place or line has the id &quot;%1&quot;</source>
        <translation>--select: किसी टकराव बिंदु, स्थान या रेखा की id &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>not two dates A,B (YYYY-MM-DD,YYYY-MM-DD)</source>
        <translation>दो तारीख़ें A,B (YYYY-MM-DD,YYYY-MM-DD) नहीं</translation>
    </message>
    <message>
        <source>A and B are the same day; compare two different dates</source>
        <translation>A और B एक ही दिन हैं; दो अलग तारीख़ों की तुलना करें</translation>
    </message>
    <message>
        <source>A %1 is after B %2; give the earlier date first</source>
        <translation>A %1, B %2 के बाद है; पहले वाली तारीख़ पहले दें</translation>
    </message>
    <message>
        <source>--colour-by: %1 is not a layer of dated events; only event layers are coloured by a field</source>
        <translation>--colour-by: %1 तारीख़ वाली घटनाओं की परत नहीं है; केवल घटना परतें किसी फ़ील्ड के अनुसार रंगी जाती हैं</translation>
    </message>
    <message>
        <source>--colour-by &quot;%1&quot;: %2</source>
        <translation>--colour-by &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--colour-by: no field &quot;%1&quot; in %2; its fields: %3</source>
        <translation>--colour-by: %2 में कोई फ़ील्ड &quot;%1&quot; नहीं है; इसकी फ़ील्ड: %3</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>Nothing was written.

%1</source>
        <translation>कुछ नहीं लिखा गया।

%1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 निर्यात किया गया</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>नक्शा निर्यात करें</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 पहले से मौजूद है। क्या उसे बदल दें?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>ब्रीफ़िंग निर्यात करें</translation>
    </message>
    <message>
        <source>Writing the briefing %1…</source>
        <translation>ब्रीफ़िंग %1 लिखी जा रही है…</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>तुलना निर्यात करें</translation>
    </message>
    <message>
        <source>A comparison is one PNG, SVG or PDF, not a GIF. Nothing was written.</source>
        <translation>तुलना एक PNG, SVG या PDF होती है, GIF नहीं। कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Copied the map to the clipboard</source>
        <translation>नक्शा क्लिपबोर्ड पर कॉपी किया गया</translation>
    </message>
    <message>
        <source>%1: the briefing could not be made</source>
        <translation>%1: ब्रीफ़िंग नहीं बन सकी</translation>
    </message>
</context>
</TS>
