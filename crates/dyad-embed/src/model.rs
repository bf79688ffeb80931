//! Model directory loading (manifest + raw tensors) and the forward pass.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::EmbedError;

/// Format id written by `scripts/convert_use_encoder.py`.
/// Format id of the model directory (`manifest.json` field `format`).
pub const FORMAT: &str = "dyad-use-m3/1";

#[derive(Deserialize)]
pub(crate) struct Manifest {
    pub format: String,
    pub hyper: Hyper,
    pub tokenizer: TokenizerSpec,
    pub tensors: Vec<TensorSpec>,
}

#[derive(Deserialize)]
pub(crate) struct Hyper {
    pub vocab_rows: usize,
    pub num_chunks: usize,
    pub emb_dim: usize,
    pub cnn_dim: usize,
    pub dim: usize,
    pub orders: Vec<(usize, usize)>,
    pub eps: f64,
}

#[derive(Deserialize)]
pub(crate) struct TokenizerSpec {
    pub vocab: String,
    pub normalizer: String,
    pub unk_id: u32,
    pub bos_id: u32,
    pub eos_id: u32,
    pub add_dummy_prefix: bool,
    pub remove_extra_whitespaces: bool,
    pub escape_whitespaces: bool,
}

#[derive(Deserialize)]
pub(crate) struct TensorSpec {
    pub name: String,
    pub file: String,
    pub dtype: String,
    pub shape: Vec<usize>,
}

pub(crate) fn format_err(path: &Path, msg: impl Into<String>) -> EmbedError {
    EmbedError::Format {
        path: path.to_path_buf(),
        msg: msg.into(),
    }
}

pub(crate) fn read(path: &Path) -> Result<Vec<u8>, EmbedError> {
    std::fs::read(path).map_err(|source| EmbedError::Io {
        path: path.to_path_buf(),
        source,
    })
}

pub(crate) fn parse_manifest(path: &Path, bytes: &[u8]) -> Result<Manifest, EmbedError> {
    let m: Manifest = serde_json::from_slice(bytes).map_err(|e| format_err(path, e.to_string()))?;
    if m.format != FORMAT {
        return Err(format_err(path, format!("format `{}`, expected `{FORMAT}`", m.format)));
    }
    Ok(m)
}

/// Reads tensors named in the manifest, checking dtype, shape and file size.
struct TensorReader<'a> {
    dir: &'a Path,
    manifest_path: PathBuf,
    specs: &'a [TensorSpec],
}

impl TensorReader<'_> {
    fn raw(&self, name: &str, dtype: &str, shape: &[usize]) -> Result<(PathBuf, Vec<u8>), EmbedError> {
        let spec = self
            .specs
            .iter()
            .find(|t| t.name == name)
            .ok_or_else(|| format_err(&self.manifest_path, format!("tensor `{name}` is missing")))?;
        if spec.dtype != dtype || spec.shape != shape {
            return Err(format_err(
                &self.manifest_path,
                format!(
                    "tensor `{name}` is {} {:?}, expected {dtype} {shape:?}",
                    spec.dtype, spec.shape
                ),
            ));
        }
        let path = self.dir.join(&spec.file);
        let bytes = read(&path)?;
        let width = if dtype == "f32" { 4 } else { 1 };
        let want = shape.iter().product::<usize>() * width;
        if bytes.len() != want {
            return Err(format_err(&path, format!("{} bytes, expected {want}", bytes.len())));
        }
        Ok((path, bytes))
    }

    fn f32(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>, EmbedError> {
        let (path, bytes) = self.raw(name, "f32", shape)?;
        let v: Vec<f32> = bytes
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if v.iter().any(|x| !x.is_finite()) {
            return Err(format_err(&path, "contains NaN or infinity"));
        }
        Ok(v)
    }

    fn u8(&self, name: &str, shape: &[usize]) -> Result<Vec<u8>, EmbedError> {
        Ok(self.raw(name, "u8", shape)?.1)
    }
}

