/// Orders derived names so that each comes after the names it uses, and finds cycles.
enum DerivedOrder {
    /// Names in dependency order, and the cycles found.
    struct Result {
        /// Indices into the derived list: usable names in dependency order, then blocked ones in file order.
        var order: [Int]
        /// Indices of names that are on a cycle or use one.
        var blocked: Set<Int>
        /// Each cycle once, as indices starting at its earliest name, with that name repeated at the end.
        var cycles: [[Int]]
    }

    /// Orders `dependencies.count` names given, for each, the indices of the names it uses.
    ///
    /// A depth-first search in file order, iterative so that long chains cannot overflow the stack.
    /// - Complexity: O(names + uses).
    static func order(dependencies: [Set<Int>]) -> Result {
        let count = dependencies.count
        let sortedDependencies = dependencies.map { $0.filter { $0 >= 0 && $0 < count }.sorted() }
        var state = [UInt8](repeating: 0, count: count)  // 0 new, 1 on the path, 2 done
        var postOrder: [Int] = []
        var cycles: [[Int]] = []
        var cycleMembers = Set<Int>()
        for root in 0..<count where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let dependencies = sortedDependencies[top.node]
                guard top.next < dependencies.count else {
                    stack.removeLast()
                    state[top.node] = 2
                    postOrder.append(top.node)
                    continue
                }
                stack[stack.count - 1].next += 1
                let dependency = dependencies[top.next]
                if state[dependency] == 0 {
                    state[dependency] = 1
                    stack.append((dependency, 0))
                } else if state[dependency] == 1, let start = stack.firstIndex(where: { $0.node == dependency }) {
                    let members = stack[start...].map(\.node)
                    guard Set(members).isDisjoint(with: cycleMembers) else { continue }
                    cycleMembers.formUnion(members)
                    let first = members.firstIndex(of: members.min() ?? dependency) ?? 0
                    let rotated = Array(members[first...] + members[..<first])
                    cycles.append(rotated + [rotated[0]])
                }
            }
        }
        var blocked = cycleMembers
        for node in postOrder where sortedDependencies[node].contains(where: blocked.contains) {
            blocked.insert(node)
        }
        let usable = postOrder.filter { !blocked.contains($0) }
        return Result(order: usable + blocked.sorted(), blocked: blocked, cycles: cycles.sorted { $0[0] < $1[0] })
    }
}
