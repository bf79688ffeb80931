//! A compact arena DOM built by html5ever, and iterative walks over it.
//!
//! Nodes live in one `Vec` and point at each other by index, so building is
//! cheap and dropping a 100,000-level-deep tree cannot overflow the stack
//! (there is no recursive `Drop`). Every walk here uses an explicit stack for
//! the same reason.

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{parse_document, Attribute, LocalName, QualName};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = usize;

/// What a node is.
#[derive(Debug)]
pub enum NodeData {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
    },
    Text(StrTendril),
    /// Comments, doctypes, processing instructions: never text.
    Other,
}

/// One node and its links.
#[derive(Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev: Option<NodeId>,
    pub next: Option<NodeId>,
    pub data: NodeData,
}

/// A parsed HTML document.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

/// Root of the document.
pub const ROOT: NodeId = 0;

impl Dom {
    /// Parses an HTML document (any input is accepted, as in a browser).
    ///
    /// ```
    /// let dom = dyad_ingest::html::dom::Dom::parse("<p>Hello <b>world</b>");
    /// let p = dom.find_first(dyad_ingest::html::dom::ROOT, "p").unwrap();
    /// assert_eq!(dom.text_of(p), "Hello world");
    /// ```
    pub fn parse(html: &str) -> Dom {
        let sink = Sink {
            nodes: RefCell::new(vec![Node::new(NodeData::Document)]),
        };
        parse_document(sink, Default::default()).one(html)
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Lower-case local name of an element, or `None` for other nodes.
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    /// An attribute's value.
    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { attrs, .. } => attrs.iter().find(|a| &*a.name.local == key).map(|a| &*a.value),
            _ => None,
        }
    }

    /// Children of a node, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id].first_child,
        }
    }

    /// All descendants of `id` (not `id` itself) in document order.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: self.nodes[id].first_child,
        }
    }

    /// First descendant element with this tag name.
    pub fn find_first(&self, id: NodeId, tag: &str) -> Option<NodeId> {
        self.descendants(id).find(|&n| self.tag(n) == Some(tag))
    }

    /// Concatenated text of a subtree with whitespace collapsed.
    pub fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let NodeData::Text(t) = &self.nodes[n].data {
                out.push_str(t);
            }
        }
        collapse_ws(&out)
    }

    /// Ancestors of a node, nearest first (not the node itself).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent, move |&p| self.nodes[p].parent)
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.dom.nodes[cur].next;
        Some(cur)
    }
}

/// Pre-order walk without recursion: first child, else next sibling, else
/// the next sibling of the nearest ancestor below the root.
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Descendants<'_> {
    /// Skips the subtree of the node last returned.
    pub fn skip_subtree(&mut self, last: NodeId) {
        self.next = self.after(last);
    }

    fn after(&self, mut n: NodeId) -> Option<NodeId> {
        loop {
            if n == self.root {
                return None;
            }
            if let Some(s) = self.dom.nodes[n].next {
                return Some(s);
            }
            n = self.dom.nodes[n].parent?;
        }
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = match self.dom.nodes[cur].first_child {
            Some(c) => Some(c),
            None => self.after(cur),
        };
        Some(cur)
    }
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node {
            parent: None,
            first_child: None,
            last_child: None,
            prev: None,
            next: None,
            data,
        }
    }
}

/// Handles carry the element name so `elem_name` can borrow it without
/// borrowing the node vector (which the tree builder may be mutating).
#[derive(Clone)]
struct Handle {
    id: NodeId,
    name: Option<Rc<QualName>>,
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

impl Sink {
    fn new_node(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &mut nodes[id];
            (n.parent.take(), n.prev.take(), n.next.take())
        };
        match next {
            Some(nx) => nodes[nx].prev = prev,
            None => {
                if let Some(p) = parent {
                    nodes[p].last_child = prev;
                }
            }
        }
        match prev {
            Some(pv) => nodes[pv].next = next,
            None => {
                if let Some(p) = parent {
                    nodes[p].first_child = next;
                }
            }
        }
    }