/// One CNN n-gram branch: window of `order` tokens starting `left` before the
/// current one, two convolutions with ReLU and residual.
struct Branch {
    order: usize,
    left: usize,
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: Vec<f32>,
}

pub(crate) struct Weights {
    rows: usize,
    chunks: usize,
    emb: usize,
    cnn: usize,
    hidden: usize,
    table: Vec<u8>,
    scale: Vec<f32>,
    offset: Vec<f32>,
    /// The branches' input projections side by side: `emb × (branches·cnn)`.
    proj_w: Vec<f32>,
    proj_b: Vec<f32>,
    proj_g: Vec<f32>,
    proj_beta: Vec<f32>,
    branches: Vec<Branch>,
    ln_g: Vec<f32>,
    ln_b: Vec<f32>,
    cnn_w: Vec<f32>,
    cnn_b: Vec<f32>,
    d0: Vec<f32>,
    d1: Vec<f32>,
    p1: Vec<f32>,
    d2: Vec<f32>,
    p3: Vec<f32>,
    d3: Vec<f32>,
    eps: f32,
}

/// Tokens per forward group: large enough that the weight matrices are
/// streamed once for many tokens, small enough to keep scratch near 10 MB.
const TOKEN_BUDGET: usize = 512;
/// Receptive half-width of the two stacked convolutions (2 + 2 tokens): a long
/// sentence is cut into pieces that overlap by this much on each side, so its
/// per-token features are exact while memory stays bounded.
const HALO: usize = 4;

impl Weights {
    pub(crate) fn load(dir: &Path, manifest_path: &Path, m: &Manifest) -> Result<Self, EmbedError> {
        let h = &m.hyper;
        let bad = |msg: String| format_err(manifest_path, msg);
        if h.dim != crate::DIM {
            return Err(bad(format!("output dim {} != {}", h.dim, crate::DIM)));
        }
        if h.num_chunks == 0 || h.orders.is_empty() || h.emb_dim == 0 || h.cnn_dim == 0 {
            return Err(bad("degenerate hyper-parameters".into()));
        }
        if h.orders
            .iter()
            .any(|&(n, left)| n == 0 || left >= n || left > HALO / 2 || n - 1 - left > HALO / 2)
        {
            return Err(bad(format!("unsupported n-gram orders {:?}", h.orders)));
        }
        if !(h.eps.is_finite() && h.eps > 0.0) {
            return Err(bad("eps must be positive".into()));
        }
        let r = TensorReader {
            dir,
            manifest_path: manifest_path.to_path_buf(),
            specs: &m.tensors,
        };
        let (emb, cnn, chunks) = (h.emb_dim, h.cnn_dim, h.num_chunks);
        let nb = h.orders.len();
        let table = r.u8("embedding", &[h.vocab_rows, emb])?;
        let scale = r.f32("embedding_scale", &[chunks])?;
        let offset = r.f32("embedding_offset", &[chunks])?;

        let mut proj_w = vec![0f32; emb * nb * cnn];
        let (mut proj_b, mut proj_g, mut proj_beta) = (Vec::new(), Vec::new(), Vec::new());
        let mut branches = Vec::new();
        for (i, &(order, left)) in h.orders.iter().enumerate() {
            let p = r.f32(&format!("proj{order}"), &[emb, cnn])?;
            for row in 0..emb {
                proj_w[row * nb * cnn + i * cnn..][..cnn].copy_from_slice(&p[row * cnn..][..cnn]);
            }
            proj_b.extend(r.f32(&format!("proj_b{order}"), &[cnn])?);
            proj_g.extend(r.f32(&format!("ln_g{order}"), &[cnn])?);
            proj_beta.extend(r.f32(&format!("ln_b{order}"), &[cnn])?);
            branches.push(Branch {
                order,
                left,
                w1: r.f32(&format!("w1_{order}"), &[order * cnn, cnn])?,
                b1: r.f32(&format!("b1_{order}"), &[cnn])?,
                w2: r.f32(&format!("w2_{order}"), &[order * cnn, cnn])?,
                b2: r.f32(&format!("b2_{order}"), &[cnn])?,
            });
        }
        let feat = emb + nb * cnn;
        let dim = crate::DIM;
        let hidden = m
            .tensors
            .iter()
            .find(|t| t.name == "d0")
            .and_then(|t| t.shape.get(1).copied())
            .ok_or_else(|| bad("tensor `d0` is missing".into()))?;
        Ok(Weights {
            rows: h.vocab_rows,
            chunks,
            emb,
            cnn,
            hidden,
            table,
            scale,
            offset,
            proj_w,
            proj_b,
            proj_g,
            proj_beta,
            branches,
            ln_g: r.f32("ln_g", &[feat])?,
            ln_b: r.f32("ln_b", &[feat])?,
            cnn_w: r.f32("cnn_W", &[feat, dim])?,
            cnn_b: r.f32("cnn_b", &[dim])?,
            d0: r.f32("d0", &[dim, hidden])?,
            d1: r.f32("d1", &[hidden, hidden])?,
            p1: r.f32("p1", &[dim, hidden])?,
            d2: r.f32("d2", &[hidden, dim])?,
            p3: r.f32("p3", &[hidden, dim])?,
            d3: r.f32("d3", &[dim, dim])?,
            eps: h.eps as f32,
        })
    }

    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    fn feat(&self) -> usize {
        self.emb + self.branches.len() * self.cnn
    }

