extension NeighbourhoodLayout {
    /// The arithmetic of one attempt at placing the neighbours.
    struct Geometry {
        struct Placement {
            var positions: [Point]
            var labels: [PlacedLabel]
            var spokes: [Spoke?]
        }

        let items: [Item]
        let centerBox: Box
        let directions: [Point]
        let onOuterRing: [Bool]
        let relations: [String]
        let relationWidths: [Double]
        /// Each neighbour's name as drawn, and its width: measured once, not per attempt.
        let names: [String]
        let nameWidths: [Double]
        /// How far from the middle a spoke label must start so that labels
        /// on neighbouring spokes do not touch.
        let minimumLabelDistance: Double

        init(items: [Item], centerBox: Box) {
            self.items = items
            self.centerBox = centerBox
            let count = items.count
            let step = 2 * Double.pi / Double(count)
            // Starts half a step past the top so that two neighbours sit
            // left and right and one sits below, not on the spoke's label.
            directions = (0..<count).map { Point.unit(angle: -Double.pi / 2 + step / 2 + step * Double($0)) }
            onOuterRing = (0..<count).map { count > NeighbourhoodLayout.singleRingLimit && $0 % 2 == 1 }
            relations = items.map {
                $0.hasSpoke
                    ? TextMetrics.fit($0.relation, maxWidth: NeighbourhoodLayout.relationWidth, fontSize: NeighbourhoodLayout.fontSize)
                    : ""
            }
            relationWidths = relations.map { TextMetrics.width($0, fontSize: NeighbourhoodLayout.fontSize) }
            names = items.map { TextMetrics.fit($0.node.label, maxWidth: NeighbourhoodLayout.labelWidth, fontSize: NeighbourhoodLayout.fontSize) }
            nameWidths = names.map { TextMetrics.width($0, fontSize: NeighbourhoodLayout.fontSize) }
            // Labels on spokes an angle `step` apart are `r·sin(step)` apart
            // at distance r; they need a line's height plus a little.
            minimumLabelDistance = count >= 3 ? (NeighbourhoodLayout.fontSize + 3) / Trig.sinCos(min(step, Double.pi / 2)).sin : 0
        }

        /// Distance from the middle to the edge of the middle box along `u`.
        func boxEdge(_ u: Point) -> Double {
            let across = abs(u.x) > 1e-9 ? centerBox.maxX / abs(u.x) : .infinity
            let down = abs(u.y) > 1e-9 ? centerBox.maxY / abs(u.y) : .infinity
            return min(across, down)
        }

        /// Where spoke `i`'s label may begin and end, for an inner ring radius.
        func labelBand(_ i: Int, innerRadius: Double) -> (start: Double, end: Double) {
            let arrowAtCenter = items[i].arrowAtCenter ? Arrowhead.length : 0
            // Labels of both rings share the band inside the inner ring, so
            // an outer spoke's label never meets an inner neighbour's name.
            let arrowAtNeighbour = items[i].arrowAtNeighbour && !onOuterRing[i] ? Arrowhead.length : 0
            return (
                boxEdge(directions[i]) + 2 + arrowAtCenter + 4,
                innerRadius - NeighbourhoodLayout.nodeRadius - 2 - arrowAtNeighbour - 4
            )
        }

        /// The least inner radius at which every spoke label fits its band.
        func smallestInnerRadius() -> Double {
            var radius = 0.0
            for i in items.indices {
                let w = relationWidths[i]
                let zero = labelBand(i, innerRadius: 0)
                // Band long enough for the text plus breathing room…
                radius = max(radius, zero.start - zero.end + w + 12, boxEdge(directions[i]) + 36 + NeighbourhoodLayout.nodeRadius)
                // …and centred far enough out to clear the neighbouring spokes' labels.
                if w > 0 { radius = max(radius, 2 * minimumLabelDistance + w - zero.start - zero.end) }
            }
            return radius.rounded(.up)
        }

        /// A stretch of line that labels must keep clear of.
        private struct Segment {
            var start: Point
            var end: Point
        }

