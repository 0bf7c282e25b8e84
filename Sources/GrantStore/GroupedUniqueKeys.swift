/// Whether the keys of a group and an item (an area and year, and a project_id) are unique, told
/// quickly when the records of each group stand together, as they do in files kept by hand, by
/// spreadsheet or by csdash: each group's items go into a small set. The state is carried from one
/// block of a file to the next, so a file read in blocks is checked as if whole.
struct GroupedUniqueKeys<Group: Hashable, Item: Hashable> {
    private var groups: Set<Group> = []
    private var items: Set<Item> = []
    private var current: Group?

    /// False when the key may be shared: its group met again after another, or its item repeated
    /// in its group. Only a check of every key can then tell which rows share one.
    @inline(__always)
    mutating func add(group: Group, item: Item) -> Bool {
        if group != current {
            guard groups.insert(group).inserted else { return false }
            current = group
            items.removeAll(keepingCapacity: true)
        }
        return items.insert(item).inserted
    }
}