    /// Encodes tokenized sentences (each non-empty) to L2-normalised vectors.
    pub(crate) fn encode_all(&self, sentences: &[Vec<u32>]) -> Vec<Vec<f32>> {
        let feat = self.feat();
        let mut out = Vec::with_capacity(sentences.len());
        let mut group = Group::default();
        // per-sentence token-feature sums awaiting the sentence stage
        let mut sums: Vec<f32> = Vec::new();
        let mut lens: Vec<usize> = Vec::new();
        for ids in sentences {
            let n = ids.len();
            sums.resize((lens.len() + 1) * feat, 0.0);
            // cut into spans: core [a, b) plus up to HALO context tokens each side
            let mut a = 0;
            while a < n {
                let b = (a + TOKEN_BUDGET - 2 * HALO).min(n);
                let (ea, eb) = (a.saturating_sub(HALO), (b + HALO).min(n));
                if !group.spans.is_empty() && group.ids.len() + (eb - ea) > TOKEN_BUDGET {
                    self.token_stage(&group, &mut sums);
                    group.clear();
                    // every pending sentence but the current one is complete
                    let done = lens.len();
                    self.sentence_stage(&sums[..done * feat], &lens, &mut out);
                    sums.drain(..done * feat);
                    lens.clear();
                }
                let start = group.ids.len();
                group.ids.extend_from_slice(&ids[ea..eb]);
                group.spans.push(Span {
                    lo: start,
                    hi: start + (eb - ea),
                    core_lo: start + (a - ea),
                    core_hi: start + (b - ea),
                    sentence: lens.len(),
                });
                a = b;
            }
            lens.push(n);
        }
        if !group.spans.is_empty() {
            self.token_stage(&group, &mut sums);
        }
        self.sentence_stage(&sums, &lens, &mut out);
        out
    }

