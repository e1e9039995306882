<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About LAC Viewer</source>
        <translation>关于 LAC Viewer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LAC Viewer %1&lt;/h3&gt;&lt;p&gt;A map of the India–China Line of Actual Control flashpoints in eastern Ladakh, their disengagement status over time, the events there and their sources.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LAC Viewer %1&lt;/h3&gt;&lt;p&gt;拉达克东部中印实际控制线摩擦点地图：各摩擦点随时间变化的脱离接触状态、当地发生的事件及其来源。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtlasLoader</name>
    <message>
        <source>duplicate id &quot;%1&quot; (first at line %2)</source>
        <translation>id“%1”重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>unknown flashpoint &quot;%1&quot;</source>
        <translation>未知的摩擦点“%1”</translation>
    </message>
    <message>
        <source>the marker of &quot;%1&quot; lies outside its area</source>
        <translation>“%1”的标记位于其区域之外</translation>
    </message>
    <message>
        <source>flashpoint &quot;%1&quot; is missing</source>
        <translation>缺少摩擦点“%1”</translation>
    </message>
    <message>
        <source>buffer zone &quot;%1&quot; is valid from %2, but %3 becomes disengaged-buffer-zone on %4</source>
        <translation>缓冲区“%1”自 %2 起有效，但 %3 于 %4 才变为 disengaged-buffer-zone</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>events must be in date order: %1 comes after %2</source>
        <translation>事件必须按日期排序：%1 排在 %2 之后</translation>
    </message>
    <message>
        <source>a month-precision date is written as the 1st of the month</source>
        <translation>精确到月的日期应写作该月 1 日</translation>
    </message>
    <message>
        <source>only a &quot;range&quot; or &quot;between&quot; has a date_end</source>
        <translation>只有 &quot;range&quot; 或 &quot;between&quot; 才有 date_end</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation>未知的地点“%1”</translation>
    </message>
    <message>
        <source>sets the status of &quot;%1&quot;, which is not in its flashpoints</source>
        <translation>设置了“%1”的状态，但它不在该事件的摩擦点中</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event cannot set status &quot;%2&quot;</source>
        <translation>“%1”事件不能设置状态“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already changes status on %2 (event &quot;%3&quot;)</source>
        <translation>“%1”已于 %2 变更状态（事件“%3”）</translation>
    </message>
    <message>
        <source>cannot read the record&apos;s description: %1</source>
        <translation>无法读取记录的说明：%1</translation>
    </message>
    <message>
        <source>&quot;checked_to&quot; must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&quot;checked_to&quot; 必须是 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;record_type&quot; must be &quot;event&quot; or &quot;place&quot;, not &quot;%1&quot;</source>
        <translation>&quot;record_type&quot; 必须是 &quot;event&quot; 或 &quot;place&quot;，而不是“%1”</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is already used by the bundled record</source>
        <translation>id“%1”已被内置记录使用</translation>
    </message>
</context>
<context>
    <name>Bookmark</name>
    <message>
        <source>&quot;name&quot; is missing or empty</source>
        <translation>&quot;name&quot; 缺失或为空</translation>
    </message>
    <message>
        <source>&quot;extent&quot; is not [west, south, east, north] in degrees</source>
        <translation>&quot;extent&quot; 不是以度为单位的 [west, south, east, north]</translation>
    </message>
    <message>
        <source>&quot;extent&quot; lies outside the map&apos;s data, lon %1 to %2, lat %3 to %4</source>
        <translation>&quot;extent&quot; 超出地图数据范围：经度 %1 至 %2，纬度 %3 至 %4</translation>
    </message>
    <message>
        <source>&quot;window&quot; is not &quot;cumulative&quot;, &quot;instant&quot; or a number of days from 1 to 3650</source>
        <translation>&quot;window&quot; 不是 &quot;cumulative&quot;、&quot;instant&quot; 或 1 到 3650 之间的天数</translation>
    </message>
    <message>
        <source>&quot;hidden_layers&quot; is not a list of layer ids</source>
        <translation>&quot;hidden_layers&quot; 不是图层 id 的列表</translation>
    </message>
    <message>
        <source>&quot;hidden_layers&quot; holds something that is not a layer id</source>
        <translation>&quot;hidden_layers&quot; 含有不是图层 id 的内容</translation>
    </message>
    <message>
        <source>&quot;compare&quot; is not two dates [A, B]</source>
        <translation>&quot;compare&quot; 不是两个日期 [A, B]</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Saved bookmarks</source>
        <translation>已保存的书签</translation>
    </message>
    <message>
        <source>Each saved view with its date and extent. Enter goes to it.</source>
        <translation>每个已保存的视图及其日期和范围。按 Enter 转到该视图。</translation>
    </message>
    <message>
        <source>&amp;Saved views:</source>
        <translation>已保存的视图(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Rename Bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Delete the bookmark &quot;%1&quot;?</source>
        <translation>要删除书签“%1”吗？</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json);;All files (*)</source>
        <translation>书签 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>书签 (*.json)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>%1 — %2, lon %3–%4°E, lat %5–%6°N</source>
        <translation>%1 — %2，东经 %3–%4°，北纬 %5–%6°</translation>
    </message>
