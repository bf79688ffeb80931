//! Parquet export (feature `parquet`): the CSV rows with types, one folder
//! per day, Hive style (`event_date=2024-06-20/part-0.parquet`), so DuckDB
//! (`hive_partitioning=1`), Spark and pandas/pyarrow datasets prune by date.
//! Column names are [`super::COLUMNS`]; dates are Date32, counts Int64.

use super::{date_source_str, precision_str, EventRow, COLUMNS};
use crate::{dates, Store, StoreError};
use arrow_array::{ArrayRef, Date32Array, Float64Array, Int32Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The partition folder of rows without a date (Hive's convention for NULL).
const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

fn schema() -> Schema {
    use DataType::*;
    let types: [(DataType, bool); 39] = [
        (Utf8, false),    // EventID
        (Utf8, true),     // ClusterID
        (Date32, true),   // Day
        (Utf8, true),     // DatePrecision
        (Utf8, true),     // DateSource
        (Utf8, false),    // Actor1Code
        (Utf8, true),     // Actor1CountryCode
        (Utf8, true),     // Actor1Type1Code
        (Utf8, false),    // Actor1Name
        (Utf8, false),    // Actor2Code
        (Utf8, true),     // Actor2CountryCode
        (Utf8, true),     // Actor2Type1Code
        (Utf8, false),    // Actor2Name
        (Utf8, false),    // EventCategory
        (Utf8, true),     // EventMode
        (Utf8, false),    // EventContext
        (Int32, false),   // QuadClass
        (Float64, false), // Score
        (Utf8, false),    // Modality
        (Int64, false),   // NumMentions
        (Int64, false),   // NumArticles
        (Int64, false),   // NumSources
        (Utf8, true),     // ActionGeo_FullName
        (Utf8, true),     // ActionGeo_CountryCode
        (Float64, true),  // ActionGeo_Lat
        (Float64, true),  // ActionGeo_Long
        (Utf8, true),     // AttributionName
        (Utf8, true),     // AttributionCountryCode
        (Utf8, false),    // Trigger
        (Int64, false),   // Sentence
        (Int64, false),   // SentenceStart
        (Int64, false),   // SentenceEnd
        (Float64, false), // Confidence
        (Utf8, false),    // Reason
        (Utf8, false),    // DocID
        (Date32, true),   // DocDate
        (Utf8, false),    // DocLang
        (Utf8, true),     // DocTitle
        (Utf8, false),    // SOURCEURL
    ];
    Schema::new(
        COLUMNS
            .iter()
            .zip(types)
            .map(|(name, (t, nullable))| Field::new(*name, t, nullable))
            .collect::<Vec<_>>(),
    )
}

fn date32(s: &Option<String>) -> Option<i32> {
    s.as_deref()
        .and_then(dates::day_number)
        .and_then(|n| i32::try_from(n).ok())
}

fn batch(schema: &Arc<Schema>, rows: &[EventRow]) -> Result<RecordBatch, StoreError> {
    let s =
        |f: &dyn Fn(&EventRow) -> String| -> ArrayRef { Arc::new(StringArray::from_iter_values(rows.iter().map(f))) };
    let os = |f: &dyn Fn(&EventRow) -> Option<String>| -> ArrayRef {
        Arc::new(StringArray::from(rows.iter().map(f).collect::<Vec<_>>()))
    };
    let i = |f: &dyn Fn(&EventRow) -> i64| -> ArrayRef { Arc::new(Int64Array::from_iter_values(rows.iter().map(f))) };
    let of = |f: &dyn Fn(&EventRow) -> Option<f64>| -> ArrayRef {
        Arc::new(Float64Array::from(rows.iter().map(f).collect::<Vec<_>>()))
    };
    let f = |f: &dyn Fn(&EventRow) -> f64| -> ArrayRef { Arc::new(Float64Array::from_iter_values(rows.iter().map(f))) };
    let d = |f: &dyn Fn(&EventRow) -> Option<i32>| -> ArrayRef {
        Arc::new(Date32Array::from(rows.iter().map(f).collect::<Vec<_>>()))
    };
    let finite = |x: f64| if x.is_finite() { x } else { 0.0 };
    let columns: Vec<ArrayRef> = vec![
        s(&|r| r.event.id.clone()),
        os(&|r| r.cluster_id.clone()),
        d(&|r| date32(&r.day)),
        os(&|r| precision_str(&r.event).map(Into::into)),
        os(&|r| date_source_str(&r.event).map(Into::into)),
        s(&|r| r.actor1.code.clone()),
        os(&|r| r.actor1.country.clone()),
        os(&|r| r.actor1.sector.clone()),
        s(&|r| r.actor1.name.clone()),
        s(&|r| r.actor2.code.clone()),
        os(&|r| r.actor2.country.clone()),
        os(&|r| r.actor2.sector.clone()),
        s(&|r| r.actor2.name.clone()),
        s(&|r| r.event.event.as_str().into()),
        os(&|r| r.event.mode.clone()),
        s(&|r| r.event.context.join(";")),
        Arc::new(Int32Array::from_iter_values(
            rows.iter().map(|r| i32::from(r.event.quad.number())),
        )),
        f(&|r| finite(r.event.score)),
        s(&|r| r.event.modality.as_str().into()),
        i(&|r| r.num_mentions),
        i(&|r| r.num_articles),
        i(&|r| r.num_sources),
        os(&|r| r.event.location.as_ref().map(|l| l.text.clone())),
        os(&|r| r.event.location.as_ref().and_then(|l| l.country.clone())),
        of(&|r| r.event.location.as_ref().and_then(|l| l.lat).filter(|x| x.is_finite())),
        of(&|r| r.event.location.as_ref().and_then(|l| l.lon).filter(|x| x.is_finite())),
        os(&|r| r.event.attribution.as_ref().map(|a| a.text.clone())),
        os(&|r| r.event.attribution.as_ref().and_then(|a| a.country.clone())),
        s(&|r| r.event.trigger.text.clone()),
        i(&|r| i64::try_from(r.event.sentence).unwrap_or(i64::MAX)),
        i(&|r| i64::try_from(r.event.start).unwrap_or(i64::MAX)),
        i(&|r| i64::try_from(r.event.end).unwrap_or(i64::MAX)),
        f(&|r| finite(r.event.confidence)),
        s(&|r| r.event.reason.clone()),
        s(&|r| r.doc_id.clone()),
        d(&|r| date32(&r.doc_date)),
        s(&|r| r.doc_lang.clone()),
        os(&|r| r.doc_title.clone()),
        s(&|r| r.source_url.clone()),
    ];
    RecordBatch::try_new(schema.clone(), columns).map_err(|e| StoreError::Parquet(e.to_string()))
}

/// Rows per record batch (and so per row group, at most).
const BATCH_ROWS: usize = 65_536;

pub(crate) fn export(store: &Store, dir: &Path) -> Result<(usize, usize), StoreError> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        return Err(StoreError::Invalid(format!(
            "{} exists and is not empty: remove it or choose another --out",
            dir.display()
        )));
    }
    let mut by_day: BTreeMap<String, Vec<EventRow>> = BTreeMap::new();
    store.for_each_event_row(|row| {
        let key = row
            .day
            .clone()
            .filter(|d| dates::day_number(d).is_some())
            .unwrap_or_else(|| NULL_PARTITION.to_string());
        by_day.entry(key).or_default().push(row.clone());
        Ok(())
    })?;
    let schema = Arc::new(schema());
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(
            ZstdLevel::try_new(3).map_err(|e| StoreError::Parquet(e.to_string()))?,
        ))
        .build();
    std::fs::create_dir_all(dir)?;
    let (mut rows, mut files) = (0, 0);
    for (day, group) in &by_day {
        let part = dir.join(format!("event_date={day}"));
        std::fs::create_dir_all(&part)?;
        let file = std::fs::File::create(part.join("part-0.parquet"))?;
        let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(props.clone()))
            .map_err(|e| StoreError::Parquet(e.to_string()))?;
        for chunk in group.chunks(BATCH_ROWS) {
            writer
                .write(&batch(&schema, chunk)?)
                .map_err(|e| StoreError::Parquet(e.to_string()))?;
        }
        writer.close().map_err(|e| StoreError::Parquet(e.to_string()))?;
        rows += group.len();
        files += 1;
    }
    Ok((rows, files))
}
