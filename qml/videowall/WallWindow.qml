// SPDX-License-Identifier: GPL-3.0-or-later
// The video wall: its own top-level window (F11: full screen on the monitor it is on).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window

ApplicationWindow {
    id: win
    width: 1600
    height: 900
    title: qsTr("CityCommand — Video wall")
    color: "#0b121d"
    palette.window: "#0f1724"
    palette.windowText: "#d0d8e4"
    palette.base: "#111b2a"
    palette.text: "#d0d8e4"
    palette.button: "#131e2f"
    palette.buttonText: "#d0d8e4"
    palette.highlight: "#1f3a5f"
    palette.highlightedText: "#ffffff"
    palette.placeholderText: "#6b7d94"

    Shortcut { sequence: "F11"; onActivated: win.visibility === Window.FullScreen ? win.showNormal() : win.showFullScreen() }
    Shortcut { sequence: "Esc"; onActivated: wall.focusedTile >= 0 ? wall.toggleFocus(wall.focusedTile) : win.showNormal() }

    header: ToolBar {
        background: Rectangle { color: "#0b121d" }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            spacing: 4
            Label { text: qsTr("Layout"); color: "#9fb0c6" }
            Repeater {
                model: wall.layoutNames
                ToolButton {
                    required property string modelData
                    text: modelData
                    checkable: true
                    checked: wall.layoutName === modelData && wall.focusedTile < 0
                    onClicked: wall.setLayout(modelData)
                }
            }
            ToolSeparator {}
            Label { text: qsTr("Tour"); color: "#9fb0c6" }
            ComboBox {
                id: tourSection
                implicitWidth: 160
                model: [qsTr("All cameras")].concat(wall.cameras.sections())
            }
            SpinBox { id: dwell; from: 10; to: 600; value: 15; editable: true }
            ToolButton {
                text: wall.tourRunning ? qsTr("Stop") : qsTr("Start")
                onClicked: wall.tourRunning ? wall.stopTour()
                                            : wall.startTour(tourSection.currentIndex === 0 ? "" : tourSection.currentText, dwell.value)
            }
            ToolButton {
                enabled: wall.tourRunning
                text: wall.tourPaused ? qsTr("Resume") : qsTr("Pause")
                onClicked: wall.tourPaused ? wall.resumeTour() : wall.pauseTour()
            }
            Label {
                visible: wall.tourRunning
                color: "#e0b040"
                text: wall.tourPaused ? qsTr("paused") : qsTr("next page in %1 s").arg(wall.tourSecondsLeft)
            }
            ToolSeparator {}
            ComboBox {
                id: presets
                implicitWidth: 130
                model: wall.presetNames
                displayText: qsTr("Presets")
                onActivated: (i) => wall.loadPreset(wall.presetNames[i])
            }
            TextField { id: presetName; implicitWidth: 110; placeholderText: qsTr("Preset name") }
            ToolButton { text: qsTr("Save"); enabled: presetName.text.length > 0; onClicked: { wall.savePreset(presetName.text); presetName.text = "" } }
            Item { Layout.fillWidth: true }
            CheckBox { text: qsTr("Stats"); checked: wall.showStats; onToggled: wall.showStats = checked }
            ToolButton { text: win.visibility === Window.FullScreen ? qsTr("Window") : qsTr("Full screen"); onClicked: win.visibility === Window.FullScreen ? win.showNormal() : win.showFullScreen() }
        }
    }

    SplitView {
        anchors.fill: parent
        CameraPanel {
            SplitView.preferredWidth: 270
            SplitView.minimumWidth: 180
            onCameraActivated: (id) => {
                for (let i = 0; i < wall.cells.length; ++i) {
                    const t = wall.tiles[wall.cells[i].tile]
                    if (t.cameraId === "") { wall.assignCamera(t.index, id); return }
                }
                wall.assignCamera(wall.cells[0].tile, id)
            }
        }
        Item {
            id: grid
            SplitView.fillWidth: true
            Repeater {
                model: wall.cells
                Tile {
                    required property var modelData
                    tileIndex: modelData.tile
                    tile: wall.tiles[modelData.tile]
                    x: modelData.x * grid.width / wall.columns
                    y: modelData.y * grid.height / wall.rows
                    width: modelData.w * grid.width / wall.columns
                    height: modelData.h * grid.height / wall.rows
                }
            }
        }
    }

    footer: Label {
        padding: 4
        text: wall.message
        color: "#8fa3bd"
        background: Rectangle { color: "#0b121d" }
    }
}