</context>
<context>
    <name>BookmarkFile</name>
    <message>
        <source>%1:%2: not JSON: %3</source>
        <translation>%1:%2：不是 JSON：%3</translation>
    </message>
    <message>
        <source>%1: not a LAC Viewer bookmarks file (expected {&quot;%2&quot;: 1, &quot;bookmarks&quot;: [...]})</source>
        <translation>%1：不是 LAC Viewer 书签文件（应为 {&quot;%2&quot;: 1, &quot;bookmarks&quot;: [...]}）</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <translation>书签 %1</translation>
    </message>
    <message>
        <source>bookmark %1 &quot;%2&quot;</source>
        <translation>书签 %1“%2”</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1: %2: the name is used twice</source>
        <translation>%1：%2：名称重复使用</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: too large for a bookmarks file</source>
        <translation>%1：作为书签文件过大</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>BookmarkMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarks: %1</source>
        <translation>书签：%1</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>添加书签(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>管理书签(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks…</source>
        <translation>导入书签(&amp;I)…</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json);;All files (*)</source>
        <translation>书签 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bookmark(s)</source>
        <translation>
            <numerusform>已导入 %n 个书签</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Bookmarks…</source>
        <translation>导出书签(&amp;E)…</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>书签 (*.json)</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Nothing was written.

%1</source>
        <translation>未写入任何内容。

%1</translation>
    </message>
    <message>
        <source>Bookmark &quot;%1&quot;</source>
        <translation>书签“%1”</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
    <message>
        <source>A bookmark called &quot;%1&quot; exists. Replace it with this view?</source>
        <translation>名为“%1”的书签已存在。要用此视图替换它吗？</translation>
    </message>
</context>
<context>
    <name>BookmarkStore</name>
    <message>
        <source>%1 (moved aside to %2)</source>
        <translation>%1（已移到一旁，另存为 %2）</translation>
    </message>
    <message>
        <source>A bookmark needs a name.</source>
        <translation>书签需要一个名称。</translation>
    </message>
    <message>
        <source>No such bookmark.</source>
        <translation>没有这个书签。</translation>
    </message>
    <message>
        <source>A bookmark called &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的书签已存在。</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：没有这个文件</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Events since</source>
        <translation>列出事件的起始日期</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Unticked, each flashpoint&apos;s page lists the events since its last status change</source>
        <translation>不勾选时，每个摩擦点的页面列出其最近一次状态变化以来的事件</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>A multi-page PDF: the region map and every flashpoint&apos;s status as of the date, a page per flashpoint with its map, history and sourced events, and every citation. The disclaimer and the record&apos;s date are on every page.</source>
        <translation>多页 PDF：区域地图及截至该日期各摩擦点的状态；每个摩擦点一页，含地图、状态历史和有来源的事件；以及全部引文。每一页都印有免责声明和记录的核对日期。</translation>
    </message>
    <message>
        <source>Choose a file to write the briefing to.</source>
        <translation>请选择简报要写入的文件。</translation>
    </message>
    <message>
        <source>&quot;Events since&quot; %1 is after the briefing&apos;s date %2.</source>
        <translation>“列出事件的起始日期” %1 晚于简报日期 %2。</translation>
    </message>
    <message>
        <source>Export the briefing to</source>
        <translation>将简报导出到</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BriefingWriter</name>
    <message>
        <source>&lt;h2&gt;Status of each flashpoint on %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;截至 %1 各摩擦点的状态&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>after </source>
        <translation>继 </translation>
    </message>
    <message>
        <source>, since %1 (%2)</source>
        <translation>，自 %1 起（%2）</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;margin-left:24px&quot;&gt;&lt;b&gt;%1&apos;s account&lt;/b&gt; — %2%3: %4%5&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;margin-left:24px&quot;&gt;&lt;b&gt;%1方的说法&lt;/b&gt; — %2%3：%4%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other name: %1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;其他名称：%1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status on %1: %2&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 的状态：%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, since %1 (%2 “%3”)</source>
        <translation>，自 %1 起（%2“%3”）</translation>
    </message>
    <message>
        <source>after</source>
        <translation>继</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>起因于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Status history to %1&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;截至 %1 的状态历史&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Events from %1 to %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 至 %2 的事件&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No event at this flashpoint in these dates.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;该摩擦点在这段日期内没有事件。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;&lt;p&gt;Every source cited above, by number. A government&apos;s statement is cited at its own release where one could be read, otherwise at the outlet that reported it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;来源&lt;/h2&gt;&lt;p&gt;上文引用的全部来源，按编号排列。政府声明尽可能引用其原始发布；无法查阅时，引用报道该声明的媒体。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Eastern Ladakh: the LAC flashpoints as of %1&lt;/h1&gt;&lt;p&gt;A briefing from the LAC Viewer record, checked to %2. Numbers in brackets refer to the list of sources at the end. Where the two governments&apos; accounts differ, each is given as its own, labelled by side.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;拉达克东部：截至 %1 的实际控制线摩擦点&lt;/h1&gt;&lt;p&gt;本简报依据 LAC Viewer 记录编制，记录核对至 %2。方括号中的数字对应文末的来源列表。两国政府说法不一致时，分别列出各自的说法，并注明属于哪一方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Eastern Ladakh: the LAC flashpoints as of %1</source>
        <translation>拉达克东部：截至 %1 的实际控制线摩擦点</translation>
    </message>
</context>
<context>
    <name>CategoryIndex</name>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>no field to colour by</source>
        <translation>没有用于着色的字段</translation>
    </message>
    <message>
        <source>Other (1 value)</source>
        <translation>其他（1 个值）</translation>
    </message>
    <message>
        <source>Other (%L1 values)</source>
        <translation>其他（%L1 个值）</translation>
    </message>
</context>
<context>
    <name>ChangeListPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Changes between the two dates</source>
        <translation>两个日期之间的变化</translation>
    </message>
    <message>
        <source>Compare two dates (View › Compare Dates) to list what changed between them.</source>
        <translation>比较两个日期（视图 › 比较日期），列出两者之间的变化。</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n status change(s), %3 line change(s), %4 event(s).</source>
        <translation>
            <numerusform>从 %1 到 %2：%n 项状态变化，%3 项线条变化，%4 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1（%2%3）</translation>
    </message>
    <message>
        <source>after </source>
        <translation>继 </translation>
    </message>
    <message>
        <source>Lines and buffer zones</source>
        <translation>线条和缓冲区</translation>
    </message>
    <message>
        <source>%1 appeared</source>
        <translation>%1 出现</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <source>Events in between</source>
        <translation>期间的事件</translation>
    </message>
    <message>
        <source>Nothing changed between these dates.</source>
        <translation>这两个日期之间没有变化。</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <source>Status changes from %1 to %2</source>
        <translation>%1 至 %2 的状态变化</translation>
    </message>
    <message>
        <source>No flashpoint&apos;s status changed.</source>
        <translation>没有摩擦点的状态发生变化。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>变为</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>after </source>
        <translation>继 </translation>
    </message>
    <message>
        <source>Lines and buffer zones that appeared or ended</source>
        <translation>出现或结束的线条和缓冲区</translation>
    </message>
    <message>
        <source>No line or buffer zone appeared or ended.</source>
        <translation>没有线条或缓冲区出现或结束。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Line or zone</source>
        <translation>线条或区域</translation>
    </message>
    <message>
        <source>Events after %1, up to %2 (%3)</source>
        <translation>%1 之后至 %2 的事件（%3）</translation>
    </message>
    <message>
        <source>No event is recorded in these dates.</source>
        <translation>这段日期内没有记录的事件。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Nothing above cites a source.</source>
        <translation>上文没有引用任何来源。</translation>
    </message>
    <message>
        <source>The numbers in brackets above refer to these. A government&apos;s statement is cited at its own release where one could be read, otherwise at the outlet that reported it.</source>
        <translation>上文方括号中的数字对应以下来源。政府声明尽可能引用其原始发布；无法查阅时，引用报道该声明的媒体。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Source and its address</source>
        <translation>来源及其网址</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>long date format (QLocale::toString)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ColourBy</name>
    <message>
        <source>%1 (CAMEO root code)</source>
        <translation>%1（CAMEO 根代码）</translation>
    </message>
    <message>
        <source>%1 (first character)</source>
        <translation>%1（首字符）</translation>
    </message>
    <message>
        <source>%1 (first %2 characters)</source>
        <translation>%1（前 %2 个字符）</translation>
    </message>
    <message>
        <source>Make public statement</source>
        <translation>发表公开声明</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>呼吁</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>表达合作意向</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>开展外交合作</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>开展物质合作</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>提供援助</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>让步</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>表示不满</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>抗议</translation>
    </message>
    <message>
        <source>Exhibit military posture</source>
        <translation>展示军事姿态</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>降低关系</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>胁迫</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>攻击</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>战斗</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>使用非常规大规模暴力</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the field is neither &quot;root&quot; (a CAMEO root code) nor a number of characters from 1 to %2</source>
        <translation>字段后的“%1”既不是 &quot;root&quot;（CAMEO 根代码），也不是 1 到 %2 之间的字符数</translation>
    </message>
    <message>
        <source>no field named</source>
        <translation>未指定字段</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Read the bundled data set from DIR.</source>
        <translation>从 DIR 读取随附的数据集。</translation>
    </message>
    <message>
        <source>Show or export the map as of this date.</source>
        <translation>显示或导出截至该日期的地图。</translation>
    </message>
    <message>
        <source>Render the map to OUT (.png, .svg or .pdf) and exit (no display needed).</source>
        <translation>将地图渲染到 OUT（.png、.svg 或 .pdf）后退出（无需显示器）。</translation>
    </message>
    <message>
        <source>Write one numbered PNG per --step from --from to --to into DIR.</source>
        <translation>从 --from 到 --to，每个 --step 写一张编号的 PNG 到 DIR。</translation>
    </message>
    <message>
        <source>Write an animated GIF, one frame per --step from --from to --to.</source>
        <translation>写一个 GIF 动画，从 --from 到 --to，每个 --step 一帧。</translation>
    </message>
    <message>
        <source>Export size in pixels (default 1600x1000; PNG, SVG, GIF); with --compare, each map&apos;s (default 760x900).</source>
        <translation>导出尺寸（像素，默认 1600x1000；PNG、SVG、GIF）；与 --compare 一起使用时为每张地图的尺寸（默认 760x900）。</translation>
    </message>
    <message>
        <source>With --export: the map as of A beside the map as of B (A before B), one legend, and what changed in between as a table with its sources; PNG, SVG or PDF. Without: the window opens comparing A and B (View › Compare Dates).</source>
        <translation>与 --export 一起使用：截至 A 的地图与截至 B 的地图并排（A 早于 B），一个图例，以及两者之间的变化表及其来源；PNG、SVG 或 PDF。不与 --export 一起使用：打开窗口比较 A 和 B（视图 › 比较日期）。</translation>
    </message>
    <message>
        <source>Frame one flashpoint, or all (default), in the window or an export.</source>
        <translation>在窗口或导出中框定一个摩擦点，或全部（默认）。</translation>
    </message>
    <message>
        <source>Frame this lon/lat box in the window or an export (degrees; inside 72,28,86,38).</source>
        <translation>在窗口或导出中框定该经纬度范围（度；须在 72,28,86,38 之内）。</translation>
    </message>
    <message>
        <source>Which events to show: cumulative (up to the date, the default), instant (on the date only) or the last N days.</source>
        <translation>显示哪些事件：cumulative（截至该日期，默认）、instant（仅该日期）或最近 N 天。</translation>
    </message>
    <message>
        <source>Leave a layer out of the window or an export (repeatable): basemap, terrain, roads, lac-india, lac-china, claims, buffer-zones, places, events, or a FILE&apos;s name.</source>
        <translation>在窗口或导出中略去一个图层（可重复）：basemap、terrain、roads、lac-india、lac-china、claims、buffer-zones、places、events，或某个 FILE 的名称。</translation>
    </message>
    <message>
        <source>Shade the terrain of an elevation raster (GeoTIFF, SRTM .hgt, VRT) under the map.</source>
        <translation>在地图下方用高程栅格（GeoTIFF、SRTM .hgt、VRT）绘制地形晕渲。</translation>
    </message>
    <message>
        <source>Highlight a flashpoint, place or line in the window or an export.</source>
        <translation>在窗口或导出中突出显示一个摩擦点、地点或线条。</translation>
    </message>
    <message>
        <source>Symbol and text scale of an export, in dots per inch (24 to 2400; default 96, PDF 300). A PNG keeps --size in pixels.</source>
        <translation>导出的符号和文字比例，以每英寸点数计（24 至 2400；默认 96，PDF 为 300）。PNG 保持 --size 的像素尺寸。</translation>
    </message>
    <message>
        <source>Export title (default &quot;Eastern Ladakh, as of YYYY-MM-DD&quot;); {date} is replaced by the date.</source>
        <translation>导出标题（默认为“Eastern Ladakh, as of YYYY-MM-DD”）；{date} 会被替换为日期。</translation>
    </message>
    <message>
        <source>Export without the title.</source>
        <translation>导出时不带标题。</translation>
    </message>
    <message>
        <source>Export without the legend.</source>
        <translation>导出时不带图例。</translation>
    </message>
    <message>
        <source>Export without the scale bar.</source>
        <translation>导出时不带比例尺。</translation>
    </message>
    <message>
        <source>Export without the north arrow.</source>
        <translation>导出时不带指北针。</translation>
    </message>
    <message>
        <source>Export without the footer (sources and disclaimer).</source>
        <translation>导出时不带页脚（来源和免责声明）。</translation>
    </message>
    <message>
        <source>Export a zoomed view without the locator inset (the region with the view outlined).</source>
        <translation>导出放大的视图时不带位置插图（框出当前视图的区域图）。</translation>
    </message>
    <message>
        <source>Export the map alone: no title, date, legend, scale bar, north arrow or footer.</source>
        <translation>只导出地图本身：不带标题、日期、图例、比例尺、指北针或页脚。</translation>
    </message>
    <message>
        <source>Replace export files that already exist.</source>
        <translation>替换已存在的导出文件。</translation>
    </message>
    <message>
        <source>Also write OUT.json: version, date, extent, size, dpi, data files&apos; SHA-256.</source>
        <translation>同时写出 OUT.json：版本、日期、范围、尺寸、dpi、数据文件的 SHA-256。</translation>
    </message>
    <message>
        <source>Frame step: Nd, Nw, Nm (days, weeks, months) or events (each event date; the default).</source>
        <translation>帧步长：Nd、Nw、Nm（天、周、月）或 events（每个事件日期；默认）。</translation>
    </message>
    <message>
        <source>GIF frame time in milliseconds (20 to 60000; default 500).</source>
        <translation>GIF 每帧时长，以毫秒计（20 至 60000；默认 500）。</translation>
    </message>
    <message>
        <source>PDF page size: A5, A4 (default), A3, A2, Letter, Legal, Tabloid.</source>
        <translation>PDF 页面尺寸：A5、A4（默认）、A3、A2、Letter、Legal、Tabloid。</translation>
    </message>
    <message>
        <source>PDF page orientation: landscape (default) or portrait.</source>
        <translation>PDF 页面方向：landscape（横向，默认）或 portrait（纵向）。</translation>
    </message>
    <message>
        <source>Write a briefing PDF as of --date: cover map, status table, a page per flashpoint with its map, history and events (each side&apos;s account, numbered citations), and the sources.</source>
        <translation>写出截至 --date 的 PDF 简报：封面地图、状态表、每个摩擦点一页（含地图、状态历史和事件，列出双方各自的说法，引文编号），以及来源。</translation>
    </message>
    <message>
        <source>With --report: list events from this date (default: since each flashpoint&apos;s status began).</source>
        <translation>与 --report 一起使用：列出自该日期起的事件（默认：自各摩擦点当前状态开始之日起）。</translation>
    </message>
    <message>
        <source>Check the bundled data, or the FILEs given, and exit.</source>
        <translation>检查随附的数据或给定的 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Print every flashpoint&apos;s status at --date (default today).</source>
        <translation>打印 --date（默认今天）时每个摩擦点的状态。</translation>
    </message>
    <message>
        <source>List events in date order (--from, --to, --flashpoint).</source>
        <translation>按日期顺序列出事件（--from、--to、--flashpoint）。</translation>
    </message>
    <message>
        <source>Report the record&apos;s citations by kind and publisher under the source policy, and the events that rest on one publisher or one side&apos;s sources.</source>
        <translation>按来源政策，按类别和发布者报告记录中的引文，以及仅依赖单一发布者或单一方来源的事件。</translation>
    </message>
    <message>
        <source>List what changed from --from to --to: status changes, the events in between, lines and buffer zones that appeared or ended.</source>
        <translation>列出从 --from 到 --to 的变化：状态变化、期间的事件、出现或结束的线条和缓冲区。</translation>
    </message>
    <message>
        <source>With --status, --events, --sources or --changes: print JSON.</source>
        <translation>与 --status、--events、--sources 或 --changes 一起使用：输出 JSON。</translation>
    </message>
    <message>
        <source>First date of --events, --export-frames or --export-animation.</source>
        <translation>--events、--export-frames 或 --export-animation 的起始日期。</translation>
    </message>
    <message>
        <source>Last date of --events, --export-frames or --export-animation.</source>
        <translation>--events、--export-frames 或 --export-animation 的结束日期。</translation>
    </message>
    <message>
        <source>With --events: only events at flashpoint ID.</source>
        <translation>与 --events 一起使用：只列出摩擦点 ID 的事件。</translation>
    </message>
    <message>
        <source>For FILEs of dated points with several date fields: the field that dates each event.</source>
        <translation>对于有多个日期字段的带日期点的 FILE：为每个事件确定日期的字段。</translation>
    </message>
    <message>
        <source>With --date-field: the field where each event ends.</source>
        <translation>与 --date-field 一起使用：每个事件结束日期所在的字段。</translation>
    </message>
    <message>
        <source>The language of the window, exports and this help: %1 (default: the desktop&apos;s language).</source>
        <translation>窗口、导出和本帮助使用的语言：%1（默认：桌面的语言）。</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2</source>
        <translation>--lang：没有“%1”的翻译；可用的语言：%2</translation>
    </message>
    <message>
        <source>not four numbers W,S,E,N in degrees</source>
        <translation>不是以度为单位的四个数 W,S,E,N</translation>
    </message>
    <message>
        <source>west %1 is not less than east %2</source>
        <translation>西 %1 不小于东 %2</translation>
    </message>
    <message>
        <source>south %1 is not less than north %2</source>
        <translation>南 %1 不小于北 %2</translation>
    </message>
    <message>
        <source>outside the map&apos;s data, lon %1 to %2, lat %3 to %4</source>
        <translation>超出地图数据范围：经度 %1 至 %2，纬度 %3 至 %4</translation>
    </message>
    <message>
        <source>use only one of --export, --export-frames, --export-animation, --validate, --status, --events, --sources, --changes, --report</source>
        <translation>--export、--export-frames、--export-animation、--validate、--status、--events、--sources、--changes、--report 只能使用其中之一</translation>
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation>--export 需要一个文件名</translation>
    </message>
    <message>
        <source>--compare: a comparison is one PNG, SVG or PDF, not a GIF</source>
        <translation>--compare：比较只能是一个 PNG、SVG 或 PDF，不能是 GIF</translation>
    </message>
    <message>
        <source>--export: &quot;%1&quot; does not end in .png, .svg or .pdf (for a GIF use --export-animation)</source>
        <translation>--export：“%1”的扩展名不是 .png、.svg 或 .pdf（GIF 请用 --export-animation）</translation>
    </message>
    <message>
        <source>--export-frames needs a directory</source>
        <translation>--export-frames 需要一个目录</translation>
    </message>
    <message>
        <source>--export-animation: &quot;%1&quot; does not end in .gif</source>
        <translation>--export-animation：“%1”的扩展名不是 .gif</translation>
    </message>
    <message>
        <source>--report: &quot;%1&quot; does not end in .pdf</source>
        <translation>--report：“%1”的扩展名不是 .pdf</translation>
    </message>
    <message>
        <source>--compare goes with --export, or opens the window comparing the dates</source>
        <translation>--compare 需与 --export 一起使用，或者打开窗口比较这两个日期</translation>
    </message>
    <message>
        <source>--compare shows its own two dates; it does not take --date</source>
        <translation>--compare 自带两个日期；不接受 --date</translation>
    </message>
    <message>
        <source>--%1 does not go with --compare</source>
        <translation>--%1 不能与 --compare 一起使用</translation>
    </message>
    <message>
        <source>--compare &quot;%1&quot;: %2</source>
        <translation>--compare “%1”：%2</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT with each side 16 to 16384</source>
        <translation>--size：“%1”不是 WIDTHxHEIGHT 格式，或某边不在 16 至 16384 之间</translation>
    </message>
    <message>
        <source>--view needs &quot;all&quot; or a flashpoint id</source>
        <translation>--view 需要“all”或一个摩擦点 id</translation>
    </message>
    <message>
        <source>--view goes with the window or an export</source>
        <translation>--view 用于窗口或导出</translation>
    </message>
    <message>
        <source>--window goes with the window or an export</source>
        <translation>--window 用于窗口或导出</translation>
    </message>
    <message>
        <source>--window: &quot;%1&quot; is not cumulative, instant or a number of days from 1 to 3650</source>
        <translation>--window：“%1”不是 cumulative、instant 或 1 至 3650 之间的天数</translation>
    </message>
    <message>
        <source>--since goes with --report</source>
        <translation>--since 需与 --report 一起使用</translation>
    </message>
    <message>
        <source>--%1 does not go with --report</source>
        <translation>--%1 不能与 --report 一起使用</translation>
    </message>
    <message>
        <source>--extent goes with the window or an export</source>
        <translation>--extent 用于窗口或导出</translation>
    </message>
    <message>
        <source>use --view or --extent, not both</source>
        <translation>--view 和 --extent 只能使用其一</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot;: %2</source>
        <translation>--extent “%1”：%2</translation>
    </message>
    <message>
        <source>--hide-layer goes with the window or an export</source>
        <translation>--hide-layer 用于窗口或导出</translation>
    </message>
    <message>
        <source>--hide-layer: unknown layer &quot;%1&quot;; expected one of: %2, or the file name of a FILE given</source>
        <translation>--hide-layer：未知图层“%1”；应为以下之一：%2，或所给某个 FILE 的文件名</translation>
    </message>
    <message>
        <source>--select goes with the window or an export</source>
        <translation>--select 用于窗口或导出</translation>
    </message>
    <message>
        <source>--%1 goes with --export, --export-frames or --export-animation</source>
        <translation>--%1 需与 --export、--export-frames 或 --export-animation 一起使用</translation>
    </message>
    <message>
        <source>--step goes with --export-frames or --export-animation</source>
        <translation>--step 需与 --export-frames 或 --export-animation 一起使用</translation>
    </message>
    <message>
        <source>--frame-delay goes with --export-animation</source>
        <translation>--frame-delay 需与 --export-animation 一起使用</translation>
    </message>
    <message>
        <source>--from and --to go with --events, --changes, --export-frames or --export-animation</source>
        <translation>--from 和 --to 需与 --events、--changes、--export-frames 或 --export-animation 一起使用</translation>
    </message>
    <message>
        <source>--changes needs --from A and --to B with A before B</source>
        <translation>--changes 需要 --from A 和 --to B，且 A 早于 B</translation>
    </message>
    <message>
        <source>a series takes --from and --to, not --date</source>
        <translation>序列使用 --from 和 --to，而不是 --date</translation>
    </message>
    <message>
        <source>--page and --orientation go with --export OUT.pdf</source>
        <translation>--page 和 --orientation 需与 --export OUT.pdf 一起使用</translation>
    </message>
    <message>
        <source>--size does not apply to a PDF; use --page and --orientation</source>
        <translation>--size 不适用于 PDF；请使用 --page 和 --orientation</translation>
    </message>
    <message>
        <source>--size goes with --export, --export-frames or --export-animation</source>
        <translation>--size 需与 --export、--export-frames 或 --export-animation 一起使用</translation>
    </message>
    <message>
        <source>--select needs an id</source>
        <translation>--select 需要一个 id</translation>
    </message>
    <message>
        <source>--dpi: &quot;%1&quot; is not a number from 24 to 2400</source>
        <translation>--dpi：“%1”不是 24 至 2400 之间的数</translation>
    </message>
    <message>
        <source>--title is empty; use --no-title for none</source>
        <translation>--title 为空；不要标题请用 --no-title</translation>
    </message>
    <message>
        <source>--title: longer than 300 characters</source>
        <translation>--title：超过 300 个字符</translation>
    </message>
    <message>
        <source>--title and --no-title (or --no-decorations) contradict each other</source>
        <translation>--title 与 --no-title（或 --no-decorations）相互矛盾</translation>
    </message>
    <message>
        <source>--step: &quot;%1&quot; is not Nd, Nw, Nm (N from 1 to 999) or events</source>
        <translation>--step：“%1”不是 Nd、Nw、Nm（N 为 1 至 999）或 events</translation>
    </message>
    <message>
        <source>--frame-delay: &quot;%1&quot; is not a whole number of milliseconds from 20 to 60000</source>
        <translation>--frame-delay：“%1”不是 20 至 60000 之间的整数毫秒</translation>
    </message>
    <message>
        <source>--page: &quot;%1&quot; is not one of %2</source>
        <translation>--page：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--orientation: &quot;%1&quot; is not landscape or portrait</source>
        <translation>--orientation：“%1”不是 landscape 或 portrait</translation>
    </message>
    <message>
        <source>--since %1 is after the briefing&apos;s date</source>
        <translation>--since %1 晚于简报日期</translation>
    </message>
    <message>
        <source>--json goes with --status, --events, --sources or --changes</source>
        <translation>--json 需与 --status、--events、--sources 或 --changes 一起使用</translation>
    </message>
    <message>
        <source>--end-field needs --date-field</source>
        <translation>--end-field 需要 --date-field</translation>
    </message>
    <message>
        <source>--dem needs a file</source>
        <translation>--dem 需要一个文件</translation>
    </message>
    <message>
        <source>--dem goes with the window or an export</source>
        <translation>--dem 用于窗口或导出</translation>
    </message>
    <message>
        <source>LAC Viewer: a map of the India–China Line of Actual Control flashpoints in eastern Ladakh, their status over time, events and sources.</source>
        <translation>LAC Viewer：拉达克东部中印实际控制线摩擦点地图，包括各摩擦点随时间变化的状态、事件和来源。</translation>
    </message>
    <message>
        <source>Your own record of events and places (GeoJSON, see docs/data-format.md): the window edits it; exports, --status, --events, --changes and --report show it merged over the bundled record, marked as yours.</source>
        <translation>您自己的事件与地点记录（GeoJSON，见 docs/data-format.md）：可在窗口中编辑；导出、--status、--events、--changes 和 --report 会将其合并到内置记录之上显示，并标明为您的记录。</translation>
    </message>
    <message>
        <source>For FILEs whose dates are written with numbers only, day and month in an order no value tells (03/04/2020): dmy (day first) or mdy (month first).</source>
        <translation>用于日期仅以数字书写、且没有任何值能判断日月顺序的 FILE（03/04/2020）：dmy（日在前）或 mdy（月在前）。</translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation>--record 需要一个文件名</translation>
    </message>
    <message>
        <source>Colour a FILE&apos;s events by one of its fields: its top nine values each in a colour, the rest as Other. FIELD:root groups a CAMEO event code (GDELT&apos;s EventCode) by its root code, FIELD:N by the first N characters; FILE= (a FILE&apos;s name) picks one FILE, else every FILE is coloured. Repeatable.</source>
        <translation>按某一字段为 FILE 的事件着色：出现最多的九个值各用一种颜色，其余归为“其他”。FIELD:root 将 CAMEO 事件代码（GDELT 的 EventCode）按其根代码分组，FIELD:N 按前 N 个字符分组；FILE=（某个 FILE 的名称）只为该 FILE 着色，否则为每个 FILE 着色。可重复。</translation>
    </message>
    <message>
        <source>The map&apos;s style: light (the default for exports) or dark; in the window, its theme for this run (View › Theme keeps one).</source>
        <translation>地图样式：light（导出的默认值）或 dark；在窗口中则为本次运行的主题（“视图 › 主题”所选的主题会被保留）。</translation>
    </message>
    <message>
        <source>Open the window at, or export, a view saved with View › Bookmarks (its extent, date, display window, hidden layers and compared dates).</source>
        <translation>以通过“视图 › 书签”保存的视图打开窗口或进行导出（包括其范围、日期、事件显示时段、隐藏的图层和比较的日期）。</translation>
    </message>
    <message>
        <source>Vector files to add as layers (or to validate), or a PostGIS table of dated events: &quot;PG:service=NAME tables=TABLE&quot; (or host, port, dbname, user; date=COLUMN, notify=CHANNEL, refresh=SECONDS); the password comes from ~/.pgpass.</source>
        <translation>要作为图层添加（或检查）的矢量文件，或一个带日期事件的 PostGIS 表：&quot;PG:service=NAME tables=TABLE&quot;（或 host、port、dbname、user；date=COLUMN、notify=CHANNEL、refresh=SECONDS）；密码取自 ~/.pgpass。</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not light or dark</source>
        <translation>--theme：“%1”不是 light 或 dark</translation>
    </message>
    <message>
        <source>--theme goes with the window, --export (without --compare), --export-frames or --export-animation</source>
        <translation>--theme 用于窗口、--export（不带 --compare）、--export-frames 或 --export-animation</translation>
    </message>
    <message>
        <source>--bookmark needs a name</source>
        <translation>--bookmark 需要一个名称</translation>
    </message>
    <message>
        <source>--bookmark goes with the window or an export</source>
        <translation>--bookmark 用于窗口或导出</translation>
    </message>
    <message>
        <source>--bookmark: %1</source>
        <translation>--bookmark：%1</translation>
    </message>
    <message>
        <source>--bookmark: no bookmark &quot;%1&quot;; none are saved (View › Bookmarks › Add Bookmark…, in %2)</source>
        <translation>--bookmark：没有书签“%1”；%2 中未保存任何书签（视图 › 书签 › 添加书签…）</translation>
    </message>
    <message>
        <source>--bookmark: no bookmark &quot;%1&quot;; saved bookmarks: %2</source>
        <translation>--bookmark：没有书签“%1”；已保存的书签：%2</translation>
    </message>
    <message>
        <source>--bookmark &quot;%1&quot; compares two dates: its figure is light, not --theme dark</source>
        <translation>--bookmark “%1”比较两个日期：比较图只有浅色（light），不能使用 --theme dark</translation>
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
        <translation>比较日期(&amp;C)</translation>
    </message>
    <message>
        <source>Two maps at two dates, and what changed between them</source>
        <translation>两个日期的两张地图，以及两者之间的变化</translation>
    </message>
    <message>
        <source>Compare &amp;Layout</source>
        <translation>比较布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;wipe</source>
        <translation>滑动对比(&amp;W)</translation>
    </message>
    <message>
        <source>Move Date &amp;A</source>
        <translation>移动日期 A(&amp;A)</translation>
    </message>
    <message>
        <source>Move Date &amp;B</source>
        <translation>移动日期 B(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Map at date B</source>
        <translation>日期 B 的地图</translation>
    </message>
    <message>
        <source>Drag to move the divider between date A (left) and date B (right)</source>
        <translation>拖动以移动日期 A（左）与日期 B（右）之间的分隔线</translation>
    </message>
    <message>
        <source>Swipe divider</source>
        <translation>滑动分隔线</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>Eastern Ladakh: what changed from %1 to %2</source>
        <translation>拉达克东部：从 %1 到 %2 的变化</translation>
    </message>
    <message>
        <source>%1. Two maps of the India-China Line of Actual Control in eastern Ladakh, as of %2 (left) and as of %3 (right), centre %4, %5 m (Lambert conformal conic, %6), %7 m per pixel, with what changed between them and the sources. %8</source>
        <translation>%1。拉达克东部中印实际控制线的两张地图，分别截至 %2（左）和 %3（右），中心 %4，%5 米（兰勃特等角圆锥投影，%6），每像素 %7 米，附两者之间的变化及来源。%8</translation>
    </message>
    <message>
        <source>a comparison needs two dates</source>
        <translation>比较需要两个日期</translation>
    </message>
    <message>
        <source>date A %1 is not before date B %2</source>
        <translation>日期 A %1 不早于日期 B %2</translation>
    </message>
    <message>
        <source>no record is loaded</source>
        <translation>未加载记录</translation>
    </message>
    <message>
        <source>a comparison is one PNG, SVG or PDF, not a GIF</source>
        <translation>比较只能是一个 PNG、SVG 或 PDF，不能是 GIF</translation>
    </message>
    <message>
        <source>%1: the %2 could not be made</source>
        <translation>%1：无法生成 %2</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>a name from ~/.pg_service.conf</source>
        <translation>~/.pg_service.conf 中的名称</translation>
    </message>
    <message>
        <source>db.example.org, or a socket directory</source>
        <translation>db.example.org，或套接字目录</translation>
    </message>
    <message>
        <source>events, or schema.events</source>
        <translation>events，或 schema.events</translation>
    </message>
    <message>
        <source>the first date or timestamp column</source>
        <translation>第一个 date 或 timestamp 列</translation>
    </message>
    <message>
        <source>a LISTEN channel (optional)</source>
        <translation>LISTEN 通道（可选）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>表或视图</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>日期列</translation>
    </message>
    <message>
        <source>Notify channel</source>
        <translation>通知（NOTIFY）通道</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>LAC Viewer asks for no password and stores none: libpq reads it from ~/.pgpass (or the file PGPASSFILE names), and a service from ~/.pg_service.conf. Only this database is contacted.</source>
        <translation>LAC Viewer 不会询问密码，也不保存密码：libpq 从 ~/.pgpass（或 PGPASSFILE 指定的文件）读取密码，从 ~/.pg_service.conf 读取服务。只会连接这一个数据库。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>DatabaseLayerController</name>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已中断</translation>
    </message>
    <message>
        <source>%1: connection lost (%2); retrying in %3 s</source>
        <translation>%1：连接中断（%2）；%3 秒后重试</translation>
    </message>
</context>
<context>
    <name>DatabaseLayers</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database layer was not added; what was loaded stays.</source>
        <translation>未添加数据库图层；已加载的内容保持不变。</translation>
    </message>
</context>
<context>
    <name>DatabaseQuery</name>
    <message>
        <source>the table has no geometry column (PostGIS geometry)</source>
        <translation>该表没有几何列（PostGIS geometry）</translation>
    </message>
    <message>
        <source>no geometry column %1</source>
        <translation>没有几何列 %1</translation>
    </message>
    <message>
        <source>the table has no date or timestamp column</source>
        <translation>该表没有 date 或 timestamp 列</translation>
    </message>
    <message>
        <source>no date or timestamp column %1 (columns: %2)</source>
        <translation>没有 date 或 timestamp 列 %1（列：%2）</translation>
    </message>
</context>
<context>
    <name>DateFieldDetection</name>
    <message>
        <source>several date fields (%1); choose one</source>
        <translation>有多个日期字段（%1）；请选择一个</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>复制坐标</translation>
    </message>
    <message>
        <source>Click a flashpoint, place, line or event on the map, or search with Ctrl+F, to read what it is, where, what happened there and who says so.</source>
        <translation>点击地图上的摩擦点、地点、线条或事件，或按 Ctrl+F 搜索，查看它是什么、在哪里、发生了什么以及消息来源。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Reading its attributes from the file…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;正在从文件读取其属性…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>所选项的详情</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>%1 [your record]</source>
        <translation>%1 [您的记录]</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1（月）</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>At its own point:</source>
        <translation>位于单独的点：</translation>
    </message>
    <message>
        <source>New Event in Your Record</source>
        <translation>在您的记录中新建事件</translation>
    </message>
    <message>
        <source>Edit Event of Your Record</source>
        <translation>编辑您的记录中的事件</translation>
    </message>
    <message>
        <source>Short title, e.g. Patrolling resumes at Demchok</source>
        <translation>简短标题，例如：Demchok 恢复巡逻</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>在这一天</translation>
    </message>
    <message>
        <source>In this month</source>
        <translation>在这个月</translation>
    </message>
    <message>
        <source>Over these days</source>
        <translation>在这几天期间</translation>
    </message>
    <message>
        <source>On an unknown day between</source>
        <translation>在以下日期之间的某一天（具体日期不明）</translation>
    </message>
    <message>
        <source>At the flashpoints ticked</source>
        <translation>在勾选的摩擦点</translation>
    </message>
    <message>
        <source>Along the whole front</source>
        <translation>沿整条战线</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地点</translation>
    </message>
    <message>
        <source>(no status change)</source>
        <translation>（状态无变化）</translation>
    </message>
    <message>
        <source>(none: at its first flashpoint)</source>
        <translation>（无：位于其第一个摩擦点）</translation>
    </message>
    <message>
        <source>%1 (your record)</source>
        <translation>%1（您的记录）</translation>
    </message>
    <message>
        <source>What happened, neutrally and in your own words; where the two governments&apos; accounts differ, say whose is whose.</source>
        <translation>发生了什么，请以中立的措辞、用您自己的话描述；两国政府说法不一致时，注明各说法属于哪一方。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>变为</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Flashpoints:</source>
        <translation>摩擦点(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Sets &amp;status:</source>
        <translation>设定状态(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>请为事件填写标题。</translation>
    </message>
</context>
<context>
    <name>EventLayerLoader</name>
    <message>
        <source>a GDELT event file without its header row: put the header line of GDELT&apos;s codebook before the first event, then open it again</source>
        <translation>缺少表头行的 GDELT 事件文件：请在第一个事件之前加上 GDELT 代码手册中的表头行，然后重新打开</translation>
    </message>
    <message>
        <source>the dates in &quot;%1&quot; are written like &quot;%2&quot;, day and month in an order no value tells: give the order (--date-order dmy for day first, mdy for month first)</source>
        <translation>“%1”中的日期写作“%2”，任何值都无法判断日和月的顺序：请指定顺序（--date-order dmy 表示日在前，mdy 表示月在前）</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot;</source>
        <translation>没有字段“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no date the viewer reads: %2 of the first %3 values are not dates written like 2020-06-15, 15 June 2020, June 15, 2020, 20200615 or 15/06/2020, e.g. &quot;%4&quot;%5</source>
        <translation>“%1”中没有查看器可读取的日期：前 %3 个值中有 %2 个不是按 2020-06-15、15 June 2020、June 15, 2020、20200615 或 15/06/2020 格式书写的日期，例如“%4”%5</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>no feature has both a point and a date in &quot;%1&quot;</source>
        <translation>没有任何要素同时具有点位和“%1”中的日期</translation>
    </message>
    <message>
        <source> (here)</source>
        <translation>（此处）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date stamp</source>
        <translation>日期标注(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>比例尺(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>指北针(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Footer: sources and disclaimer</source>
        <translation>页脚：来源和免责声明(&amp;F)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 图形（矢量）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Text and symbols are drawn for this resolution; a PNG keeps its size in pixels.</source>
        <translation>文字和符号按此分辨率绘制；PNG 保持其像素尺寸。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>D&amp;PI:</source>
        <translation>D&amp;PI：</translation>
    </message>
    <message>
        <source>What the snapshot shows</source>
        <translation>快照显示的内容</translation>
    </message>
    <message>
        <source>The window&apos;s view%1, as of %2.</source>
        <translation>窗口的视图%1，截至 %2。</translation>
    </message>
    <message>
        <source> (centre %1°N %2°E)</source>
        <translation>（中心 北纬 %1° 东经 %2°）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the map to</source>
        <translation>将地图导出到</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Eastern Ladakh</source>
        <translation>拉达克东部</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Exports are light unless you choose the dark map style, whatever the window&apos;s theme.</source>
        <translation>无论窗口使用何种主题，导出都是浅色的，除非您选择深色地图样式。</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>FeatureDetails</name>
    <message>
        <source> — estimate ±%1 km</source>
        <translation> — 估计 ±%1 公里</translation>
    </message>
    <message>
        <source>, date not known</source>
        <translation>，日期不详</translation>
    </message>
    <message>
        <source> &lt;i&gt;— unconfirmed: %1&lt;/i&gt;</source>
        <translation> &lt;i&gt;— 未经证实：%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Event %L1 of %L2 in your layer &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的图层 &lt;b&gt;%3&lt;/b&gt; 中第 %L1 个事件，共 %L2 个&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Date: %1 &lt;i&gt;(field “%2”%3)&lt;/i&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;日期：%1 &lt;i&gt;（字段“%2”%3）&lt;/i&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> 至“%1”</translation>
    </message>
    <message>
        <source> · &lt;i&gt;after the current date&lt;/i&gt;</source>
        <translation> · &lt;i&gt;晚于当前日期&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The row cannot be read again: the file has changed or gone since it was opened. Open it again to see its attributes.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;无法再次读取该行：文件自打开后已更改或已不存在。请重新打开文件以查看其属性。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;From your own file, %1; its content is not checked or sourced by LAC Viewer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;来自您自己的文件，%1；其内容未经 LAC Viewer 核实，也没有来源。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Each side&apos;s account&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;双方各自的说法&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Date: </source>
        <translation>&lt;br&gt;&lt;i&gt;日期：</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Other date given: %1 %2&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;另一说日期：%1 %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other name: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;其他名称：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flashpoint · %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;摩擦点 · %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Marker: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;标记：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The area drawn is %1, not a surveyed boundary.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;所绘区域为%1，并非测绘的边界。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Status on %1: %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 的状态：%2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>after</source>
        <translation>继</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>起因于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Status history&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;状态历史&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <source>after </source>
        <translation>继 </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources for the flashpoint&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;该摩擦点的来源&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This position is an estimate worked out from sourced distances and directions, drawn as a circle of ±%1 km.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;此位置是根据有来源的距离和方向推算的估计值，以 ±%1 公里的圆表示。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;注：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · context (not part of the standoff record)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · 背景信息（不属于对峙记录）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Course:&lt;/b&gt; %1 (within about %2 km)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;走向：&lt;/b&gt;%1（误差约 %2 公里以内）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · drawn by: %2 · geometry: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · 绘制方：%2 · 几何：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;精度：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Valid %1 – %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;有效期 %1 – %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flashpoints: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;摩擦点：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Casualties, India&apos;s side: </source>
        <translation>&lt;br&gt;伤亡，印方：</translation>
    </message>
    <message>
        <source>&lt;br&gt;Casualties, China&apos;s side: </source>
        <translation>&lt;br&gt;伤亡，中方：</translation>
    </message>
    <message>
        <source>&lt;br&gt;Other estimates: </source>
        <translation>&lt;br&gt;其他估计：</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;◯ From your record&lt;/b&gt; (not the bundled record)</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;◯ 来自您的记录&lt;/b&gt;（非内置记录）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since %1, %2 “%3”%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自 %1 起，%2“%3”%4。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FeatureLocator</name>
    <message>
        <source>contains a NUL byte: not a JSON text file</source>
        <translation>含有 NUL 字节：不是 JSON 文本文件</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 deep</source>
        <translation>数组和对象的嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in one object (first at line %2)</source>
        <translation>成员“%1”在同一对象中出现两次（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>文件只包含空白字符</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1: the file changed since it was opened; open it again</source>
        <translation>%1：文件在打开后已更改；请重新打开</translation>
    </message>
    <message>
        <source>%1: cannot be read again</source>
        <translation>%1：无法再次读取</translation>
    </message>
    <message>
        <source>%1: no field &quot;%2&quot;</source>
        <translation>%1：没有字段“%2”</translation>
    </message>
    <message>
        <source>%1: not a local file</source>
        <translation>%1：不是本地文件</translation>
    </message>
</context>
<context>
    <name>FilePreflight</name>
    <message>
        <source>a KML NetworkLink to &quot;%1&quot;: its content would come from the network, which the viewer never reads</source>
        <translation>指向“%1”的 KML NetworkLink：其内容将来自网络，而查看器从不读取网络</translation>
    </message>
    <message>
        <source>declares an XML entity: entity declarations are refused (they can fetch external files or expand without bound)</source>
        <translation>声明了 XML 实体：实体声明被拒绝（它们可能获取外部文件或无限展开）</translation>
    </message>
    <message>
        <source>a link to &quot;%1&quot;: the viewer never follows links to the network</source>
        <translation>指向“%1”的链接：查看器从不跟随指向网络的链接</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>refused: the viewer never reads from the network or GDAL virtual file systems</source>
        <translation>已拒绝：查看器从不读取网络或 GDAL 虚拟文件系统</translation>
    </message>
    <message>
        <source>refused: a GDAL connection string (a database or web service); the viewer reads local files only</source>
        <translation>已拒绝：GDAL 连接字符串（数据库或 Web 服务）；查看器只读取本地文件</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>是循环的符号链接</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>无法读取（权限不足）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>是一个目录，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); refused</source>
        <translation>不是普通文件（管道、套接字或设备）；已拒绝</translation>
    </message>
    <message>
        <source>is not a regular file; refused</source>
        <translation>不是普通文件；已拒绝</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is %1, over the %2 limit (set LACVIEWER_MAX_FILE_MB to raise it)</source>
        <translation>大小为 %1，超过 %2 的上限（设置 LACVIEWER_MAX_FILE_MB 可提高上限）</translation>
    </message>
    <message>
        <source>refused: the path reaches a GDAL virtual file system</source>
        <translation>已拒绝：该路径指向 GDAL 虚拟文件系统</translation>
    </message>
    <message>
        <source>could not be read completely: %1</source>
        <translation>无法完整读取：%1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>not GeoJSON: no &quot;type&quot; member</source>
        <translation>不是 GeoJSON：没有 &quot;type&quot; 成员</translation>
    </message>
    <message>
        <source>refused: the &quot;crs&quot; member links to &quot;%1&quot;; the viewer never reads from the network</source>
        <translation>已拒绝：&quot;crs&quot; 成员链接到“%1”；查看器从不读取网络</translation>
    </message>
    <message>
        <source>the &quot;crs&quot; member names &quot;%1&quot;, a coordinate system GDAL does not know</source>
        <translation>&quot;crs&quot; 成员指定了“%1”，这是 GDAL 不认识的坐标系</translation>
    </message>
    <message>
        <source>the feature %1</source>
        <translation>该要素%1</translation>
    </message>
    <message>
        <source>a text value is %1, over the %2 limit for one value (set LACVIEWER_MAX_TEXT_MB to raise it)</source>
        <translation>某个文本值大小为 %1，超过单个值 %2 的上限（设置 LACVIEWER_MAX_TEXT_MB 可提高上限）</translation>
    </message>
    <message>
        <source>cannot be read: no memory for a copy of it</source>
        <translation>无法读取：内存不足，无法复制</translation>
    </message>
    <message>
        <source>%1 inside it unpacks to more than %2 (set LACVIEWER_MAX_FILE_MB to raise it)</source>
        <translation>其中的 %1 解压后超过 %2（设置 LACVIEWER_MAX_FILE_MB 可提高上限）</translation>
    </message>
    <message>
        <source>%1 inside it cannot be unpacked</source>
        <translation>其中的 %1 无法解压</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>Vector data (%1);;All files (*)</source>
        <translation>矢量数据 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FrontPhaseInfo</name>
    <message>
        <source>No front-wide phase reported</source>
        <translation>未报告全线阶段</translation>
    </message>
    <message>
        <source>Front-wide: disengagement talks under way</source>
        <translation>全线：脱离接触谈判正在进行</translation>
    </message>
    <message>
        <source>Front-wide: de-escalation pending (troop pullback not yet agreed)</source>
        <translation>全线：降级待定（撤军尚未达成一致）</translation>
    </message>
</context>
<context>
    <name>GdalEventReader</name>
    <message>
        <source>contains no layer</source>
        <translation>不包含任何图层</translation>
    </message>
    <message>
        <source>no feature has both a point and a date in &quot;%1&quot;</source>
        <translation>没有任何要素同时具有点位和“%1”中的日期</translation>
    </message>
    <message>
        <source>its coordinate system cannot be converted to WGS84</source>
        <translation>其坐标系无法转换为 WGS84</translation>
    </message>
</context>
<context>
    <name>GdalOpen</name>
    <message>
        <source>not a vector format the viewer can read</source>
        <translation>不是查看器可读取的矢量格式</translation>
    </message>
    <message>
        <source>GDAL cannot read it: %1</source>
        <translation>GDAL 无法读取：%1</translation>
    </message>
</context>
<context>
    <name>GdalSandbox</name>
    <message>
        <source>refused a network request to &quot;%1&quot;: the viewer never reads from the network</source>
        <translation>已拒绝对“%1”的网络请求：查看器从不读取网络</translation>
    </message>
</context>
<context>
    <name>GeoJsonPointHandler</name>
    <message>
        <source>more than %1 features (set LACVIEWER_MAX_FEATURES to raise it)</source>
        <translation>要素超过 %1 个（设置 LACVIEWER_MAX_FEATURES 可提高上限）</translation>
    </message>
</context>
<context>
    <name>GeoJsonPointReader</name>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>invalid JSON: a broken byte-order mark</source>
        <translation>无效的 JSON：字节顺序标记（BOM）损坏</translation>
    </message>
    <message>
        <source>invalid JSON: text is not valid UTF-8</source>
        <translation>无效的 JSON：文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>invalid JSON: text after the end of the GeoJSON</source>
        <translation>无效的 JSON：GeoJSON 结束后仍有文本</translation>
    </message>
    <message>
        <source>(nested too deep to show)</source>
        <translation>（嵌套过深，无法显示）</translation>
    </message>
</context>
<context>
    <name>Geodesic</name>
    <message>
        <source>Measured along the WGS84 ellipsoid (geodesics), %1 points%2</source>
        <translation>沿 WGS84 椭球面测量（测地线），%1 个点%2</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>，闭合</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4 m), bearing %5°</source>
        <translation>%1 → %2：%3（%4 米），方位角 %5°</translation>
    </message>
    <message>
        <source>Total: %1 (%2 m)</source>
        <translation>总计：%1（%2 米）</translation>
    </message>
    <message>
        <source>Area: %1 km²</source>
        <translation>面积：%1 平方公里</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>: is a directory</source>
        <translation>：是一个目录</translation>
    </message>
    <message>
        <source>: exists; add --force to replace it</source>
        <translation>：已存在；加 --force 以替换</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 beside %3, %4x%5 px at %6 dpi%7)</source>
        <translation>已写入 %1（%2 与 %3 并排，%4x%5 像素，%6 dpi%7）</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3 px at %4 dpi, as of %5)</source>
        <translation>已写入 %1（%2x%3 像素，%4 dpi，截至 %5）</translation>
    </message>
    <message>
        <source>--from %1 and --to %2 do not make a range (the events run from %3 to %4)</source>
        <translation>--from %1 和 --to %2 不构成一个范围（事件从 %3 到 %4）</translation>
    </message>
    <message>
        <source>no frame dates from %1 to %2</source>
        <translation>%1 至 %2 没有帧日期</translation>
    </message>
    <message>
        <source>%1 frames from %2 to %3, more than %4; narrow --from/--to or take a longer --step</source>
        <translation>%2 至 %3 共 %1 帧，超过 %4；请缩小 --from/--to 或加大 --step</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 to %4, step %5, %6 ms each)</source>
        <translation>已写入 %1（%2 帧，%3 至 %4，步长 %5，每帧 %6 毫秒）</translation>
    </message>
    <message>
        <source>: cannot create the directory</source>
        <translation>：无法创建目录</translation>
    </message>
    <message>
        <source>Wrote %1 frames to %2 (%3 to %4, step %5)</source>
        <translation>已写入 %1 帧到 %2（%3 至 %4，步长 %5）</translation>
    </message>
    <message>
        <source>: cannot write the PDF</source>
        <translation>：无法写入 PDF</translation>
    </message>
    <message>
        <source>Wrote %1 (briefing as of %2, %3 pages)</source>
        <translation>已写入 %1（截至 %2 的简报，%3 页）</translation>
    </message>
</context>
<context>
    <name>IsoDate</name>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month %2</source>
        <translation>“%1”中没有第 %2 个月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>“%1”不是日历上存在的日期</translation>
    </message>
</context>
<context>
    <name>LayerCache</name>
    <message>
        <source>contains no layer</source>
        <translation>不包含任何图层</translation>
    </message>
    <message>
        <source>GDAL cannot convert it: %1</source>
        <translation>GDAL 无法转换：%1</translation>
    </message>
    <message>
        <source>cannot write the cached copy %1</source>
        <translation>无法写入缓存副本 %1</translation>
    </message>
</context>
<context>
    <name>LayerLimits</name>
    <message>
        <source>has %1 features, over the limit of %2 (set %3 to raise it)</source>
        <translation>有 %1 个要素，超过 %2 的上限（设置 %3 可提高上限）</translation>
    </message>
    <message>
        <source>has %1 vertices, over the limit of %2 (set %3 to raise it)</source>
        <translation>有 %1 个顶点，超过 %2 的上限（设置 %3 可提高上限）</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>LayerLoadController</name>
    <message>
        <source>The record: %L1 events at %L2 flashpoints, checked to %3</source>
        <translation>记录：%L2 个摩擦点的 %L1 个事件，核对至 %3</translation>
    </message>
    <message>
        <source>Terrain from %1</source>
        <translation>地形来自 %1</translation>
    </message>
    <message>
        <source>Added layer %1</source>
        <translation>已添加图层 %1</translation>
    </message>
    <message>
        <source>: %L1 events</source>
        <translation>：%L1 个事件</translation>
    </message>
    <message>
        <source> (%L1 rows without a point or a date skipped)</source>
        <translation>（跳过 %L1 行没有点位或日期的记录）</translation>
    </message>
    <message>
        <source>; not coloured: no field &quot;%1&quot; (its fields: %2)</source>
        <translation>；未着色：没有字段“%1”（其字段：%2）</translation>
    </message>
    <message>
        <source>; not coloured: only event layers are coloured by a field</source>
        <translation>；未着色：只有事件图层才能按字段着色</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1：没有这个目录</translation>
    </message>
    <message>
        <source>%1: refused: the viewer reads local files only</source>
        <translation>%1：已拒绝：查看器只读取本地文件</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：没有这个文件</translation>
    </message>
    <message>
        <source>not enough memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1：无法读取</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Buffer zones</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>主张线</translation>
    </message>
    <message>
        <source>China&apos;s perceived LAC</source>
        <translation>中方认知的实际控制线</translation>
    </message>
    <message>
        <source>India&apos;s perceived LAC</source>
        <translation>印方认知的实际控制线</translation>
    </message>
    <message>
        <source>Roads and towns</source>
        <translation>道路和城镇</translation>
    </message>
    <message>
        <source>Terrain (File › Open Terrain…)</source>
        <translation>地形（文件 › 打开地形…）</translation>
    </message>
    <message>
        <source>Basemap (countries, lakes, rivers, de facto boundaries)</source>
        <translation>底图（国家、湖泊、河流、事实边界）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Your layers (File › Open Layer…)</source>
        <translation>您的图层（文件 › 打开图层…）</translation>
    </message>
    <message>
        <source> — %L1 events, by %2</source>
        <translation> — %L1 个事件，按 %2</translation>
    </message>
    <message>
        <source> — %L1 features</source>
        <translation> — %L1 个要素</translation>
    </message>
    <message>
        <source>The bundled layers keep their order: each side&apos;s LAC is drawn above the claims and buffer zones</source>
        <translation>随附图层的顺序固定：双方的实际控制线绘制在主张线和缓冲区之上</translation>
    </message>
    <message>
        <source>Draw the layer above the next one</source>
        <translation>将图层绘制在下一个图层之上</translation>
    </message>
    <message>
        <source>Draw the layer below the previous one</source>
        <translation>将图层绘制在上一个图层之下</translation>
    </message>
    <message>
        <source>Colour the selected layer&apos;s events by one of its fields</source>
        <translation>按所选图层的某一字段为其事件着色</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>Bundled layers</source>
        <translation>随附图层</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>您的图层</translation>
    </message>
    <message>
        <source>One colour</source>
        <translation>单一颜色</translation>
    </message>
    <message>
        <source>%1 — CAMEO root code</source>
        <translation>%1 — CAMEO 根代码</translation>
    </message>
    <message>
        <source> — connection lost, retrying (%1)</source>
        <translation> — 连接中断，正在重试（%1）</translation>
    </message>
    <message>
        <source> — connecting…</source>
        <translation> — 正在连接…</translation>
    </message>
    <message>
        <source> — %L1 in view, by %2, refreshed %3</source>
        <translation> — 视图内 %L1 个事件，按 %2，于 %3 刷新</translation>
    </message>
    <message>
        <source>; coloured by %1</source>
        <translation>；按 %1 着色</translation>
    </message>
    <message>
        <source>%1 — 1 event</source>
        <translation>%1 — 1 个事件</translation>
    </message>
    <message>
        <source>%1 — %L2 events</source>
        <translation>%1 — %L2 个事件</translation>
    </message>
    <message>
        <source>Categories could not be read: %1</source>
        <translation>无法读取类别：%1</translation>
    </message>
    <message>
        <source>Reading categories…</source>
        <translation>正在读取类别…</translation>
    </message>
    <message>
        <source>Colour By</source>
        <translation>着色依据</translation>
    </message>
</context>
<context>
    <name>LayerReader</name>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>is a %1 file, a format the viewer does not open</source>
        <translation>是 %1 文件，查看器不打开这种格式</translation>
    </message>
    <message>
        <source>contains no layer</source>
        <translation>不包含任何图层</translation>
    </message>
    <message>
        <source>has %1 layers, over the limit of 1000</source>
        <translation>有 %1 个图层，超过 1000 的上限</translation>
    </message>
    <message>
        <source>has %1 attribute columns, over the limit of 10000</source>
        <translation>有 %1 个属性列，超过 10000 的上限</translation>
    </message>
    <message>
        <source>its coordinate system cannot be converted to WGS84: %1</source>
        <translation>其坐标系无法转换为 WGS84：%1</translation>
    </message>
    <message>
        <source>feature %1: &quot;%2&quot; is %3 of text, over the %4 limit for one value (set LACVIEWER_MAX_TEXT_MB to raise it)</source>
        <translation>要素 %1：“%2”的文本为 %3，超过单个值 %4 的上限（设置 LACVIEWER_MAX_TEXT_MB 可提高上限）</translation>
    </message>
    <message>
        <source>unknown geometry type &quot;%1&quot;</source>
        <translation>未知的几何类型“%1”</translation>
    </message>
    <message>
        <source>feature %1 %2</source>
        <translation>要素 %1%2</translation>
    </message>
    <message>
        <source>geometry cannot be converted to WGS84</source>
        <translation>几何无法转换为 WGS84</translation>
    </message>
    <message>
        <source>geometry %1</source>
        <translation>几何%1</translation>
    </message>
    <message>
        <source>coordinate (%1, %2) is not a longitude/latitude in range</source>
        <translation>坐标 (%1, %2) 不是有效范围内的经度/纬度</translation>
    </message>
    <message>
        <source>geometry cannot be projected</source>
        <translation>几何无法投影</translation>
    </message>
    <message>
        <source>GDAL read %1 features but the file has %2</source>
        <translation>GDAL 读取了 %1 个要素，但文件中有 %2 个</translation>
    </message>
</context>
<context>
    <name>LoadFeedback</name>
    <message>
        <source>Cancelled loading %1</source>
        <translation>已取消加载 %1</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>正在加载记录…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening terrain</source>
        <translation>正在打开地形</translation>
    </message>
    <message>
        <source>Opening layer</source>
        <translation>正在打开图层</translation>
    </message>
    <message>
        <source>Cannot open layer</source>
        <translation>无法打开图层</translation>
    </message>
    <message>
        <source>The layer was not added; what was loaded stays.</source>
        <translation>图层未添加；已加载的内容保持不变。</translation>
    </message>
    <message>
        <source>Open Terrain</source>
        <translation>打开地形</translation>
    </message>
    <message>
        <source>The terrain was not added; the map stays as it was.</source>
        <translation>地形未添加；地图保持原样。</translation>
    </message>
    <message>
        <source>LAC Viewer</source>
        <translation>LAC Viewer</translation>
    </message>
    <message>
        <source>The bundled data in %1 could not be loaded.</source>
        <translation>无法加载 %1 中随附的数据。</translation>
    </message>
    <message>
        <source>Choose the date field</source>
        <translation>选择日期字段</translation>
    </message>
    <message>
        <source>%1 has several date fields. Which one dates its events?
(&quot;start|end&quot; uses a start and an end date.)</source>
        <translation>%1 有多个日期字段。哪一个是其事件的日期？
（“start|end”表示使用开始日期和结束日期。）</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>日在前还是月在前？</translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; of %2 are written with numbers only, and none of them tells whether the day or the month comes first (03/04/2020 is 3 April or 4 March).</source>
        <translation>%2 中“%1”的日期仅以数字书写，且没有一个能说明日在前还是月在前（03/04/2020 是 4 月 3 日还是 3 月 4 日）。</translation>
    </message>
    <message>
        <source>Which order does this file use? The choice is remembered for it.</source>
        <translation>此文件使用哪种顺序？您的选择将为此文件记住。</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>日在前（03/04 = 4 月 3 日）</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>月在前（03/04 = 3 月 4 日）</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>已略去的行</translation>
    </message>
    <message>
        <source>%1 was added, but some of its rows could not be read and are not on the map.</source>
        <translation>已添加 %1，但其中部分行无法读取，未显示在地图上。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LAC Viewer — eastern Ladakh</source>
        <translation>LAC Viewer — 拉达克东部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Layer…</source>
        <translation>打开图层(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a vector layer</source>
        <translation>打开矢量图层</translation>
    </message>
    <message>
        <source>Open &amp;Terrain…</source>
        <translation>打开地形(&amp;T)…</translation>
    </message>
    <message>
        <source>Open an elevation raster</source>
        <translation>打开高程栅格</translation>
    </message>
    <message>
        <source>Elevation (*.tif *.tiff *.hgt *.vrt *.dem *.asc *.img);;All files (*)</source>
        <translation>高程 (*.tif *.tiff *.hgt *.vrt *.dem *.asc *.img);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>导出简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;Comparison…</source>
        <translation>导出比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Both dates&apos; maps, what changed between them and the sources, as one figure</source>
        <translation>两个日期的地图、两者之间的变化及来源，合成一张图</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>复制地图(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LAC Viewer</source>
        <translation>关于 LAC Viewer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n layer(s) whose file is gone: %1</source>
        <translation>
            <numerusform>已跳过 %n 个文件已不存在的图层：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>
(+%n more here: click to choose)</source>
        <translation>
            <numerusform>
（此处还有 %n 个：点击选择）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the legend (View › Legend)</source>
        <translation>显示图例（视图 › 图例）</translation>
    </message>
    <message>
        <source>Fold the legend away (View › Legend)</source>
        <translation>收起图例（视图 › 图例）</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Eastern Ladakh as of %1.</source>
        <translation>拉达克东部，截至 %1。</translation>
    </message>
    <message>
        <source>Selected: %1, %2.</source>
        <translation>已选择：%1，%2。</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>已选择：%1。</translation>
    </message>
    <message>
        <source>Arrow keys (Ctrl+Left/Right) pan, + and - zoom, Tab selects the next flashpoint, Ctrl+Tab leaves the map.</source>
        <translation>方向键（Ctrl+Left/Right）平移地图，+ 和 - 缩放，Tab 选择下一个摩擦点，Ctrl+Tab 离开地图。</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>The LAC is not jointly delineated; every line shown is approximate and schematic, not an authoritative boundary.</source>
        <translation>实际控制线未经双方共同划定；图中所有线条均为近似示意，并非权威边界。</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain; de facto boundaries), GSHHG/WDBII lakes and rivers (LGPL). Flashpoints, lines and events: LAC Viewer data, each from cited public sources (news reports, official statements, Wikipedia).</source>
        <translation>底图：Natural Earth（公有领域；事实边界），GSHHG/WDBII 湖泊和河流（LGPL）。摩擦点、线条和事件：LAC Viewer 数据，均来自已引用的公开来源（新闻报道、官方声明、维基百科）。</translation>
    </message>
    <message>
        <source> Record checked to %1.</source>
        <translation>记录核对至 %1。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source> Ringed events and places are from the user&apos;s own record, not LAC Viewer data.</source>
        <translation>圈出的事件和地点来自用户自己的记录，不属于 LAC Viewer 数据。</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <source>Eastern Ladakh, as of %1</source>
        <translation>拉达克东部，截至 %1</translation>
    </message>
    <message>
        <source>Eastern Ladakh</source>
        <translation>拉达克东部</translation>
    </message>
    <message>
        <source>%1. Map of the India-China Line of Actual Control in eastern Ladakh%2; centre %3, %4 m (Lambert conformal conic, %5), %6 m per pixel. %7</source>
        <translation>%1。拉达克东部中印实际控制线地图%2；中心 %3，%4 米（兰勃特等角圆锥投影，%5），每像素 %6 米。%7</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation>，截至 %1</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;Details as of %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1&quot;&gt;截至 %2 的详情（%3）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: the %2 could not be made</source>
        <translation>%1：无法生成 %2</translation>
    </message>
    <message>
        <source>%1: the GIF could not be made</source>
        <translation>%1：无法生成 GIF</translation>
    </message>
</context>
<context>
    <name>MapHitTester</name>
    <message>
        <source> (flashpoint)</source>
        <translation>（摩擦点）</translation>
    </message>
    <message>
        <source> (flashpoint area)</source>
        <translation>（摩擦点区域）</translation>
    </message>
    <message>
        <source>%1 (road)</source>
        <translation>%1（道路）</translation>
    </message>
    <message>
        <source>%1 — flashpoint
%2</source>
        <translation>%1 — 摩擦点
%2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation>，自 %1 起</translation>
    </message>
    <message>
        <source>
position estimated, ±%1 km</source>
        <translation>
位置为估计值，±%1 公里</translation>
    </message>
    <message>
        <source>%1 — %2 (context)</source>
        <translation>%1 — %2（背景信息）</translation>
    </message>
    <message>
        <source>%1 — %2 (your layer)
%3</source>
        <translation>%1 — %2（您的图层）
%3</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Your layers (not checked by LAC Viewer)</source>
        <translation>您的图层（未经 LAC Viewer 核实）</translation>
    </message>
    <message>
        <source>%1: %L2 event shown</source>
        <translation>%1：显示 %L2 个事件</translation>
    </message>
    <message>
        <source>%1: %L2 events shown</source>
        <translation>%1：显示 %L2 个事件</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Flashpoint status</source>
        <translation>摩擦点状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>线条</translation>
    </message>
    <message>
        <source>Your record (ringed)</source>
        <translation>您的记录（带圆圈）</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>，按 %1</translation>
    </message>
</context>
<context>
    <name>MapReadout</name>
    <message>
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <source>%1°%2  %3°%4</source>
        <translation>%1°%2  %3°%4</translation>
    </message>
    <message>
        <source>  %L1 m</source>
        <translation>  %L1 米</translation>
    </message>
</context>
<context>
    <name>MapSettings</name>
    <message>
        <source>Eastern Ladakh, as of {date}</source>
        <translation>拉达克东部，截至 {date}</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Disengagement</source>
        <translation>脱离接触</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Patrol resumed</source>
        <translation>恢复巡逻</translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation>对峙</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>会谈</translation>
    </message>
    <message>
        <source>India–China de facto line (Natural Earth; approximate, not agreed)</source>
        <translation>中印事实边界线（Natural Earth；近似，未经商定）</translation>
    </message>
    <message>
        <source>Other de facto boundary (Natural Earth)</source>
        <translation>其他事实边界（Natural Earth）</translation>
    </message>
    <message>
        <source>LAC as India perceives it (schematic)</source>
        <translation>印方认知的实际控制线（示意）</translation>
    </message>
    <message>
        <source>LAC as China perceives it (schematic)</source>
        <translation>中方认知的实际控制线（示意）</translation>
    </message>
    <message>
        <source>India&apos;s claim line (schematic)</source>
        <translation>印方主张线（示意）</translation>
    </message>
    <message>
        <source>China&apos;s claim line (schematic)</source>
        <translation>中方主张线（示意）</translation>
    </message>
    <message>
        <source>Buffer zone (no patrols; approximate)</source>
        <translation>缓冲区（不巡逻；近似）</translation>
    </message>
    <message>
        <source>Road (context; schematic course)</source>
        <translation>道路（背景信息；走向示意）</translation>
    </message>
    <message>
        <source>Limit of patrolling (schematic)</source>
        <translation>巡逻界限（示意）</translation>
    </message>
</context>
<context>
    <name>OgrConvert</name>
    <message>
        <source>nests geometry collections more than 32 deep</source>
        <translation>嵌套的几何集合超过 32 层</translation>
    </message>
    <message>
        <source>has a curve that cannot be approximated</source>
        <translation>含有无法近似的曲线</translation>
    </message>
    <message>
        <source>mixes geometry types in one feature</source>
        <translation>在一个要素中混用多种几何类型</translation>
    </message>
    <message>
        <source>has an unsupported geometry type %1</source>
        <translation>含有不支持的几何类型 %1</translation>
    </message>
</context>
<context>
    <name>OwnRecord</name>
    <message>
        <source>cannot read your record: %1</source>
        <translation>无法读取您的记录：%1</translation>
    </message>
    <message>
        <source>cannot check your record: no temporary file</source>
        <translation>无法检查您的记录：无法创建临时文件</translation>
    </message>
</context>
<context>
    <name>OwnRecordController</name>
    <message>
        <source>Your Record Changed on Disk</source>
        <translation>您的记录在磁盘上已被更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program since LAC Viewer read it.

Keep yours: your version is saved, the other one is kept beside it.
Take theirs: the file&apos;s version is shown, yours is kept beside it.</source>
        <translation>自 LAC Viewer 读取 %1 以来，它已被另一个程序更改。

保留您的版本：保存您的版本，另一版本保存在其旁边。
采用对方的版本：显示文件中的版本，您的版本保存在其旁边。</translation>
    </message>
    <message>
        <source>Keep &amp;Yours</source>
        <translation>保留您的版本(&amp;Y)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用对方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Saved your record: %1</source>
        <translation>已保存您的记录：%1</translation>
    </message>
    <message>
        <source>Your record is not saved: %1</source>
        <translation>您的记录未保存：%1</translation>
    </message>
    <message>
        <source>Your Record Is Not Saved</source>
        <translation>您的记录未保存</translation>
    </message>
    <message>
        <source>%1

Your change is kept in the window. The file on disk is as it was; the next change (or Undo) tries to save again.</source>
        <translation>%1

您的更改保留在窗口中。磁盘上的文件保持原样；下一次更改（或撤销）时将再次尝试保存。</translation>
    </message>
    <message>
        <source>The other version of your record is kept as %1</source>
        <translation>您的记录的另一版本已保存为 %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Read it again?</source>
        <translation>%1 已被另一个程序更改。要重新读取吗？</translation>
    </message>
    <message>
        <source>Your record could not be read again: %1</source>
        <translation>无法重新读取您的记录：%1</translation>
    </message>
    <message>
        <source>Open &amp;Record…</source>
        <translation>打开记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Open or start a record of your own</source>
        <translation>打开或新建您自己的记录</translation>
    </message>
    <message>
        <source>Your record (*.geojson *.json);;All files (*)</source>
        <translation>您的记录 (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Event…</source>
        <translation>新建事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a dated, sourced event to your own record</source>
        <translation>向您自己的记录添加一个注明日期和来源的事件</translation>
    </message>
    <message>
        <source>New &amp;Place…</source>
        <translation>新建地点(&amp;P)…</translation>
    </message>
    <message>
        <source>Ed&amp;it Selected…</source>
        <translation>编辑所选项(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>删除所选项(&amp;D)</translation>
    </message>
    <message>
        <source>Your record: %L1 events and %L2 places from %3</source>
        <translation>您的记录：来自 %3 的 %L1 个事件和 %L2 个地点</translation>
    </message>
    <message>
        <source>Your record could not be opened: %1</source>
        <translation>无法打开您的记录：%1</translation>
    </message>
    <message>
        <source>Your Record Could Not Be Opened</source>
        <translation>无法打开您的记录</translation>
    </message>
    <message>
        <source>%1 is left as it is; the window shows the bundled record.

%2</source>
        <translation>%1 保持原样；窗口显示内置记录。

%2</translation>
    </message>
    <message>
        <source>No record of yours is open: File › Open Record… opens or starts one</source>
        <translation>未打开您的记录：“文件 › 打开记录…”可打开或新建记录</translation>
    </message>
    <message>
        <source>Select an event or place of your record to edit it (the bundled record is read-only)</source>
        <translation>请选择您的记录中的事件或地点进行编辑（内置记录为只读）</translation>
    </message>
    <message>
        <source>Select an event or place of your record to delete it (the bundled record is read-only)</source>
        <translation>请选择您的记录中的事件或地点进行删除（内置记录为只读）</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Deleted from your record (Edit › Undo brings it back)</source>
        <translation>已从您的记录中删除（“编辑 › 撤销”可恢复）</translation>
    </message>
    <message>
        <source>New &amp;Event Here…</source>
        <translation>在此新建事件(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;Place Here…</source>
        <translation>在此新建地点(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>OwnRecordEditor</name>
    <message>
        <source>Add event %1</source>
        <translation>添加事件 %1</translation>
    </message>
    <message>
        <source>there is no event &quot;%1&quot; in your record</source>
        <translation>您的记录中没有事件“%1”</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>编辑事件 %1</translation>
    </message>
    <message>
        <source>Add place %1</source>
        <translation>添加地点 %1</translation>
    </message>
    <message>
        <source>there is no place &quot;%1&quot; in your record</source>
        <translation>您的记录中没有地点“%1”</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>编辑地点 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your record</source>
        <translation>“%1”不在您的记录中</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program; your change is not saved yet</source>
        <translation>%1 已被另一个程序更改；您的更改尚未保存</translation>
    </message>
    <message>
        <source>cannot take the version on disk: %1</source>
        <translation>无法采用磁盘上的版本：%1</translation>
    </message>
</context>
<context>
    <name>OwnRecordFile</name>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>%1: cannot save: cannot create the folder %2</source>
        <translation>%1：无法保存：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: cannot save: cannot read the version to back up: %2</source>
        <translation>%1：无法保存：无法读取要备份的版本：%2</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source> Record checked to %1.</source>
        <translation>记录核对至 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
</context>
<context>
    <name>PgSource</name>
    <message>
        <source>not a database connection string (it starts with PG:)</source>
        <translation>不是数据库连接字符串（它以“PG:”开头）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value (write key=value)</source>
        <translation>“%1”没有值（请写作 key=value）</translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation>%1 的值缺少右引号</translation>
    </message>
    <message>
        <source>LAC Viewer takes no password: put it in ~/.pgpass (or the file PGPASSFILE names), where libpq reads it</source>
        <translation>LAC Viewer 不接受密码：请将其放在 ~/.pgpass（或 PGPASSFILE 指定的文件）中，由 libpq 读取</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>未知的键“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 给出了两次</translation>
    </message>
    <message>
        <source>name the table or view: tables=NAME (or SCHEMA.NAME)</source>
        <translation>请指定表或视图：tables=NAME（或 SCHEMA.NAME）</translation>
    </message>
    <message>
        <source>one table at a time: tables=%1</source>
        <translation>一次只能一个表：tables=%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name (letters, digits and _, optionally SCHEMA.)</source>
        <translation>“%1”不是表名（字母、数字和 _，可带 SCHEMA.）</translation>
    </message>
    <message>
        <source>%1=%2 is not a column or channel name (letters, digits and _)</source>
        <translation>%1=%2 不是列名或频道名（字母、数字和 _）</translation>
    </message>
    <message>
        <source>refresh=%1 is not a number of seconds from 1 to 86400</source>
        <translation>refresh=%1 不是 1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>name the database: service=NAME (from ~/.pg_service.conf) or host, dbname and user</source>
        <translation>请指定数据库：service=NAME（来自 ~/.pg_service.conf）或 host、dbname 和 user</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>An &amp;estimate, within</source>
        <translation>估计位置(&amp;E)，误差在</translation>
    </message>
    <message>
        <source>New Place in Your Record</source>
        <translation>在您的记录中新建地点</translation>
    </message>
    <message>
        <source>Edit Place of Your Record</source>
        <translation>编辑您的记录中的地点</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>What the place is, neutrally, in one to three sentences.</source>
        <translation>用一到三句话中立地说明这是什么地点。</translation>
    </message>
    <message>
        <source>lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Other name:</source>
        <translation>其他名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Flashpoint:</source>
        <translation>摩擦点(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Give the place a name.</source>
        <translation>请为地点填写名称。</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Press OK again to keep it as it is.</source>
        <translation>再次按“确定”以保持原样。</translation>
    </message>
    <message>
        <source>Cite at least one source: the publisher&apos;s own page.</source>
        <translation>请至少引用一个来源：发布者自己的页面。</translation>
    </message>
</context>
<context>
    <name>PropertyReader</name>
    <message>
        <source>too many problems: only the first %1 are listed</source>
        <translation>问题过多：只列出前 %1 个</translation>
    </message>
    <message>
        <source>required property &quot;%1&quot; is %2</source>
        <translation>必需属性“%1”：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>“%1”必须是%2，而不是%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>“%1”不是有限数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of: %3</source>
        <translation>“%1”为“%2”；应为以下之一：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings</source>
        <translation>“%1”只能包含字符串</translation>
    </message>
    <message>
        <source>uncertainty_km must be above 0</source>
        <translation>uncertainty_km 必须大于 0</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must be lowercase letters, digits and hyphens</source>
        <translation>id“%1”只能由小写字母、数字和连字符组成</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”之后缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1”之后的值不应出现。</translation>
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
        <translation>您的事件
/ 月</translation>
    </message>
    <message>
        <source>Your events / month</source>
        <translation>您的事件 / 月</translation>
    </message>
    <message>
        <source>Connected: %1, dated by %2, geometry %3 (SRID %4).</source>
        <translation>已连接：%1，日期列 %2，几何列 %3（SRID %4）。</translation>
    </message>
</context>
<context>
    <name>RenderJob</name>
    <message>
        <source>%1: the %2 could not be made</source>
        <translation>%1：无法生成 %2</translation>
    </message>
</context>
<context>
    <name>RowProblems</name>
    <message>
        <source>the first is here</source>
        <translation>第一处在此</translation>
    </message>
    <message>
        <source>the first is row %1</source>
        <translation>第一处为第 %1 行</translation>
    </message>
    <message>
        <source>1 row has a date in &quot;%1&quot; that is not a day written like %2, e.g. &quot;%3&quot; (%4); left out</source>
        <translation>1 行的“%1”中的日期不是按 %2 格式书写的日期，例如“%3”（%4）；已略去</translation>
    </message>
    <message>
        <source>%1 rows have a date in &quot;%2&quot; that is not a day written like %3, e.g. &quot;%4&quot; (%5); left out</source>
        <translation>%1 行的“%2”中的日期不是按 %3 格式书写的日期，例如“%4”（%5）；已略去</translation>
    </message>
    <message>
        <source>1 row has a position in &quot;%1&quot; that is not a longitude/latitude, e.g. &quot;%2&quot; (%3); left out</source>
        <translation>1 行的“%1”中的位置不是经度/纬度，例如“%2”（%3）；已略去</translation>
    </message>
    <message>
        <source>%1 rows have a position in &quot;%2&quot; that is not a longitude/latitude, e.g. &quot;%3&quot; (%4); left out</source>
        <translation>%1 行的“%2”中的位置不是经度/纬度，例如“%3”（%4）；已略去</translation>
    </message>
</context>
<context>
    <name>RulerTool</name>
    <message>
        <source>&amp;Measure</source>
        <translation>测量(&amp;M)</translation>
    </message>
    <message>
        <source>Click points on the map to measure along the ellipsoid; click the first point again to close a ring; Backspace takes a point back, Escape ends</source>
        <translation>在地图上点击各点，沿椭球面测量；再次点击第一个点以闭合成环；Backspace 撤回一个点，Escape 结束</translation>
    </message>
    <message>
        <source>&amp;Copy Measurement</source>
        <translation>复制测量结果(&amp;C)</translation>
    </message>
    <message>
        <source>Copied the measurement</source>
        <translation>已复制测量结果</translation>
    </message>
    <message>
        <source>C&amp;lear Measurement</source>
        <translation>清除测量(&amp;L)</translation>
    </message>
    <message>
        <source>Measuring: click points on the map</source>
        <translation>测量中：在地图上点击各点</translation>
    </message>
    <message numerus="yes">
        <source>Ruler: %1 over %n leg(s)</source>
        <translation>
            <numerusform>标尺：%1，共 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>, last leg %1 at %2°</source>
        <translation>，最后一段 %1，方位 %2°</translation>
    </message>
    <message>
        <source>, area %1 km²</source>
        <translation>，面积 %1 平方公里</translation>
    </message>
    <message>
        <source>  (Ctrl+Shift+M copies)</source>
        <translation>  （Ctrl+Shift+M 复制）</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>claim %1 is not an object</source>
        <translation>主张 %1 不是对象</translation>
    </message>
    <message>
        <source>claim %1: &quot;side&quot; must be india or china, not &quot;%2&quot;</source>
        <translation>主张 %1：&quot;side&quot; 必须是 india 或 china，而不是“%2”</translation>
    </message>
    <message>
        <source>claim %1 needs &quot;by&quot; (who said it) and &quot;text&quot;</source>
        <translation>主张 %1 需要 &quot;by&quot;（谁说的）和 &quot;text&quot;</translation>
    </message>
    <message>
        <source>claim %1 date: %2</source>
        <translation>主张 %1 的日期：%2</translation>
    </message>
    <message>
        <source>claim %1: its source_url is not one of the event&apos;s sources (&quot;%2&quot;)</source>
        <translation>主张 %1：其 source_url 不在该事件的来源中（“%2”）</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>该要素没有几何</translation>
    </message>
    <message>
        <source>the geometry has the wrong type for this file</source>
        <translation>几何类型不适用于此文件</translation>
    </message>
    <message>
        <source>a polygon ring has fewer than 4 positions</source>
        <translation>某个多边形环的位置少于 4 个</translation>
    </message>
    <message>
        <source>a line has fewer than 2 positions</source>
        <translation>某条线的位置少于 2 个</translation>
    </message>
    <message>
        <source>marker (%1, %2) is out of range</source>
        <translation>标记 (%1, %2) 超出范围</translation>
    </message>
    <message>
        <source>uncertainty cannot be negative</source>
        <translation>不确定度不能为负</translation>
    </message>
    <message>
        <source>valid_to %1 is before valid_from %2</source>
        <translation>valid_to %1 早于 valid_from %2</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; needs &quot;date_end&quot;</source>
        <translation>“%1”需要 &quot;date_end&quot;</translation>
    </message>
    <message>
        <source>date_end %1 is before date %2</source>
        <translation>date_end %1 早于 date %2</translation>
    </message>
    <message>
        <source>alternative date: %1</source>
        <translation>备选日期：%1</translation>
    </message>
    <message>
        <source>alternative date&apos;s source is not an http(s) URL</source>
        <translation>备选日期的来源不是 http(s) URL</translation>
    </message>
    <message>
        <source>scope &quot;flashpoint&quot; needs at least one flashpoint id</source>
        <translation>scope &quot;flashpoint&quot; 至少需要一个摩擦点 id</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; for %2; expected one of: %3</source>
        <translation>%2 的状态“%1”未知；应为以下之一：%3</translation>
    </message>
    <message>
        <source>&quot;status_after&quot; for %1 must be a status other than clash, not &quot;%2&quot;</source>
        <translation>%1 的 &quot;status_after&quot; 必须是 clash 以外的状态，而不是“%2”</translation>
    </message>
    <message>
        <source>&quot;status_after&quot; names %1, which this event does not set to clash</source>
        <translation>&quot;status_after&quot; 指定了 %1，但本事件并未将其设为 clash</translation>
    </message>
    <message>
        <source>unknown front phase &quot;%1&quot;</source>
        <translation>未知的前线阶段“%1”</translation>
    </message>
    <message>
        <source>only a road has a &quot;course&quot;</source>
        <translation>只有道路才有 &quot;course&quot;</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 — flashpoint</source>
        <translation>%1 — 摩擦点</translation>
    </message>
    <message>
        <source>%1 %2 — event</source>
        <translation>%1 %2 — 事件</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search flashpoints, places, events (Ctrl+F)</source>
        <translation>搜索摩擦点、地点、事件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>is %1 bytes, too large for a settings file</source>
        <translation>大小为 %1 字节，作为设置文件过大</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>holds binary data</source>
        <translation>含有二进制数据</translation>
    </message>
    <message>
        <source>is not a valid settings file</source>
        <translation>不是有效的设置文件</translation>
    </message>
    <message>
        <source>The settings file %1 %2; it was kept as %3 and the default settings are used.</source>
        <translation>设置文件 %1 %2；已另存为 %3，现使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file %1 %2 and could not be moved aside; the default settings are used.</source>
        <translation>设置文件 %1 %2，且无法移到一旁；现使用默认设置。</translation>
    </message>
</context>
<context>
    <name>SourceChecker</name>
    <message>
        <source>source %1 is refused by the source policy: %2 is %3; cite the publisher&apos;s own page (%4)</source>
        <translation>来源 %1 被来源政策拒绝：%2 是%3；请引用发布者自己的页面（%4）</translation>
    </message>
    <message>
        <source>warning: source %1 (%2): the source policy does not know the domain %3; add it to %4 with its kind</source>
        <translation>警告：来源 %1（%2）：来源政策不认识域名 %3；请将其连同类别添加到 %4</translation>
    </message>
    <message>
        <source>no primary source: cite a government&apos;s release or the outlet that did the reporting, on its own site</source>
        <translation>没有一手来源：请引用政府发布的声明或进行报道的媒体自己网站上的页面</translation>
    </message>
</context>
<context>
    <name>SourcePolicy</name>
    <message>
        <source>cannot read the source policy: %1</source>
        <translation>无法读取来源政策：%1</translation>
    </message>
    <message>
        <source>the source policy is not a JSON object: %1</source>
        <translation>来源政策不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>every kind needs an &quot;id&quot; and a &quot;label&quot;</source>
        <translation>每个 kind 都需要 &quot;id&quot; 和 &quot;label&quot;</translation>
    </message>
    <message>
        <source>a domain entry has no &quot;domain&quot;</source>
        <translation>某个域名条目没有 &quot;domain&quot;</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; is listed twice</source>
        <translation>域名“%1”列出了两次</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; needs exactly one of &quot;kind&quot; and &quot;refused&quot;</source>
        <translation>域名“%1”必须恰好有 &quot;kind&quot; 和 &quot;refused&quot; 之一</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; has the unknown kind &quot;%2&quot;</source>
        <translation>域名“%1”的 kind“%2”未知</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; is refused as the unknown &quot;%2&quot;</source>
        <translation>域名“%1”以未知的“%2”被拒绝</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot; names no publisher</source>
        <translation>域名“%1”没有指明发布者</translation>
    </message>
    <message>
        <source>the source policy lists no kinds</source>
        <translation>来源政策没有列出任何 kind</translation>
    </message>
    <message>
        <source>no web address</source>
        <translation>没有网址</translation>
    </message>
    <message>
        <source>a bare IP address (%1), which names no publisher</source>
        <translation>裸 IP 地址（%1），未指明发布者</translation>
    </message>
</context>
<context>
    <name>SourceRef</name>
    <message>
        <source>source %1 is not an object</source>
        <translation>来源 %1 不是对象</translation>
    </message>
    <message>
        <source>source %1 has no http(s) URL (&quot;%2&quot;)</source>
        <translation>来源 %1 没有 http(s) URL（“%2”）</translation>
    </message>
    <message>
        <source>source %1 has no publisher</source>
        <translation>来源 %1 没有发布者</translation>
    </message>
    <message>
        <source>source %1 date: %2</source>
        <translation>来源 %1 的日期：%2</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Address (URL)</source>
        <translation>网址（URL）</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The publisher&apos;s own page: the government&apos;s release for a government&apos;s statement, the outlet&apos;s own site for a report, en.wikipedia.org for Wikipedia. Published: YYYY-MM-DD or YYYY-MM, or empty.</source>
        <translation>发布者自己的页面：政府声明请引用该政府的新闻稿，报道请引用该媒体自己的网站，维基百科请引用 en.wikipedia.org。发布日期：YYYY-MM-DD 或 YYYY-MM，或留空。</translation>
    </message>
    <message>
        <source>&amp;Add Source</source>
        <translation>添加来源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Source</source>
        <translation>移除来源(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StatusInfo</name>
    <message>
        <source>No standoff reported</source>
        <translation>未报告对峙</translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation>对峙</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Disengaging</source>
        <translation>正在脱离接触</translation>
    </message>
    <message>
        <source>Disengaged (buffer zone)</source>
        <translation>已脱离接触（缓冲区）</translation>
    </message>
    <message>
        <source>Disengaged (patrolling restored)</source>
        <translation>已脱离接触（恢复巡逻）</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Flashpoint</source>
        <translation>摩擦点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>继：%1</translation>
    </message>
    <message>
        <source> since %1
Set by: %2 (%3)</source>
        <translation> 自 %1 起
起因：%2（%3）</translation>
    </message>
    <message>
        <source> — since %1 (%2)</source>
        <translation> — 自 %1 起（%2）</translation>
    </message>
    <message>
        <source> since %1 (%2)</source>
        <translation> 自 %1 起（%2）</translation>
    </message>
    <message>
        <source>Flashpoint status</source>
        <translation>摩擦点状态</translation>
    </message>
    <message>
        <source>Each flashpoint&apos;s status in words at the current date, since when and the event that set it. Enter frames the flashpoint.</source>
        <translation>当前日期各摩擦点的状态（文字）、自何时起以及设定该状态的事件。按 Enter 将地图框定到该摩擦点。</translation>
    </message>
</context>
<context>
    <name>Terrain</name>
    <message>
        <source>GDAL cannot read it</source>
        <translation>GDAL 无法读取</translation>
    </message>
    <message>
        <source>remote paths are not opened; download the file first</source>
        <translation>不打开远程路径；请先下载文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>not a raster GDAL can read (%1)</source>
        <translation>不是 GDAL 能读取的栅格（%1）</translation>
    </message>
    <message>
        <source>the raster has no bands</source>
        <translation>该栅格没有波段</translation>
    </message>
    <message>
        <source>not an elevation raster: it has colour bands or a palette (an image, not heights); open a DEM such as SRTM .hgt or a GeoTIFF of heights</source>
        <translation>不是高程栅格：它有彩色波段或调色板（是图像，不是高度）；请打开 DEM，例如 SRTM .hgt 或高度的 GeoTIFF</translation>
    </message>
    <message>
        <source>not an elevation raster: complex values</source>
        <translation>不是高程栅格：值为复数</translation>
    </message>
    <message>
        <source>the raster has no georeferencing (no geotransform or no CRS)</source>
        <translation>该栅格没有地理参考（没有地理变换或坐标参考系）</translation>
    </message>
    <message>
        <source>cannot be warped to the map&apos;s projection (%1)</source>
        <translation>无法重投影到地图的投影（%1）</translation>
    </message>
    <message>
        <source>the raster lies outside the map&apos;s region</source>
        <translation>该栅格位于地图区域之外</translation>
    </message>
    <message>
        <source>cannot read the heights (%1)</source>
        <translation>无法读取高度（%1）</translation>
    </message>
    <message>
        <source>not an elevation raster: no heights between -1,000 and 9,000 m</source>
        <translation>不是高程栅格：没有介于 -1,000 与 9,000 米之间的高度</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TimeControls</name>
    <message>
        <source>First event (Home)</source>
        <translation>第一个事件（Home）</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>上一个事件（Left）</translation>
    </message>
    <message>
        <source>The current date: type YYYY-MM-DD and press Enter</source>
        <translation>当前日期：输入 YYYY-MM-DD 后按 Enter</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>下一个事件（Right）</translation>
    </message>
    <message>
        <source>Last event (End)</source>
        <translation>最后一个事件（End）</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（Space）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>1 day per step</source>
        <translation>每步 1 天</translation>
    </message>
    <message>
        <source>1 week per step</source>
        <translation>每步 1 周</translation>
    </message>
    <message>
        <source>1 month per step</source>
        <translation>每步 1 个月</translation>
    </message>
    <message>
        <source>1 year per step</source>
        <translation>每步 1 年</translation>
    </message>
    <message>
        <source>Next event per step</source>
        <translation>每步到下一个事件</translation>
    </message>
    <message>
        <source>How far each step of playback moves</source>
        <translation>播放时每一步前进多远</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Time between steps of playback</source>
        <translation>播放时两步之间的时间</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Show events:</source>
        <translation>显示事件：</translation>
    </message>
    <message>
        <source>Up to the date</source>
        <translation>截至该日期</translation>
    </message>
    <message>
        <source>In the last N days</source>
        <translation>最近 N 天内</translation>
    </message>
    <message>
        <source>Which events the map draws: all up to the date (cumulative), the last N days&apos;, or the date&apos;s only</source>
        <translation>地图绘制哪些事件：截至该日期的全部（累计）、最近 N 天的，或仅该日期的</translation>
    </message>
    <message>
        <source>On the date only</source>
        <translation>仅该日期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>当前日期</translation>
    </message>
    <message>
        <source>Playback step</source>
        <translation>播放步长</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <source>Days of events shown</source>
        <translation>显示事件的天数</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Events
/ month</source>
        <translation>事件
/ 月</translation>
    </message>
    <message>
        <source>Front-wide / elsewhere</source>
        <translation>全线 / 其他地区</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of the timeline&apos;s axis (QDateTime::toString)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM
yyyy</source>
        <comment>date format of the timeline&apos;s axis (QDateTime::toString)</comment>
        <translation>M月d日
yyyy</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Status lanes per flashpoint, events and events per month. Current date %1. Left and Right: previous and next event; Home and End: first and last.</source>
        <translation>各摩擦点的状态泳道、事件及每月事件数。当前日期 %1。Left 和 Right：上一个和下一个事件；Home 和 End：第一个和最后一个。</translation>
    </message>
</context>
<context>
    <name>ViewRequest</name>
    <message>
        <source>--view: unknown flashpoint &quot;%1&quot;; expected one of: %2</source>
        <translation>--view：未知摩擦点“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>--select: no flashpoint, place or line has the id &quot;%1&quot;</source>
        <translation>--select：没有摩擦点、地点或线条的 id 为“%1”</translation>
    </message>
    <message>
        <source>not two dates A,B (YYYY-MM-DD,YYYY-MM-DD)</source>
        <translation>不是两个日期 A,B（YYYY-MM-DD,YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>A and B are the same day; compare two different dates</source>
        <translation>A 和 B 是同一天；请比较两个不同的日期</translation>
    </message>
    <message>
        <source>A %1 is after B %2; give the earlier date first</source>
        <translation>A %1 晚于 B %2；请先给出较早的日期</translation>
    </message>
    <message>
        <source>--colour-by: %1 is not a layer of dated events; only event layers are coloured by a field</source>
        <translation>--colour-by：%1 不是带日期事件的图层；只有事件图层可以按字段着色</translation>
    </message>
    <message>
        <source>--colour-by &quot;%1&quot;: %2</source>
        <translation>--colour-by“%1”：%2</translation>
    </message>
    <message>
        <source>--colour-by: no field &quot;%1&quot; in %2; its fields: %3</source>
        <translation>--colour-by：%2 中没有字段“%1”；其字段：%3</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>Nothing was written.

%1</source>
        <translation>未写入任何内容。

%1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Writing the briefing %1…</source>
        <translation>正在写入简报 %1…</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>A comparison is one PNG, SVG or PDF, not a GIF. Nothing was written.</source>
        <translation>比较只能是一个 PNG、SVG 或 PDF，不能是 GIF。未写入任何内容。</translation>
    </message>
    <message>
        <source>Copied the map to the clipboard</source>
        <translation>已将地图复制到剪贴板</translation>
    </message>
    <message>
        <source>%1: the briefing could not be made</source>
        <translation>%1：无法生成简报</translation>
    </message>
</context>
</TS>