    /// Embedding, projection, CNN branches and layernorm for every token of
    /// the group; adds each span's core token features to its sentence's sum.
    fn token_stage(&self, g: &Group, sums: &mut [f32]) {
        let n = g.ids.len();
        let (emb, cnn, feat) = (self.emb, self.cnn, self.feat());
        let pw = self.branches.len() * cnn;

        let mut feats = vec![0f32; n * feat];
        for (t, &id) in g.ids.iter().enumerate() {
            let id = if (id as usize) < self.rows { id as usize } else { 0 };
            let (s, o) = (self.scale[id % self.chunks], self.offset[id % self.chunks]);
            let row = &self.table[id * emb..][..emb];
            for (f, &q) in feats[t * feat..][..emb].iter_mut().zip(row) {
                *f = f32::from(q) * s + o;
            }
        }

        let mut x = vec![0f32; n * pw];
        gemm(n, emb, pw, &feats, feat, &self.proj_w, &mut x, pw, 0.0);
        for row in x.chunks_exact_mut(pw) {
            for (v, b) in row.iter_mut().zip(&self.proj_b) {
                *v += b;
            }
            layernorm(row, &self.proj_g, &self.proj_beta, self.eps);
        }

        let max_order = self.branches.iter().map(|b| b.order).max().unwrap_or(1);
        let mut cols = vec![0f32; n * max_order * cnn];
        let mut h = vec![0f32; n * cnn];
        for (i, br) in self.branches.iter().enumerate() {
            let width = br.order * cnn;
            let cols = &mut cols[..n * width];
            window(&x, pw, i * cnn, cnn, &g.spans, br.order, br.left, cols);
            gemm(n, width, cnn, cols, width, &br.w1, &mut h, cnn, 0.0);
            for (t, hr) in h.chunks_exact_mut(cnn).enumerate() {
                let xr = &x[t * pw + i * cnn..][..cnn];
                for ((v, b), r) in hr.iter_mut().zip(&br.b1).zip(xr) {
                    *v = (*v + b).max(0.0) + r;
                }
            }
            window(&h, cnn, 0, cnn, &g.spans, br.order, br.left, cols);
            let off = emb + i * cnn;
            gemm(n, width, cnn, cols, width, &br.w2, &mut feats[off..], feat, 0.0);
            for t in 0..n {
                let fr = &mut feats[t * feat + off..][..cnn];
                for ((v, b), r) in fr.iter_mut().zip(&br.b2).zip(&h[t * cnn..][..cnn]) {
                    *v = (*v + b).max(0.0) + r;
                }
            }
        }

        for row in feats.chunks_exact_mut(feat) {
            layernorm(row, &self.ln_g, &self.ln_b, self.eps);
        }
        for sp in &g.spans {
            let sum = &mut sums[sp.sentence * feat..][..feat];
            for t in sp.core_lo..sp.core_hi {
                for (s, v) in sum.iter_mut().zip(&feats[t * feat..][..feat]) {
                    *s += v;
                }
            }
        }
    }

    /// Output projection of the token sums, then the DAN layers, tanh and L2
    /// normalisation; appends one vector per sentence to `out`.
    fn sentence_stage(&self, sums: &[f32], lens: &[usize], out: &mut Vec<Vec<f32>>) {
        let s = lens.len();
        if s == 0 {
            return;
        }
        let (feat, dim, hid) = (self.feat(), crate::DIM, self.hidden);
        let mut mean = vec![0f32; s * dim];
        gemm(s, feat, dim, sums, feat, &self.cnn_w, &mut mean, dim, 0.0);
        for (row, &len) in mean.chunks_exact_mut(dim).zip(lens) {
            let len = len.max(1) as f32;
            let inv = 1.0 / len.sqrt();
            for (v, b) in row.iter_mut().zip(&self.cnn_b) {
                *v = (*v + len * b) * inv;
            }
        }
        let relu = |v: &mut [f32]| v.iter_mut().for_each(|x| *x = x.max(0.0));
        let mut y0 = vec![0f32; s * hid];
        gemm(s, dim, hid, &mean, dim, &self.d0, &mut y0, hid, 0.0);
        relu(&mut y0);
        let mut y1 = vec![0f32; s * hid];
        gemm(s, dim, hid, &mean, dim, &self.p1, &mut y1, hid, 0.0);
        gemm(s, hid, hid, &y0, hid, &self.d1, &mut y1, hid, 1.0);
        relu(&mut y1);
        let mut y2 = vec![0f32; s * dim];
        gemm(s, hid, dim, &y1, hid, &self.d2, &mut y2, dim, 0.0);
        relu(&mut y2);
        let mut z = vec![0f32; s * dim];
        gemm(s, hid, dim, &y1, hid, &self.p3, &mut z, dim, 0.0);
        gemm(s, dim, dim, &y2, dim, &self.d3, &mut z, dim, 1.0);
        for row in z.chunks_exact_mut(dim) {
            let mut ss = 0f64;
            for v in row.iter_mut() {
                *v = v.tanh();
                ss += f64::from(*v) * f64::from(*v);
            }
            let inv = 1.0 / (ss as f32).max(self.eps).sqrt();
            row.iter_mut().for_each(|v| *v *= inv);
            out.push(row.to_vec());
        }
    }
}