    fn append_id(nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        nodes[child].parent = Some(parent);
        if let Some(last) = nodes[parent].last_child {
            nodes[child].prev = Some(last);
            nodes[last].next = Some(child);
        } else {
            nodes[parent].first_child = Some(child);
        }
        nodes[parent].last_child = Some(child);
    }

    fn insert_before_id(nodes: &mut [Node], sibling: NodeId, new: NodeId) {
        Self::detach(nodes, new);
        let parent = nodes[sibling].parent;
        nodes[new].parent = parent;
        nodes[new].next = Some(sibling);
        if let Some(prev) = nodes[sibling].prev {
            nodes[new].prev = Some(prev);
            nodes[prev].next = Some(new);
        } else if let Some(p) = parent {
            nodes[p].first_child = Some(new);
        }
        nodes[sibling].prev = Some(new);
    }

    /// Appends text to `prev` when it is a text node (adjacent text merges).
    fn merge_text(nodes: &mut [Node], prev: Option<NodeId>, text: &StrTendril) -> bool {
        if let Some(p) = prev {
            if let NodeData::Text(t) = &mut nodes[p].data {
                t.push_tendril(text);
                return true;
            }
        }
        false
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Dom;
    type ElemName<'a> = &'a QualName;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle { id: ROOT, name: None }
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> &'a QualName {
        // The tree builder only asks for names of elements; a document
        // handle never reaches here. Fall back to a static name anyway.
        static EMPTY: std::sync::OnceLock<QualName> = std::sync::OnceLock::new();
        target
            .name
            .as_deref()
            .unwrap_or_else(|| EMPTY.get_or_init(|| QualName::new(None, html5ever::ns!(), LocalName::from(""))))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _flags: ElementFlags) -> Handle {
        let rc = Rc::new(name.clone());
        let id = self.new_node(NodeData::Element { name, attrs });
        Handle { id, name: Some(rc) }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        Handle {
            id: self.new_node(NodeData::Other),
            name: None,
        }
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        Handle {
            id: self.new_node(NodeData::Other),
            name: None,
        }
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendNode(n) => Self::append_id(&mut self.nodes.borrow_mut(), parent.id, n.id),
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                let last = nodes[parent.id].last_child;
                if !Self::merge_text(&mut nodes, last, &text) {
                    nodes.push(Node::new(NodeData::Text(text)));
                    let id = nodes.len() - 1;
                    Self::append_id(&mut nodes, parent.id, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &Handle, prev_element: &Handle, child: NodeOrText<Handle>) {
        let has_parent = self.nodes.borrow()[element.id].parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child)
        } else {
            self.append(prev_element, child)
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        // Template contents are inert; keeping them under the template
        // element is harmless because extraction skips <template>.
        target.clone()
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(n) => Self::insert_before_id(&mut nodes, sibling.id, n.id),
            NodeOrText::AppendText(text) => {
                let prev = nodes[sibling.id].prev;
                if !Self::merge_text(&mut nodes, prev, &text) {
                    nodes.push(Node::new(NodeData::Text(text)));
                    let id = nodes.len() - 1;
                    Self::insert_before_id(&mut nodes, sibling.id, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, new: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element { attrs, .. } = &mut nodes[target.id].data {
            for a in new {
                if !attrs.iter().any(|e| e.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        Self::detach(&mut self.nodes.borrow_mut(), target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let mut next = nodes[node.id].first_child;
        while let Some(c) = next {
            next = nodes[c].next;
            Self::append_id(&mut nodes, new_parent.id, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_tree_and_walks_in_order() {
        let dom = Dom::parse("<html><head><title>T</title></head><body><p>a<i>b</i>c</p><p>d</p></body></html>");
        let body = dom.find_first(ROOT, "body").unwrap();
        assert_eq!(dom.text_of(body), "abcd");
        let ps: Vec<_> = dom.descendants(ROOT).filter(|&n| dom.tag(n) == Some("p")).collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(dom.children(body).count(), 2);
    }

    #[test]
    fn misnested_markup_is_repaired() {
        let dom = Dom::parse("<p>one<b>two<p>three</b>four");
        assert_eq!(dom.text_of(ROOT), "onetwothreefour");
    }
}
