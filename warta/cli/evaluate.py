"""`warta eval ner FILE`: score the NER of the shipped pipeline on a CoNLL-style file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from warta.evaluate.conll import read_conll
from warta.evaluate.labels import parse_mapping, read_mapping_file
from warta.evaluate.ner import DROP, NerScore, map_spans, score_spans

eval_app = typer.Typer(help="Evaluate the NLP stage on annotated data.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


def _format_table(score: NerScore) -> str:
    rows = [f"{'label':<10} {'prec':>6} {'rec':>6} {'f1':>6} {'support':>8}"]
    for name, label in sorted(score.per_label.items()):
        rows.append(
            f"{name:<10} {label.precision:>6.3f} {label.recall:>6.3f} {label.f1:>6.3f}"
            f" {label.tp + label.fn:>8}"
        )
    total = score.total
    rows.append(
        f"{'overall':<10} {total.precision:>6.3f} {total.recall:>6.3f} {total.f1:>6.3f}"
        f" {total.tp + total.fn:>8}"
    )
    return "\n".join(rows)


@eval_app.command("ner")
def ner(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CoNLL-style file")],
    labels: Annotated[
        Path | None, typer.Option("--labels", help="mapping file: GOLD<TAB>MODEL per line")
    ] = None,
    mapping: Annotated[
        list[str] | None, typer.Option("--map", help="gold label to model label, PER=PERSON")
    ] = None,
    pred_mapping: Annotated[
        list[str] | None,
        typer.Option("--pred-map", help="merge model labels before scoring, LOC=GPE"),
    ] = None,
    tab: Annotated[
        bool | None,
        typer.Option("--tab/--no-tab", help="columns are TAB-separated (default: auto-detect)"),
    ] = None,
    model: Annotated[
        Path | None, typer.Option("--model", help="evaluate this model directory instead")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON object")] = False,
) -> None:
    """Exact-span precision/recall/F1 per label of the pipeline's entities against FILE.

    Gold labels are renamed with --labels/--map (labels mapped to O are ignored); only the
    resulting labels are scored, so the pipeline's other entity types do not count."""
    from warta.evaluate.run import load_ner_pipeline, predict_spans

    gold_map = read_mapping_file(labels) if labels else {}
    gold_map.update(parse_mapping(mapping or []))
    pred_map = parse_mapping(pred_mapping or [])
    sentences = read_conll(file, tab=tab)
    gold = [map_spans(s.spans(), gold_map) for s in sentences]
    scored = {span[2] for spans in gold for span in spans}
    scored |= {label for label in gold_map.values() if label not in DROP}
    nlp, source = load_ner_pipeline(model)
    predicted = [map_spans(spans, pred_map) for spans in predict_spans(nlp, sentences)]
    score = score_spans(gold, predicted, scored)
    if as_json:
        typer.echo(json.dumps(score.as_dict(), indent=1))
    else:
        typer.echo(f"{file}: {len(sentences)} sentences, pipeline: {source}")
        typer.echo(_format_table(score))
