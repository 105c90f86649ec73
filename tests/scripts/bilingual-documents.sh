#!/usr/bin/env bash
# Issue 16's acceptance for the documents: a Welsh and English ward (languages: [cy, en-GB]) builds with the
# lint gate on, exit 0, and every document carries every statement in both languages, Welsh first, with the
# Welsh fixed texts; each PDF passes qpdf --check and says /Lang (cy); `--language cy` builds Welsh alone.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }
data=tests/data/welsh
lib=(--library-path "$data")
documents=${PLEDGE_BILINGUAL_DOCUMENTS:-"checklist html large-print poster leaflet worksheet"}

"$pledge" "${lib[@]}" build "$data/ward.pledge.yaml" -o "$work/out" >"$work/stdout" 2>"$work/stderr" ||
  fail "build exited $?: $(cat "$work/stderr")"
folder="$work/out/ward-7"
# Welsh, then English, for each statement; and a Welsh fixed text each document must print.
welsh=("Byddwn yn eich trin ag urddas a pharch." "Byddwn yn gwrando arnoch chi a'ch teulu."
  "Byddwn yn esbonio eich gofal mewn geiriau clir." "Byddwn yn siarad Cymraeg â chi os hoffech chi.")
english=("We treat you with dignity and respect." "We listen to you and your family."
  "We explain your care in clear words." "We speak Welsh with you if you wish.")
declare -A fixed=([checklist]="Rhestr wirio tystiolaeth" [html]="Ein haddewid" [large-print]="Tudalen 1 o"
  [poster]="Ein haddewid"
  [leaflet]="Ein haddewid i chi" [worksheet]="Taflen waith yr addewid")
for document in $documents; do
  if [ "$document" = html ]; then
    file="$folder/pledge.html"
    [ -s "$file" ] || fail "no $file"
    python3 -c 'import html,re,sys; print(html.unescape(re.sub(r"<[^>]*>", " ", open(sys.argv[1]).read())))' \
      "$file" | normalise >"$work/text"
    grep -q '<html lang="cy">' "$file" || fail "pledge.html is not lang=cy"
    grep -qF '<span class="in-language" lang="en-GB">We listen to you and your family.</span>' "$file" ||
      fail "pledge.html's English statement has no lang"
  else
    file="$folder/$document.pdf"
    [ -s "$file" ] || fail "no $file"
    qpdf --check "$file" >/dev/null 2>&1 || fail "$document: qpdf --check failed"
    qpdf --qdf --object-streams=disable "$file" - 2>/dev/null | grep -aq '/Lang (cy)' ||
      fail "$document: its /Lang is not cy"
    qpdf --qdf --object-streams=disable "$file" - 2>/dev/null | grep -aq '/Lang (en-GB)' ||
      fail "$document: no element tagged en-GB"
    pdftotext "$file" - 2>/dev/null | normalise >"$work/text"
  fi
  for i in "${!welsh[@]}"; do
    text=$(cat "$work/text")
    case "$text" in *"${welsh[$i]}"*) ;; *) fail "$document lacks '${welsh[$i]}'" ;; esac
    case "$text" in *"${english[$i]}"*) ;; *) fail "$document lacks '${english[$i]}'" ;; esac
    before=${text%%"${english[$i]}"*}
    case "$before" in *"${welsh[$i]}"*) ;; *) fail "$document: '${english[$i]}' comes before its Welsh" ;; esac
  done
  grep -qF -- "${fixed[$document]}" "$work/text" || fail "$document lacks its Welsh fixed text '${fixed[$document]}'"
done

# --language cy: Welsh alone.
"$pledge" "${lib[@]}" build --language cy "$data/ward.pledge.yaml" -o "$work/cy" --only checklist,html,large-print,leaflet,worksheet \
  >"$work/stdout" 2>"$work/stderr" || fail "--language cy exited $?: $(cat "$work/stderr")"
pdftotext "$work/cy/ward-7/checklist.pdf" - 2>/dev/null | normalise >"$work/text"
grep -qF "Byddwn yn gwrando arnoch chi a'ch teulu." "$work/text" || fail "--language cy checklist lacks Welsh"
for english_text in "${english[@]}" "Evidence checklist" "Statement" "Page 1 of"; do
  grep -qF -- "$english_text" "$work/text" && fail "--language cy checklist has English: '$english_text'"
done
grep -qF "Tudalen 1 o" "$work/text" || fail "--language cy checklist has no Welsh page numbers"
pdftotext "$work/cy/ward-7/large-print.pdf" - 2>/dev/null | normalise >"$work/text"
for english_text in "${english[@]}" "Our pledge" "Page 1 of"; do
  grep -qF -- "$english_text" "$work/text" && fail "--language cy large print has English: '$english_text'"
done
grep -qF "Byddwn yn gwrando arnoch chi a'ch teulu." "$work/text" || fail "--language cy large print lacks Welsh"
pdftotext "$work/cy/ward-7/leaflet.pdf" - 2>/dev/null | normalise >"$work/text"
for english_text in "${english[@]}" "Our pledge" "Who to contact" "Feedback and concerns" "Made with"; do
  grep -qF -- "$english_text" "$work/text" && fail "--language cy leaflet has English: '$english_text'"
done
grep -qF "Byddwn yn gwrando arnoch chi a'ch teulu." "$work/text" || fail "--language cy leaflet lacks Welsh"
grep -qF "Adborth a phryderon" "$work/text" || fail "--language cy leaflet lacks its Welsh panel heading"
"$pledge" "${lib[@]}" build --language cy "$data/ward.pledge.yaml" -o "$work/cy" --only poster >/dev/null 2>&1 ||
  fail "--language cy poster does not build"
pdftotext "$work/cy/ward-7/poster.pdf" - 2>/dev/null | normalise >"$work/text"
for english_text in "${english[@]}" "Our pledge" "Signed by our team" "Signature" "Statements from" "Made with"; do
  grep -qF -- "$english_text" "$work/text" && fail "--language cy poster has English: '$english_text'"
done
grep -qF "Byddwn yn gwrando arnoch chi a'ch teulu." "$work/text" || fail "--language cy poster lacks Welsh"
grep -qF "Wedi'i lofnodi gan ein tîm" "$work/text" || fail "--language cy poster lacks its Welsh fixed texts"
qpdf --qdf --object-streams=disable "$work/cy/ward-7/poster.pdf" - 2>/dev/null | grep -aq '/Lang (en-GB)' &&
  fail "--language cy poster has an element tagged en-GB"
pdftotext "$work/cy/ward-7/worksheet.pdf" - 2>/dev/null | normalise >"$work/text"
for english_text in "${english[@]}" "Pledge worksheet" "How to use this sheet" "Keep" "Cross off" "Reword" \
  "Reason for crossing off" "New wording" "New statements of our own" "Page 1 of"; do
  grep -qF -- "$english_text" "$work/text" && fail "--language cy worksheet has English: '$english_text'"
done
grep -qF "Byddwn yn siarad Cymraeg â chi os hoffech chi." "$work/text" ||
  fail "--language cy worksheet lacks the service's added statement in Welsh"
grep -qF "Rheswm dros groesi allan" "$work/text" || fail "--language cy worksheet lacks its Welsh fixed texts"
grep -q '<html lang="cy">' "$work/cy/ward-7/pledge.html" || fail "--language cy page is not lang=cy"
grep -q 'lang="en-GB"' "$work/cy/ward-7/pledge.html" && fail "--language cy page has English in it"
echo "ok"
