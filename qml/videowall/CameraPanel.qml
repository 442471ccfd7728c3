// SPDX-License-Identifier: GPL-3.0-or-later
// The camera tree: the city's cameras grouped by street group or unit grid, with search;
// drag a camera onto a tile, or double-click it to put it into the first free tile.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityCommand.VideoWall

Rectangle {
    id: panel
    required property WallController wall
    color: "#0f1724"
    signal cameraActivated(string cameraId)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 6
        spacing: 6
        TextField {
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search cameras (name, group, grid)")
            onTextChanged: panel.wall.cameras.filter = text
        }
        RowLayout {
            Label { text: qsTr("Group by"); color: "#9fb0c6" }
            ComboBox {
                Layout.fillWidth: true
                model: [qsTr("Street group"), qsTr("Unit grid")]
                onActivated: (i) => panel.wall.cameras.byGrid = (i === 1)
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.wall.cameras
            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: Rectangle {
                required property string section
                width: ListView.view.width
                height: 26
                color: "#131e2f"
                Text { anchors.verticalCenter: parent.verticalCenter; x: 6; text: "▾ " + (parent.section || qsTr("(no group)")); color: "#8fc4ea"; font.bold: true }
            }
            delegate: Item {
                id: row
                required property string cameraId
                required property string name
                required property string grid
                required property bool ptz
                objectName: "camera-" + cameraId
                width: ListView.view.width
                height: 30
                Rectangle { anchors.fill: parent; color: rowMouse.containsMouse ? "#1f3a5f" : "transparent" }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 18
                    width: parent.width - 24
                    elide: Text.ElideRight
                    text: "● " + row.name + (row.ptz ? "  [" + qsTr("PTZ") + "]" : "")
                    color: "#d0d8e4"
                }
                // What is dragged: lifted out of the clipped list while dragging.
                Rectangle {
                    id: dragItem
                    property string cameraId: row.cameraId
                    width: 200; height: 26; radius: 4
                    color: "#1f3a5f"
                    visible: Drag.active
                    Text { anchors.centerIn: parent; text: row.name; color: "white"; elide: Text.ElideRight; width: parent.width - 8 }
                    Drag.active: rowMouse.drag.active
                    Drag.keys: ["camera"]
                    Drag.hotSpot.x: 20; Drag.hotSpot.y: 13
                    states: State {
                        when: rowMouse.drag.active
                        ParentChange { target: dragItem; parent: panel.Window.contentItem }
                    }
                }
                MouseArea {
                    id: rowMouse
                    anchors.fill: parent
                    hoverEnabled: true
                    drag.target: dragItem
                    onReleased: { dragItem.Drag.drop(); dragItem.parent = row; dragItem.x = 0; dragItem.y = 0 }
                    onDoubleClicked: panel.cameraActivated(row.cameraId)
                }
            }
        }
        Label { text: qsTr("%n camera(s)", "", panel.wall.cameras.count); color: "#8fa3bd" }
    }
}
