// SPDX-License-Identifier: GPL-3.0-or-later
// One tile of the wall: the picture (VideoOutput fed by the C++ frame pump through its
// videoSink), an overlay with the camera name and live state, and drop/drag/double-click.
// A PTZ camera's tile has a 云台 switch: then a drag on the picture turns the camera (the
// farther from where it started, the faster), the pad has arrows, zoom and presets, and the
// keyboard works on the selected tile: arrows, +/−, 1–4 presets (Ctrl+1–4 stores one).
import QtQuick
import QtQuick.Controls
import QtMultimedia
import CityCommand.VideoWall

Rectangle {
    id: root
    required property WallController wall
    required property int tileIndex
    required property WallTile tile
    readonly property bool playing: tile.state === WallTile.Playing
    readonly property bool ptzMode: wall.ptzTile === tileIndex
    readonly property bool ptzOn: ptzMode && tile.ptz.available && !tile.playback.active
    // The video analytics' zones of this camera, redrawn when any zone or the camera changes.
    // (Both read in the expression: a bare statement would be compiled away, and with it the
    // binding's dependency.)
    readonly property var zones: root.wall.zonesRevision >= 0 && root.tile.cameraId !== undefined
                                 ? root.wall.zonesOf(root.tileIndex) : []
    // Drawing a zone: its kind ("" = not drawing) and the corners so far (normalized x, y).
    property string drawKind: ""
    property var drawPoints: []
    function kindColor(key) {
        for (const k of root.wall.zoneKinds)
            if (k.key === key)
                return k.color
        return "#ffffff"
    }
    function kindName(key) {
        for (const k of root.wall.zoneKinds)
            if (k.key === key)
                return k.name
        return key
    }
    function finishDrawing() {
        if (drawPoints.length >= 3)
            zoneDialog.open()
        else
            drawKind = ""
    }
    readonly property color stateColor: {
        switch (tile.state) {
        case WallTile.Connecting: return "#e0b040"
        case WallTile.Playing: return "#3cc46a"
        case WallTile.Stalled: return "#e08a30"
        case WallTile.Reconnecting: return "#e07030"
        case WallTile.Offline: return "#d04040"
        default: return "#5c6b80"
        }
    }

    objectName: "tile" + tileIndex
    color: "#05080d"
    border.width: drop.containsDrag || activeFocus ? 2 : 1
    border.color: drop.containsDrag ? "#8fc4ea" : (activeFocus ? "#5f8fc0" : "#24344d")

    // The keyboard drives a PTZ camera on the selected tile (auto-repeat ignored: held = moving).
    function keyVelocity(key) {
        switch (key) {
        case Qt.Key_Left: return [-0.5, 0, 0]
        case Qt.Key_Right: return [0.5, 0, 0]
        case Qt.Key_Up: return [0, 0.5, 0]
        case Qt.Key_Down: return [0, -0.5, 0]
        case Qt.Key_Plus: case Qt.Key_Equal: return [0, 0, 0.5]
        case Qt.Key_Minus: return [0, 0, -0.5]
        default: return null
        }
    }
    Keys.onPressed: (event) => {
        if (root.drawKind !== "") {
            if (event.key === Qt.Key_Escape) { root.drawKind = ""; root.drawPoints = []; event.accepted = true }
            else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) { root.finishDrawing(); event.accepted = true }
            return
        }
        if (!root.tile.ptz.available || root.tile.playback.active)
            return
        const v = keyVelocity(event.key)
        if (v) {
            if (!event.isAutoRepeat)
                root.tile.ptz.move(v[0], v[1], v[2])
            event.accepted = true
        } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_4) {
            const slot = event.key - Qt.Key_0
            if (event.modifiers & Qt.ControlModifier)
                root.tile.ptz.setPreset(slot)
            else
                root.tile.ptz.gotoPreset(slot)
            event.accepted = true
        }
    }
    Keys.onReleased: (event) => {
        if (root.tile.ptz.available && !event.isAutoRepeat && keyVelocity(event.key)) {
            root.tile.ptz.stop()
            event.accepted = true
        }
    }

    VideoOutput {
        id: video
        anchors.fill: parent
        anchors.margins: 1
        fillMode: VideoOutput.PreserveAspectFit
        Component.onCompleted: root.wall.attachSink(root.tileIndex, video.videoSink)
        Component.onDestruction: root.wall.detachSink(root.tileIndex, video.videoSink)
    }

    // Zones over the picture (its content rectangle: the video keeps its aspect), and the one
    // being drawn with its corners.
    Canvas {
        id: zoneCanvas
        objectName: "zoneCanvas"
        // Before the first picture the whole tile (16:9 pictures fill most of it anyway).
        readonly property bool hasPicture: video.contentRect.width > 0 && video.contentRect.height > 0
        x: video.x + (hasPicture ? video.contentRect.x : 0)
        y: video.y + (hasPicture ? video.contentRect.y : 0)
        width: hasPicture ? video.contentRect.width : video.width
        height: hasPicture ? video.contentRect.height : video.height
        visible: root.tile.cameraId !== "" && (root.zones.length > 0 || root.drawKind !== "")
        property var zones: root.zones
        property var drawing: root.drawPoints
        onZonesChanged: requestPaint()
        onDrawingChanged: requestPaint()
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        function polygon(ctx, pts) {
            ctx.beginPath()
            for (let i = 0; i + 1 < pts.length; i += 2) {
                if (i === 0) ctx.moveTo(pts[i] * width, pts[i + 1] * height)
                else ctx.lineTo(pts[i] * width, pts[i + 1] * height)
            }
        }
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.lineWidth = 2
            ctx.font = "bold 12px sans-serif"
            for (const z of zones) {
                const c = root.kindColor(z.kind)
                polygon(ctx, z.points); ctx.closePath()
                ctx.globalAlpha = 0.18; ctx.fillStyle = c; ctx.fill()
                ctx.globalAlpha = 0.9; ctx.strokeStyle = c; ctx.stroke()
                ctx.fillText(z.name + " · " + root.kindName(z.kind), z.points[0] * width + 4, z.points[1] * height + 14)
            }
            if (root.drawKind !== "" && drawing.length > 0) {
                ctx.globalAlpha = 1; ctx.strokeStyle = root.kindColor(root.drawKind); ctx.fillStyle = ctx.strokeStyle
                polygon(ctx, drawing); ctx.stroke()
                for (let i = 0; i + 1 < drawing.length; i += 2)
                    ctx.fillRect(drawing[i] * width - 3, drawing[i + 1] * height - 3, 6, 6)
            }
        }
    }

    // Drawing: a click adds a corner, a double-click or Enter closes the zone, Esc drops it.
    MouseArea {
        id: zoneDraw
        objectName: "zoneDraw"
        anchors.fill: zoneCanvas
        z: 4
        visible: root.drawKind !== ""
        cursorShape: Qt.CrossCursor
        onClicked: (event) => {
            root.forceActiveFocus()
            root.drawPoints = root.drawPoints.concat([Math.max(0, Math.min(1, event.x / width)),
                                                      Math.max(0, Math.min(1, event.y / height))])
        }
        onDoubleClicked: root.finishDrawing()
    }
    Text {
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 8 }
        z: 4
        visible: root.drawKind !== ""
        text: qsTr("Drawing a %1: click the corners, double-click or Enter to finish, Esc to cancel").arg(root.kindName(root.drawKind))
        color: "#ffffff"
        style: Text.Outline
        styleColor: "#000000"
        font.pixelSize: 12
    }

    function reportSize() {
        root.wall.setTilePixelSize(tileIndex, width * Screen.devicePixelRatio, height * Screen.devicePixelRatio)
    }
    onWidthChanged: reportSize()
    onHeightChanged: reportSize()
    Component.onCompleted: reportSize()

    // Title bar: name and a state dot (above the mouse areas: its 云台 switch takes clicks).
    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 1 }
        z: 3
        height: title.implicitHeight + 6
        color: "#b0101a28"
        visible: root.tile.cameraId !== ""
        Row {
            anchors { left: parent.left; leftMargin: 6; verticalCenter: parent.verticalCenter }
            spacing: 6
            Rectangle { width: 8; height: 8; radius: 4; color: root.stateColor; anchors.verticalCenter: parent.verticalCenter }
            // 云台: the PTZ controls on this tile.
            Rectangle {
                objectName: "ptzSwitch"
                visible: root.tile.ptz.available
                width: ptzLabel.implicitWidth + 8
                height: ptzLabel.implicitHeight + 2
                radius: 3
                color: root.ptzMode ? "#3c7ec4" : "#33445a"
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    id: ptzLabel
                    anchors.centerIn: parent
                    //: 云台: pan/tilt/zoom controls of the camera
                    text: qsTr("PTZ")
                    color: "#e8eef6"
                    font.pixelSize: 11
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: { root.wall.ptzTile = root.ptzMode ? -1 : root.tileIndex; root.forceActiveFocus() }
                }
            }
            Text {
                id: title
                text: root.tile.cameraName + (root.tile.playback.active ? "  ·  " + qsTr("Playback") + "  " + root.tile.playback.positionText
                                                                   : (root.tile.onMain ? "  ·  " + qsTr("HD") : ""))
                color: "#e8eef6"
                font.pixelSize: Math.max(10, Math.min(14, root.height / 18))
                elide: Text.ElideRight
                width: root.width - 30 - (root.tile.ptz.available ? ptzLabel.implicitWidth + 14 : 0)
            }
        }
    }

    // State text while not playing: connecting, stalled, reconnecting with countdown, offline + reason.
    Text {
        anchors.centerIn: parent
        width: parent.width - 16
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: !root.playing || (root.tile.playback.active && root.tile.playback.stateText !== "" && root.tile.playback.positionText === "")
        text: root.tile.statusText
        color: root.tile.state === WallTile.Offline ? "#ff8080" : "#c8d4e4"
        font.pixelSize: Math.max(10, Math.min(15, root.height / 16))
        style: Text.Outline
        styleColor: "#000000"
    }

    // On demand: fps, bitrate, frame age.
    Text {
        anchors { left: parent.left; bottom: parent.bottom; margins: 4 }
        visible: root.wall.showStats && root.tile.cameraId !== ""
        text: root.tile.statsText
        color: "#a8f0c0"
        font.pixelSize: Math.max(9, Math.min(12, root.height / 22))
        style: Text.Outline
        styleColor: "#000000"
    }

    // Playback: the timeline (recorded spans in a 20-minute window, click to seek), speed,
    // pause, frame step and back to live.
    PlaybackBar {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 1 }
        z: 2
        visible: root.tile.playback.active
        playback: root.tile.playback
        wall: root.wall
        tileIndex: root.tileIndex
    }

    // Drag this tile onto another to swap them.
    Item {
        id: dragProxy
        property int tileIndex: root.tileIndex
        width: 120; height: 30
        Drag.active: mouse.drag.active
        Drag.keys: ["tile"]
        Drag.hotSpot.x: 60; Drag.hotSpot.y: 15
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        drag.target: root.tile.cameraId !== "" ? dragProxy : null
        onDoubleClicked: root.wall.toggleFocus(root.tileIndex)
        onPressed: (event) => { root.forceActiveFocus(); if (event.button === Qt.RightButton) menu.popup() }
        onReleased: { dragProxy.Drag.drop(); dragProxy.x = 0; dragProxy.y = 0 }
    }

    // PTZ on: a drag turns the camera instead of moving the tile.
    MouseArea {
        id: ptzDrag
        objectName: "ptzDrag"
        anchors.fill: parent
        z: 1
        visible: root.ptzOn
        property point origin
        cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        onPressed: (event) => { root.forceActiveFocus(); origin = Qt.point(event.x, event.y) }
        onPositionChanged: (event) => {
            const reach = Math.max(40, Math.min(width, height) / 3)
            const q = (v) => Math.round(Math.max(-1, Math.min(1, v)) * 10) / 10
            root.tile.ptz.move(q((event.x - origin.x) / reach), q((origin.y - event.y) / reach), 0)
        }
        onReleased: root.tile.ptz.stop()
        onCanceled: root.tile.ptz.stop()
        onWheel: (wheel) => {
            root.tile.ptz.move(0, 0, wheel.angleDelta.y > 0 ? 0.5 : -0.5)
            wheelStop.restart()
        }
        onDoubleClicked: root.wall.toggleFocus(root.tileIndex)
        Timer { id: wheelStop; interval: 300; onTriggered: root.tile.ptz.stop() }
    }

    PtzPad {
        anchors { right: parent.right; bottom: parent.bottom; margins: 6 }
        z: 2
        visible: root.ptzOn
        ptz: root.tile.ptz
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["camera", "tile"]
        onDropped: (event) => {
            if (event.keys.indexOf("camera") >= 0)
                root.wall.assignCamera(root.tileIndex, event.source.cameraId)
            else if (event.source.tileIndex !== root.tileIndex)
                root.wall.swapTiles(event.source.tileIndex, root.tileIndex)
        }
    }

    Menu {
        id: menu
        MenuItem { text: qsTr("Snapshot (PNG)"); enabled: root.playing; onTriggered: root.wall.snapshot(root.tileIndex, root.wall.snapshotDirectory) }
        MenuItem {
            text: qsTr("Report a case with this snapshot…")
            enabled: root.playing && root.wall.canReportCases
            onTriggered: reportDialog.open()
        }
        MenuItem {
            text: qsTr("Play back from 5 minutes ago")
            enabled: root.tile.cameraId !== "" && root.wall.canPlayBack && !root.tile.playback.active
            onTriggered: root.wall.startPlayback(root.tileIndex, root.wall.minutesAgoMs(5))
        }
        MenuItem {
            text: qsTr("Back to live")
            enabled: root.tile.playback.active
            onTriggered: root.tile.playback.backToLive()
        }
        MenuItem { text: root.wall.focusedTile === root.tileIndex ? qsTr("Back to the layout") : qsTr("Show 1×1"); onTriggered: root.wall.toggleFocus(root.tileIndex) }
        // How RTP travels from this camera: automatic (TCP, then UDP, then multicast) or pinned.
        Menu {
            title: qsTr("Transport")
            enabled: root.tile.cameraId !== ""
            Repeater {
                model: root.wall.transportChoices
                MenuItem {
                    required property var modelData
                    text: modelData.name
                    checkable: true
                    checked: root.tile.transportSetting === modelData.key
                    onTriggered: root.wall.setCameraTransport(root.tileIndex, modelData.key)
                }
            }
        }
        // 区域规则: zones of the video analytics on this camera.
        Menu {
            title: qsTr("Zone rules…")
            enabled: root.tile.cameraId !== "" && root.wall.canEditZones
            Repeater {
                model: root.wall.zoneKinds
                MenuItem {
                    required property var modelData
                    text: qsTr("Draw: %1").arg(modelData.name)
                    onTriggered: { root.drawPoints = []; root.drawKind = modelData.key; root.forceActiveFocus() }
                }
            }
            MenuItem {
                text: qsTr("Remove this camera's zones (%1)").arg(root.zones.length)
                enabled: root.zones.length > 0
                onTriggered: root.wall.clearZones(root.tileIndex)
            }
        }
        MenuItem { text: qsTr("Remove camera"); enabled: root.tile.cameraId !== ""; onTriggered: root.wall.clearTile(root.tileIndex) }
    }

    // A drawn zone: its name and how long an object may rest in it before it is a finding.
    Dialog {
        id: zoneDialog
        objectName: "zoneDialog"
        title: qsTr("New zone: %1").arg(root.kindName(root.drawKind))
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        Column {
            spacing: 8
            Label { text: qsTr("Name") }
            TextField { id: zoneName; objectName: "zoneName"; width: 280; text: root.kindName(root.drawKind) }
            Label { text: qsTr("A finding after an object rests this many minutes") }
            SpinBox { id: zoneMinutes; objectName: "zoneMinutes"; from: 1; to: 1440; value: 5; editable: true }
        }
        onAccepted: {
            root.wall.saveZone(root.tileIndex, root.drawKind, zoneName.text, root.drawPoints, zoneMinutes.value * 60)
            root.drawKind = ""; root.drawPoints = []
        }
        onRejected: { root.drawKind = ""; root.drawPoints = [] }
    }

    // A new case (channel: video) with the current frame as evidence; the camera gives the
    // place and the frame the time.
    Dialog {
        id: reportDialog
        title: qsTr("New case from %1").arg(root.tile.cameraName)
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        Column {
            spacing: 8
            Label { text: qsTr("Category") }
            ComboBox {
                id: category
                width: 320
                model: root.wall.reportCategories
                textRole: "name"
                valueRole: "key"
            }
            Label { text: qsTr("What is seen (optional)") }
            TextField { id: description; width: 320 }
        }
        onAccepted: { root.wall.reportCase(root.tileIndex, category.currentValue, description.text); description.text = "" }
    }
}
