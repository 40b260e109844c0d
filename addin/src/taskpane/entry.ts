// The task pane bundle. Outside Office (a plain browser tab), Office.onReady resolves with
// host null and Excel is undefined: say so instead of failing on the first button.
import { LABELS } from "./labels.js";
import { startApp } from "./app.js";

function outside(): void {
  const note = document.getElementById("outside")!;
  const vi = navigator.language.toLowerCase().startsWith("vi");
  note.textContent = LABELS[vi ? "vi" : "en"].outside;
  note.hidden = false;
  document.getElementById("app")!.hidden = true;
}

if (typeof Office === "undefined") outside();
else
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) startApp();
    else outside();
  });