        /// Positions, spokes and labels at these radii, or nil if something
        /// would overlap (unless `force`, which takes the first label place).
        ///
        /// A layout tries a dozen radii on average, so the collision tests
        /// run on plain geometry; the drawn spokes are built once, at the end.
        ///
        /// `stuck` is the item whose name found no place in the previous
        /// attempt (updated here): it is tried first against everything but
        /// the other names, and when it fits nowhere even so, the attempt
        /// fails at once, as in full it would.
        func place(innerRadius: Double, ringGap: Double, force: Bool = false, stuck: inout Int?) -> Placement? {
            let r = NeighbourhoodLayout.nodeRadius
            let positions = items.indices.map { directions[$0] * (innerRadius + (onOuterRing[$0] ? ringGap : 0)) }
            let dots = positions.map { Box(center: $0, radius: r) }
            var spokeLines: [Segment?] = []
            var labelLines: [Segment?] = []
            spokeLines.reserveCapacity(items.count)
            labelLines.reserveCapacity(items.count)
            for i in items.indices {
                guard items[i].hasSpoke else {
                    spokeLines.append(nil)
                    labelLines.append(nil)
                    continue
                }
                spokeLines.append(spokeLine(i, to: positions[i]))
                guard !relations[i].isEmpty else {
                    labelLines.append(nil)
                    continue
                }
                // The stretch of spoke the rotated label covers, as PlacedLabel.along places it.
                let origin = labelOrigin(i, innerRadius: innerRadius)
                let d = PlacedLabel.reading(directions[i]).direction
                let half = relationWidths[i] / 2
                labelLines.append(Segment(start: origin - d * half, end: origin + d * half))
            }
            func candidates(_ i: Int) -> [PlacedLabel] {
                LabelCandidates.around(
                    names[i], center: positions[i], radius: r, outward: directions[i], fontSize: NeighbourhoodLayout.fontSize, width: nameWidths[i])
            }
            if !force, let k = stuck, k < items.count,
                !candidates(k).contains(where: { labelClear($0.box, owner: k, dots: dots, spokes: spokeLines, spokeLabels: labelLines, placed: []) }) {
                return nil
            }
            if !force && !nodesClear(positions, dots: dots, spokes: spokeLines) { return nil }
            var labels: [PlacedLabel] = []
            var placed: [Box] = []
            for i in items.indices {
                let candidates = candidates(i)
                let fits = candidates.first { labelClear($0.box, owner: i, dots: dots, spokes: spokeLines, spokeLabels: labelLines, placed: placed) }
                guard let chosen = fits ?? (force ? candidates[0] : nil) else {
                    stuck = i
                    return nil
                }
                labels.append(chosen)
                placed.append(chosen.box)
            }
            return Placement(positions: positions, labels: labels, spokes: spokes(innerRadius: innerRadius, positions: positions))
        }

        /// The spokes as drawn, with their labels.
        private func spokes(innerRadius: Double, positions: [Point]) -> [Spoke?] {
            items.indices.map { i in
                guard items[i].hasSpoke else { return nil }
                let line = spokeLine(i, to: positions[i])
                let label = relations[i].isEmpty
                    ? nil
                    : PlacedLabel.along(
                        relations[i], origin: labelOrigin(i, innerRadius: innerRadius), direction: directions[i], anchor: .middle,
                        fontSize: NeighbourhoodLayout.fontSize, width: relationWidths[i])
                return Spoke(start: line.start, end: line.end, label: label)
            }
        }

        /// Spoke `i` from the edge of the middle box to the edge of the dot at `position`.
        private func spokeLine(_ i: Int, to position: Point) -> Segment {
            let u = directions[i]
            return Segment(start: u * (boxEdge(u) + 2), end: position - u * (NeighbourhoodLayout.nodeRadius + 2))
        }

        /// The middle of spoke `i`'s label band, where its label is centred.
        private func labelOrigin(_ i: Int, innerRadius: Double) -> Point {
            let band = labelBand(i, innerRadius: innerRadius)
            return directions[i] * ((band.start + band.end) / 2)
        }

        /// Dots apart from each other and the middle box, and no spoke through another's dot.
        private func nodesClear(_ positions: [Point], dots: [Box], spokes: [Segment?]) -> Bool {
            let r = NeighbourhoodLayout.nodeRadius
            for i in positions.indices {
                if dots[i].expanded(by: 4).intersects(centerBox) { return false }
                for j in positions.indices where j > i {
                    if positions[i].distance(to: positions[j]) < 2 * r + 6 { return false }
                }
                let grown = dots[i].expanded(by: 2)
                for j in spokes.indices where j != i {
                    if let spoke = spokes[j], grown.intersects(segmentFrom: spoke.start, to: spoke.end) { return false }
                }
            }
            return true
        }

        /// A label box clear of the middle box, other dots, placed labels,
        /// other spokes and the spoke labels.
        private func labelClear(_ box: Box, owner: Int, dots: [Box], spokes: [Segment?], spokeLabels: [Segment?], placed: [Box]) -> Bool {
            let padded = box.expanded(by: 2)
            if padded.intersects(centerBox) { return false }
            for j in dots.indices where j != owner && padded.intersects(dots[j]) { return false }
            for other in placed where padded.intersects(other) { return false }
            // The spoke labels are rotated boxes: test the stretch of spoke
            // each covers, widened by half a line.
            let grown = box.expanded(by: NeighbourhoodLayout.fontSize * 0.6)
            for j in spokes.indices {
                guard let spoke = spokes[j] else { continue }
                if j != owner && padded.intersects(segmentFrom: spoke.start, to: spoke.end) { return false }
                if let label = spokeLabels[j], grown.intersects(segmentFrom: label.start, to: label.end) { return false }
            }
            return true
        }
    }
}
