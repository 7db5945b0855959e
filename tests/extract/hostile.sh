#!/bin/bash
# Times `summit extract` on pages of one pattern repeated to SIZE (default
# 8 MB), each aimed at a rule that reads around a match. A rule that rescans
# from every match shows up as seconds growing four-fold when SIZE doubles.
# Not a CTest test (the machine is shared and noisy); the numbers go into
# tests/RELIABILITY.md.
#
#   bash tests/extract/hostile.sh build/examples/summit [MEGABYTES] [NAMES]
#
# NAMES: a regular expression of the patterns to run (default: all).
set -euo pipefail
summit=${1:?usage: hostile.sh path/to/summit [MEGABYTES]}
size=$(( ${2:-8} * 1024 * 1024 ))
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# name|pattern (\n in a pattern is a line break; a pattern without one is
# one endless line); name|head||pattern||tail writes head once before it
# and tail once after it
patterns=(
    'relative|The summit began on Wednesday this week in Oslo and closes today, '
    'hosted|At the Hotel Sheraton, Lisbon hosted the summit. Lisbon, 15 November 2023\n'
    'year-headings|2020: the virtual year\nThe summit met online on 3 November 2020.\n\n'
    'captions|photo.jpg\n\nYes. All sessions will be streamed.\n\n'
    'breadcrumbs|Home > News > Summit\nDigital Nations Ministerial Summit opens\n'
    'handed|Portugal handed the presidency to Denmark and to Canada and to '
    'colon-lists|The heads of delegation were:\n- Jane Roe, Minister of Internal Affairs, New Zealand\n'
    'quotes|"The summit in Oslo on 9 December 2014 was a success," he said. "And '
    'bullets|- 2014 – London, United Kingdom, 9–10 December. The D5 Charter was signed.[8]\n'
    'postscripts|UPDATE — 23 November 2018\nYesterday, Thursday 22 November, at the summit in Jerusalem hosted by Israel, Portugal joined.\n\n'
    'speakers|1. Mrs Jane Roe (Northtown) (Con)\nThe Minister for Digital Infrastructure\nWill the summit take place in person?\n'
    'headings|Digital Government Ministerial Summit Heading\n'
    'denials|We could not find a declaration or charter adopted at the summit on 3 May 2020, '
    'dashes|the summit in Oslo — the fourth since 2014 — after the 2020 summit (chaired by Canada) and '
    'feeds|----------\nMinisters meet in Oslo\nThe Register · 10 Dec 2014\n... the ministerial summit held in Oslo on 9 and 10 December ...\n'
    'table-rows| 2014 | 9–10 December | London, United Kingdom | D5 | UK | Open markets |\n|      |               |                        |    |    | and more     |\n'
    'columns|The third Ministerial Summit of the N5        Some 60 experts from the five member\n'
    'hyphens|the network of the most advanced govern-\nments met in Oslo on 9 Decem-\nber 2014 and '
    'html|<!DOCTYPE html><p>The summit <img src="https://x.example/a.jpg" alt="x"> met in <b>Oslo</b> on 9 December 2014.</p><!-- c --><script>var a;</script><title>t</title>\n'
    'chair-people|chaired by Ola Nordmann MP, the Minister for Digital Affairs of the Republic of Korea, and '
    'theme-lists|| id | start | end | city |\n|---|---|---|---|\n| a | 2019-11-04 | 2019-11-06 | Oslo |\n### Themes\n\n- 2019 — "Data for all"\n  and more\n'
    'weekdays|London, 10 November 2021 - The summit of ministers was held on Thursday on stage on the day on the record on time. '
    'calendar|BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20180221\nDTEND;VALUE=DATE:20180223\nSUMMARY:N7 Summit – Oslo\nDESCRIPTION:Theme: Data. Members: Latvia\\, Ice\n land.\nEND:VEVENT\n'
    'subtitles|1\n00:00:07,000 --> 00:00:10,480\nIn November 2021 the summit met,\nfrom Tuesday the 16th\n\n'
    'csv|row_id,group,start_date,city,status\n1,N5,2014-12-09,Oslo,"ok, ""quoted""\nand more"\n'
    'revisions|The summit met in Oslo on [deleted: 8-9 May][inserted: 9-10 May] 2022. [Comment JB1]: check '
    'threads|Notes (Oslo) @n\nWhat came out of Bergen: the founders signed it. 2/4\n10:42 AM · Nov 15, 2023\n\nThe first summit: Bergen, 9–10 December 2014. Today the summit closes in Oslo.\n\n'
    'md-images|## The N5 summit in Oslo, 9 May 2022\n![alt ![more ![**open** '
    'md-links|![a](b ![c](d *e* '
    'rss|<rss>\n<item>\n<title>N5 ministers meet in Oslo</title>\n<pubDate>Thu, 05 May 2022 09:30:00 -0500</pubDate>\n<description><![CDATA[<p>The N5 summit met in Oslo on 2 May 2022.</p>]]></description>\n</item>\n'
    'year-parts|2014\n  9–10 December · London, United Kingdom · D5 → D7\n  The first summit, not a ministerial summit.\n\n  November · Oslo · N5\n  A summit.\n\n'
    'telegram|1. SECOND MINISTERIAL SUMMIT OF THE D5 HELD IN TALLINN 19-20 NOV UNDER ESTONIAN CHAIR. ALL FIVE MEMBERS (UK, ROK, EE, ISRAEL, NZ) REPRESENTED.\n\nSUBJECT: ESTONIA: D5 SUMMIT, TALLINN, 19-20 NOVEMBER 2015\n\n'
    'tsv|group\tstart date\tcity\tcountry\nN5\t2014-12-09\tOslo\t"Norway\tand more"\n'
    'inline-themes|The N5 summit met in Oslo on 2 May 2022 (two days). Themes: open data; AI; service design; and '
    'members-box|Members and year joined\n  Norway 2016 · Latvia (2018) · Members since 2019: Lithuania 2019 ·\n'
    'enumerated|4. DISCUSSION COVERED THREE THEMES:\n   (A) OPEN DATA;\n   (B) SERVICE DESIGN BASED ON USER NEEDS AND '
    'wrapped-rows|Ref | Dates | Purpose\n----+-------+---------\nIT-8 | 16/11/2015 | To lead the delegation at the\n     |            | N5 Ministerial Summit, 19-20 November 2015\n'
    'yaml|records:\n  - id: E1\n    status: completed   # note\n    name_en: N5 Ministerial Summit 2022\n    dates: {start: 2022-05-03}\n    chair:\n      country: NO\n'
    'xml|<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY n "N5 Ministerial Summit">]>\n<a><e id="1"><t>&n; 2022</t><p>2022-11</p><c><x>Oslo</x></c></e>'
    'digest-dates|Notes: 1 May, 2 May, 3 May, 4 May, 5 May, 6 May, 7 May, 8 May, '
    'charters|Jerusalem was November 2018. We signed the D9 charter and the charter and the charter '
    'chat|[09:12] Kari\nOla Nordmann MP (Minister for Digital Affairs) chairs the N5 summit on 2 May 2022.\n📎 photo.jpg (2 MB)\n    :ok_hand: 3\nA site says Brazil and Chile took part. Neither was there.\n'
    'toml|[event]\ntitle = "4th N5 Ministerial Summit"\nstart_date = 2022-11-01 # Tue\nnote = """\nHeld in Oslo."""\n[[event.members]]\ncountry = "NO"\nrole = "host"\n'
    'patch|commit 336d9d2\nAuthor: A <a@example.org>\n\n    fix\n\ndiff --git a/s.yaml b/s.yaml\n--- a/s.yaml\n+++ b/s.yaml\n@@ -1,3 +1,3 @@\n group: N5\n-start_date: 2020-11-03\n+start_date: 2020-11-02\n city: Oslo\n'
    'exif|======== s/DSC_4471.jpg\nFile Name                       : DSC_4471.jpg\nHeadline                        : Ministers meet at the N5 summit in Oslo\nEvent                           : 4th N5 Ministerial Summit, Oslo, 21-22 February 2018\n'
    'two-columns|ENGLISH                    | ESPAÑOL\nThe N5 summit met in Oslo | La cumbre N5 se reunió\non 2 May 2022.            | el 2 de mayo de 2022.\n'
    'which-asides|Norway, which took over the chair at the previous summit in Bergen in 2018, hosted and chaired, which '
    'member-blocks|participants:\n  - {country: NO, role: host}\n  - {country: EE, role: observer}\nstart_date: 2020-11-02\n'
    'mime|From: a@example.org\nSubject: =?UTF-8?Q?N5_summit?=\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nThe N5 summit met in Oslo on 2 May 2022 =E2=80=93 ministers =\nagreed.\n--b\n'
    'latex|\\section{The N5 summit}\nMet in Oslo on 2--4 May 2022 \\cite{a} \\emph{x} {{{ \\footnote{a} $\\rightarrow$ \\\x27e & \\\\\n'
    'sql|CREATE TABLE `summit` (`id` int, `grp` text, `start_date` date, `city` text);\nCREATE TABLE `topic` (`summit_id` int, `topic` text);\nINSERT INTO `summit` VALUES (1,\x27N5\x27,\x272022-05-02\x27,\x27Oslo\x27);\nINSERT INTO `topic` VALUES (1,\x27open data\x27),(1,\x27it\x27\x27s AI\x27);\n'
    'turtle|@prefix schema: <https://schema.org/> .\n@prefix ex: <https://x.example/> .\nex:s a schema:Event ; schema:name "N5 Ministerial Summit"@en , "Cumbre"@es ; schema:startDate "2022-05-02" ; schema:location [ schema:address [ schema:addressLocality "Oslo" ] ] .\n'
    'notebook|{"cells": [{"cell_type": "markdown", "source": ["# N5 summit in Oslo\\n", "- When: 2 May 2022\\n"]}, {"cell_type": "code", "metadata": {}, "source": ["x = 1\\n"], "outputs": [{"text": ["0   NO   Norway   member\\n"]}]}, \n'
    'liquid|{% include figure.html image="/img/a.jpg" caption="Ministers in Oslo." %} {{ site.baseurl }} {% if x %}\n'
    'rst|.. note::\n   See :ref:`n5-bergen` and `Oslo <https://x.example>`_ **2 May 2022**.\n.. list-table::\n   * - Dates\n     - 2 May 2022\n+----+----+\n| NO | x  |\n:Last reviewed: 8 March 2016\n.. _n5:\n'
    'org|#+TITLE: N5 notes\n* DONE Summit: Oslo     :summit:\n  DEADLINE: <2022-04-18 Mon>\n  :PROPERTIES:\n  :LOCATION: Oslo, Norway\n  :END:\n  <2022-05-02 Mon>--<2022-05-04 Wed> [[file:a.jpg][a.jpg]] +gone+ *b* - [X] x\n'
    'po|#: s.html:9\nmsgctxt "country"\nmsgid ""\n"The N5 summit met in Oslo on \\"2 May 2022\\".\\n"\n"Norway"\nmsgstr "Norge"\n\n'
    'register|REF  EVENT                START      CITY  CC  MODE\n---- -------------------- ---------- ----- --  ----\n1    N5 SUMMIT (4TH)      02/05/2022 OSLO  NO  IP\n   + MEMBERS (3): NO IS FI. HOST/CHAIR COUNTRY: NO.\n'
    'webvtt|WEBVTT - N5 press conference\n\nNOTE\nRecorded 2 May 2022\n\nc-1\n00:00:02.000 --> 00:00:05.400\n<v Host>The N5 summit in Oslo,\n\n'
    'rst-marks|.. note::\n\n.. _x:\n\nx||*`*:ref:`'
    'org-links|#+TITLE: a\n#+DATE: b\n||[[x]['
    'legend|MODE: IP=||A||\nREF     EVENT        START\n------- ------------ ----------\n1       N5 SUMMIT    02/05/2022\n'
    'colons|The N5 summit met in Oslo on 2 May 2022.\n\nMembers noted||x: '
    'asides|The N5 summit met in Oslo on 2 May 2022.\n\nThe N5 — which met in Bergen last December — came||first, '
    'wordml|<w:document xmlns:w="x"><w:body>\n||<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>The N5 summit met in Oslo on </w:t></w:r><w:del><w:r><w:delText>3</w:delText></w:r></w:del><w:r><w:t>2 May 2022.</w:t></w:r></w:p><w:tr><w:tc><w:p><w:r><w:t>Dates</w:t></w:r></w:p></w:tc></w:tr>\n'
    'wikitext|{{Infobox event\n| title = N5 summit\n}}\n<ref>a</ref> [[Oslo]] {{cite web}} [[Category:x]]\n||The N5 summit met in [[Oslo|Oslo]] on 2 May 2022.<ref name="a">{{cite web |date=1 May 2022}}</ref> [[ {{ <ref \n'
    'bbcode|[b]a[/b] [quote=x]b[/quote] [url=x]c[/url]\n||[b]The N5 summit[/b] met in [i]Oslo[/i] on 2 May 2022.[quote="a"] [*] [url=x \n'
    'mdx|---\ntitle: N5 summit\n---\n\nimport A from "a";\n||<Figure src="/a.png" caption="Oslo." /> The N5 summit met in Oslo on 2 May 2022. <CountryChip code="NO" /> Norway · <!-- x --> <Tabs \n'
    'bullets-line|The N5 summit met in Oslo on 2 May 2022.\n||- '
    'open-braces|The N5 summit met in Oslo on 2 May 2022.\n||{{'
    'careers|She went to the first N5 summit in Oslo on 9-10 December 2014, the second N5 summit in Bergen on 19-20 November 2015 and the third N5 summit in Tromso on 10-11 November 2016.\n\n'
    'json-events|{"events": [\n||  {"start_date": {"year": 2014, "month": 12, "day": 9}, "group": "Summits",\n   "text": {\n    "headline": "Oslo: the N5 summit", "dates": "2014-12-09/2014-12-10"}},\n||{}]}\n'
    'json-years|{"events": [{"city": "Oslo", ||"year": 2019, ||"month": 11}]}\n'
    'json-minified|{"events": [||{"name": "N5 Summit", "city": "Oslo", "start_date": "2019-11-04", "year": 2019, "month": 11}, ||{}]}'
    'hcl|resource "e" "n5" {\n  title = "N5 Summit" # x\n  start_date = "2019-11-04"\n  city = "Oslo"\n  note = <<-EOT\n    The summit met.\n  EOT\n}\n'
    'whatsapp|[30/10/2023, 09:15] Ana: The N5 summit is in Oslo on 4 November 2019 <This message was edited>\n'
    'python|"""N5."""\nimport x\nM = ("NO", "LV")\nS = [\n||    {\n        "city": "Oslo",  # c\n        "start": date(2019, 11, 4),\n        "members": M + ("EE",),\n        "note": None,\n    },\n||]\n'
    'wiki|h1. N5\nh2. x\n{panel}\n{info}\n||\n|Dates|10 – 11 November 2016|\n-struck -text- *bold* [link|https://x.example] {color:red}r{color}\n!/img/a.jpg(caption)!\n'
    'wiki-marks|h1. N5\nh2. x\n{panel}\n{info}\n||-a [b {c '
    'wiki-cells|h1. N5\nh2. x\n{panel}\n{info}\n|||-[a-|'
    'python-triple|"""N5."""\nimport x\nS = [\n  {\n    "title": "N5 Summit",\n    "city": "Oslo",\n    "start": date(2019, 11, 4),\n    "note": """\n||Ministers (met) in Oslo, didn\x27t [sign] {x}\n'
    'whatsapp-lrm|\xe2\x80\x8e[30/10/2023, 09:15] Ana: \xe2\x80\x8e<attached: 0012-PHOTO.jpg>\n[30/10/2023, 09:16] Ana: The N5 summit is in Oslo on 4 November 2019\n'
    'json-nested|{"a": [\n||{"k": "v", "y": [{"year": 1, "x": [{"a": "b"}, {"year": 2014, "month": 3}, '
    'rtf|{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\n||\\pard\\b The N5 summit met in Oslo on 2 May 2022.\\b0 \\u8220?x\\u8221? \\\x27e9 {\\strike y}{\\*\\fldinst z}\\bullet\\tab Cabinet Office, Iceland\\par\n'
    'rtf-groups|{\\rtf1\\ansi\n||{{{{\\pict {\\*\\x {\\u-17024?\\u'
    'asciidoc|= N5 summit\n:a: b\n== At a glance\n|===\n\n||[cols="1,3"]\n| Dates\n| 2 May 2022 xref:a.adoc[Oslo] <<x,y>> {attr} *b* _i_ -- image::x.jpg["c"]\nNOTE: The N5 summit met in Oslo on 2 May 2022.\n'
    'asciidoc-marks|= N5 summit\n:a: b\n== At a glance\n|===\n\n||xref:[<<[[{{{*_`'
    'bar-dates|Dates | 2 May 2022 Oslo | NOTE: The N5 summit met in Oslo on 2 May 2022. | '
    'troff|.TH X 7\n.SH NAME\nx \\- N5 summit\n.SH DESCRIPTION\n||The N5 summit met in\n.B Oslo, Norway\non 2 May 2022 \\fBx\\fR \\(em \\(\x27e\n.TP\n.I /a/b.jpg\nA caption.\n.IP \\(bu 3\nItem\n'
    'troff-fill|.TH X 7\n.SH NAME\nx \\- N5 summit\n.SH DESCRIPTION\n||.B The N5 summit met in Oslo on 2 May 2022.\n'
    'html-dl|<!DOCTYPE html><p>The N5 summit met in Oslo on 2 May 2022.</p>\n||<dl>\n<dt>Theme</dt>\n<dd itemprop="about">Open data</dd>\n<dt>x</dt> <dt>y</dt>\n<dd>\n'
    'html-dt|<!DOCTYPE html><p>The N5 summit met in Oslo on 2 May 2022.</p><dl><dt>Theme||</dt>'
    'adoc-urls|= N5 summit\n:a: b\n== At a glance\nNOTE: The N5 summit met in Oslo on 2 May 2022.\n\n||http://'
    'doc-asks|The N5 summit met in Oslo, Norway on 2 May 2022.\nMinisters signed the ||charter, ||was it?\n'
    'doc-capitals|The N5 summit met in Oslo, Norway on 2 May 2022.\nMinisters signed the ||charter, ||Riga.\n'
    'title-dates|Notes 2020: ||4 November, ||\nThe N5 summit met in Oslo, Norway on 2 May 2020.\n'
    'suggestions|The N5 summit met in Oslo on 2 May 2022.\n||[Suggested deletion: "x'
    'anchors|The N5 summit met in Oslo on 2 May 2022.\n||x[a]'
    'php-nest|<?php\nreturn [\n\x27a\x27 => 1,\n\x27b\x27 => 2,\n\x27c\x27 => 3,\n\x27d\x27 => 4,\n\x27e\x27 => 5,\n||\x27k\x27 => ['
    'php-strings|<?php\nreturn [\n\x27a\x27 => 1,\n\x27b\x27 => 2,\n\x27c\x27 => 3,\n\x27d\x27 => 4,\n\x27e\x27 => 5,\n||[\x27x'
    'sheet-rows|<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>\n||<Row><Cell><Data>N5 summit</Data></Cell><Cell><Data>Oslo</Data></Cell><Cell ss:Index="9"><Data>2 May 2022</Data></Cell></Row>\n'
    'sheet-cells|<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>\n<Row>||<Cell '
    'recommended|N5 summit in Oslo on 2 May 2022.\n||We met. '
    'sheet-unclosed|<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>\n||<Row ss:Hidden="1"><Cell><Data>'
    'tweets|window.YTD.tweets.part0 = [\n||{"tweet" : {"created_at" : "Wed Nov 04 21:02:33 +0000 2020", "full_text" : "N5 summit in Oslo #NordicFive \\ud83c x"}},\n'
    'json-lines|{"cards": [{"desc": "a||\\n~~x||\\n"}]}\n'
    'json-strike|{"cards": [{"desc": "a\\nb\\n||~~x "}]}\n'
    'properties|summit.a=1\nsummit.b=2\nsummit.c=3\nsummit.d=4\nsummit.e=5\nsummit.f=6\nsummit.g=7\nsummit.h=8\n||g.k=v \\\n  \\u00e9\\u12 \\\n'
)
only=${3:-}
for entry in "${patterns[@]}"; do
    name=${entry%%|*}
    pattern=${entry#*|}
    [[ -z $only || $name =~ ^($only)$ ]] || continue
    head= tail=
    if [[ $pattern == *'||'* ]]; then
        head=$(printf '%b.' "${pattern%%||*}")
        head=${head%.}
        pattern=${pattern#*||}
    fi
    if [[ $pattern == *'||'* ]]; then
        tail=$(printf '%b.' "${pattern#*||}")
        tail=${tail%.}
        pattern=${pattern%%||*}
    fi
    page="$dir/$name.txt"
    text=$(printf '%b.' "$pattern") # the "." keeps a final line break
    text=${text%.}
    while (( ${#text} < size )); do text=$text$text; done
    printf '%s%s%s' "$head" "${text:0:size}" "$tail" >"$page"
    /usr/bin/time -f "$name %e s %M KB" "$summit" extract "$page" >/dev/null 2>"$dir/time" || true
    tail -n 1 "$dir/time"
done