/// A run of consecutive tokens of one sentence inside a group: `lo..hi` is the
/// window extent (zero padding outside it), `core_lo..core_hi` the tokens
/// whose features count for the sentence.
struct Span {
    lo: usize,
    hi: usize,
    core_lo: usize,
    core_hi: usize,
    sentence: usize,
}

#[derive(Default)]
struct Group {
    ids: Vec<u32>,
    spans: Vec<Span>,
}

impl Group {
    fn clear(&mut self) {
        self.ids.clear();
        self.spans.clear();
    }
}

/// im2col for one n-gram branch: row `t` of `cols` is the concatenation of
/// the `order` source rows `t-left ..`, zeros where a slot leaves its span.
#[allow(clippy::too_many_arguments)]
fn window(
    src: &[f32],
    stride: usize,
    off: usize,
    width: usize,
    spans: &[Span],
    order: usize,
    left: usize,
    cols: &mut [f32],
) {
    let row_w = order * width;
    for sp in spans {
        for t in sp.lo..sp.hi {
            let row = &mut cols[t * row_w..][..row_w];
            for k in 0..order {
                let dst = &mut row[k * width..][..width];
                match (t + k).checked_sub(left) {
                    Some(s) if s >= sp.lo && s < sp.hi => dst.copy_from_slice(&src[s * stride + off..][..width]),
                    _ => dst.fill(0.0),
                }
            }
        }
    }
}

/// Layernorm of one row in place (statistics accumulated in f64).
fn layernorm(row: &mut [f32], gamma: &[f32], beta: &[f32], eps: f32) {
    let n = row.len() as f64;
    let mean = (row.iter().map(|&v| f64::from(v)).sum::<f64>() / n) as f32;
    let mut var = 0f64;
    for v in row.iter_mut() {
        *v -= mean;
        var += f64::from(*v) * f64::from(*v);
    }
    let inv = 1.0 / ((var / n) as f32 + eps).sqrt();
    for ((v, g), b) in row.iter_mut().zip(gamma).zip(beta) {
        *v = *v * inv * g + b;
    }
}

/// `C = A·B + beta·C` for row-major `A` (`m×k`, row stride `lda`), contiguous
/// `B` (`k×n`) and `C` (`m×n`, row stride `ldc`), via matrixmultiply's SGEMM.
#[allow(clippy::too_many_arguments)]
fn gemm(m: usize, k: usize, n: usize, a: &[f32], lda: usize, b: &[f32], c: &mut [f32], ldc: usize, beta: f32) {
    if m == 0 || n == 0 {
        return;
    }
    // Bounds for every element sgemm touches; internal shape invariants.
    assert!(lda >= k && ldc >= n);
    assert!(a.len() >= (m - 1) * lda + k, "gemm: A too short");
    assert!(b.len() >= k * n, "gemm: B too short");
    assert!(c.len() >= (m - 1) * ldc + n, "gemm: C too short");
    // SAFETY: the asserts above guarantee that every index sgemm reads from
    // `a` (i*lda + l), `b` (l*n + j) and writes in `c` (i*ldc + j) for i < m,
    // l < k, j < n is inside the respective slice; `c` is borrowed mutably and
    // so does not alias `a` or `b`.
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            1.0,
            a.as_ptr(),
            lda as isize,
            1,
            b.as_ptr(),
            n as isize,
            1,
            beta,
            c.as_mut_ptr(),
            ldc as isize,
            1,
        );
    }
}
